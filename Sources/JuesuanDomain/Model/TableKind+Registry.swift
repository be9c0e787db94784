/// The registered table kinds: the nine standard tables of the national template and known variants.
extension TableKind {
    /// 公开01表 收入支出决算总表.
    public static let incomeExpenditureSummary = TableKind(
        id: "income_expenditure_summary", number: 1, title: "收入支出决算总表", layout: .twoSided,
        columns: [TableColumn("amount", "金额")],
        expenditureColumns: [TableColumn("amount", "金额")]
    )

    /// 公开02表 收入决算表.
    public static let income = TableKind(
        id: "income", number: 2, title: "收入决算表", layout: .functionalCoded,
        columns: [
            TableColumn("total", "本年收入合计"), TableColumn("appropriation", "财政拨款收入"),
            TableColumn("superior_subsidy", "上级补助收入"), TableColumn("public_service", "事业收入"),
            TableColumn("operating", "经营收入"), TableColumn("affiliate_remittance", "附属单位上缴收入"),
            TableColumn("other", "其他收入"),
        ]
    )

    /// 公开03表 支出决算表.
    public static let expenditure = TableKind(
        id: "expenditure", number: 3, title: "支出决算表", layout: .functionalCoded,
        columns: [
            TableColumn("total", "本年支出合计"), TableColumn("basic", "基本支出"), TableColumn("project", "项目支出"),
            TableColumn("remitted_to_superior", "上缴上级支出"), TableColumn("operating", "经营支出"),
            TableColumn("subsidies_to_affiliates", "对附属单位补助支出"),
        ]
    )

    /// 公开04表 财政拨款收入支出决算总表.
    public static let appropriationSummary = TableKind(
        id: "appropriation_summary", number: 4, title: "财政拨款收入支出决算总表", layout: .twoSided,
        columns: [TableColumn("amount", "金额")],
        expenditureColumns: [
            TableColumn("total", "合计"), TableColumn("general_budget", "一般公共预算财政拨款"),
            TableColumn("government_fund", "政府性基金预算财政拨款"), TableColumn("state_capital", "国有资本经营预算财政拨款"),
        ]
    )

    /// 公开05表 一般公共预算财政拨款支出决算表.
    public static let generalBudgetExpenditure = TableKind(
        id: "general_budget_expenditure", number: 5, title: "一般公共预算财政拨款支出决算表", layout: .functionalCoded,
        columns: [TableColumn("total", "小计"), TableColumn("basic", "基本支出"), TableColumn("project", "项目支出")]
    )

    /// 公开06表 一般公共预算财政拨款基本支出决算表 (economic classification).
    public static let generalBudgetBasicExpenditure = TableKind(
        id: "general_budget_basic_expenditure", number: 6, title: "一般公共预算财政拨款基本支出决算表",
        layout: .economicCoded, columns: [TableColumn("actual", "决算数")]
    )

    /// The 三公 columns shared by table 07 and its variant: 预算数 then 决算数.
    static let threePublicColumns: [TableColumn] = [
        TableColumn("budget_total", "预算数 合计"),
        TableColumn("budget_overseas_travel", "预算数 因公出国(境)费"),
        TableColumn("budget_vehicles", "预算数 公务用车购置及运行费 小计"),
        TableColumn("budget_vehicle_purchase", "预算数 公务用车购置费"),
        TableColumn("budget_vehicle_operation", "预算数 公务用车运行费"),
        TableColumn("budget_reception", "预算数 公务接待费"),
        TableColumn("actual_total", "决算数 合计"),
        TableColumn("actual_overseas_travel", "决算数 因公出国(境)费"),
        TableColumn("actual_vehicles", "决算数 公务用车购置及运行费 小计"),
        TableColumn("actual_vehicle_purchase", "决算数 公务用车购置费"),
        TableColumn("actual_vehicle_operation", "决算数 公务用车运行费"),
        TableColumn("actual_reception", "决算数 公务接待费"),
    ]

    /// 公开07表 一般公共预算财政拨款"三公"经费支出决算表.
    public static let threePublic = TableKind(
        id: "three_public", number: 7, title: "一般公共预算财政拨款“三公”经费支出决算表", layout: .singleRow,
        columns: threePublicColumns
    )

    /// Variant of 07 that adds 会议费 and 培训费 (budget and actual).
    public static let threePublicWithMeetingsTraining = TableKind(
        id: "three_public_with_meetings_training", number: 7,
        title: "一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表", layout: .singleRow,
        columns: threePublicColumns + [
            TableColumn("budget_meetings", "预算数 会议费"), TableColumn("budget_training", "预算数 培训费"),
            TableColumn("actual_meetings", "决算数 会议费"), TableColumn("actual_training", "决算数 培训费"),
        ]
    )

    /// 公开08表 政府性基金预算财政拨款收入支出决算表.
    public static let governmentFund = TableKind(
        id: "government_fund", number: 8, title: "政府性基金预算财政拨款收入支出决算表", layout: .functionalCoded,
        columns: [
            TableColumn("opening_balance", "年初结转和结余"), TableColumn("income", "本年收入"),
            TableColumn("expenditure_total", "本年支出 小计"), TableColumn("expenditure_basic", "本年支出 基本支出"),
            TableColumn("expenditure_project", "本年支出 项目支出"), TableColumn("closing_balance", "年末结转和结余"),
        ]
    )

    /// 公开09表 国有资本经营预算财政拨款支出决算表.
    public static let stateCapital = TableKind(
        id: "state_capital", number: 9, title: "国有资本经营预算财政拨款支出决算表", layout: .functionalCoded,
        columns: [TableColumn("total", "合计"), TableColumn("basic", "基本支出"), TableColumn("project", "项目支出")]
    )

    /// 一般公共预算财政拨款项目支出决算表 (economic classification) of the 11-table templates.
    public static let generalBudgetProjectExpenditure = TableKind(
        id: "general_budget_project_expenditure", number: 7, title: "一般公共预算财政拨款项目支出决算表",
        layout: .economicCoded, columns: [TableColumn("actual", "决算数")]
    )

    /// 政府性基金预算财政拨款支出决算表 of templates that publish fund expenditure apart from fund income.
    public static let governmentFundExpenditure = TableKind(
        id: "government_fund_expenditure", number: 8, title: "政府性基金预算财政拨款支出决算表", layout: .functionalCoded,
        columns: [TableColumn("total", "合计"), TableColumn("basic", "基本支出"), TableColumn("project", "项目支出")]
    )

    /// The nine tables of the standard template, in order.
    public static let standardNine: [TableKind] = [
        .incomeExpenditureSummary, .income, .expenditure, .appropriationSummary, .generalBudgetExpenditure,
        .generalBudgetBasicExpenditure, .threePublic, .governmentFund, .stateCapital,
    ]

    /// Every registered kind: the standard nine, then the variants.
    public static let all: [TableKind] = standardNine + [
        .threePublicWithMeetingsTraining, .generalBudgetProjectExpenditure, .governmentFundExpenditure,
    ]
}
