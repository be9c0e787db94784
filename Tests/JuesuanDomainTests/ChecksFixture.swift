import JuesuanDomain

/// A small disclosure in which every check passes: all nine tables consistent with each other, a narrative whose
/// every figure agrees with the tables and with its own arithmetic, consistent budget line, statements and three
/// scorecards. Tests break one relation at a time (`ChecksFixture.make { $0... }`).
enum ChecksFixture {
    static func m(_ text: String) -> Money { Money(text)! }
    static func s(_ text: String) -> Score { ExactDecimal(text)! }

    /// The consistent disclosure, changed by `edit`.
    static func make(_ edit: (inout Disclosure) -> Void = { _ in }) -> Disclosure {
        var disclosure = Disclosure(
            department: Department(id: "fixture-dept", name: "测试区司法局", region: ["湖南省", "株洲市", "测试区"]),
            fiscalYear: 2020, unit: .tenThousandYuan,
            source: SourceReference(reference: "tests/checks-fixture", title: "2020年度测试区司法局部门决算"),
            profile: Profile(
                duties: ["(一) 承担全面依法治区工作。"], internalUnits: ["办公室", "法制股"],
                staffing: Staffing(establishmentKind: "行政编制", establishment: 10, actual: 12, inService: 10, retiredCadres: 0, retired: 2),
                unitsCovered: ["测试区司法局本级"]),
            tables: tables(),
            budgetLines: [
                BudgetLine(code: "2040601", name: "行政运行", statedPath: "公共安全支出（类）司法（款）行政运行（项）",
                           initialBudget: m("50"), finalAmount: m("60"), statedExecutionPercent: "120"),
            ],
            operatingCosts: OperatingCosts(amount: m("10")),
            meetingsTraining: MeetingsTraining(meetings: SpendingItem(amount: m("1"), people: 30),
                                               training: SpendingItem(amount: m("1"), people: 50)),
            procurement: Procurement(total: m("20"), goods: m("15"), works: m("0"), services: m("5"), sme: m("20"), micro: m("10")),
            assets: Assets(vehicles: VehicleHoldings(total: 1, byUse: [VehicleCount(use: "执法执勤用车", count: 1)]),
                           generalEquipmentOver500k: 0, specialEquipmentOver1m: 0),
            narrative: narrative(),
            performanceReport: [
                PerformanceReportSection(title: "二、预算收支情况",
                                         text: "2020年收入110万元，其中：财政拨款收入100万元。\n2020年支出110万元，其中：基本支出60万元，项目支出50万元。"),
            ],
            scorecards: [
                card(id: "department", kind: .department, name: "部门整体支出", amount: "50"),
                card(id: "yifa-zhiqu", kind: .project, name: "依法治区工作", amount: "10"),
                card(id: "gonggong-falv-fuwu", kind: .project, name: "公共法律服务", amount: "40"),
            ]
        )
        edit(&disclosure)
        return disclosure
    }

    static func row(_ code: String?, _ name: String, _ values: [String: String]) -> TableRow {
        TableRow(code: code, name: name, values: values.mapValues { m($0) })
    }

    static func side(_ side: RowSide, _ line: Int, _ name: String, _ values: [String: String]) -> TableRow {
        TableRow(side: side, line: line, name: name, values: values.mapValues { m($0) })
    }

    static func income(_ total: String, _ appropriation: String, _ other: String) -> [String: String] {
        ["total": total, "appropriation": appropriation, "superior_subsidy": "0", "public_service": "0", "operating": "0",
         "affiliate_remittance": "0", "other": other]
    }

    static func spending(_ total: String, _ basic: String, _ project: String) -> [String: String] {
        ["total": total, "basic": basic, "project": project, "remitted_to_superior": "0", "operating": "0",
         "subsidies_to_affiliates": "0"]
    }

    static func tables() -> [DisclosureTable] {
        let summary = DisclosureTable(kind: .incomeExpenditureSummary, printedNumber: "公开01表", rows: [
            side(.income, 1, "一、一般公共预算财政拨款收入", ["amount": "100"]),
            side(.income, 2, "二、政府性基金预算财政拨款收入", ["amount": "0"]),
            side(.income, 3, "三、国有资本经营预算财政拨款收入", ["amount": "0"]),
            side(.income, 4, "四、上级补助收入", ["amount": "0"]),
            side(.income, 5, "五、事业收入", ["amount": "0"]),
            side(.income, 6, "六、经营收入", ["amount": "0"]),
            side(.income, 7, "七、附属单位上缴收入", ["amount": "0"]),
            side(.income, 8, "八、其他收入", ["amount": "10"]),
            side(.income, 27, "本年收入合计", ["amount": "110"]),
            side(.income, 28, "使用非财政拨款结余", ["amount": "0"]),
            side(.income, 29, "年初结转和结余", ["amount": "0"]),
            side(.income, 31, "总计", ["amount": "110"]),
            side(.expenditure, 32, "一、一般公共服务支出", ["amount": "10"]),
            side(.expenditure, 35, "四、公共安全支出", ["amount": "100"]),
            side(.expenditure, 58, "本年支出合计", ["amount": "110"]),
            side(.expenditure, 59, "结余分配", ["amount": "0"]),
            side(.expenditure, 60, "年末结转和结余", ["amount": "0"]),
            side(.expenditure, 62, "总计", ["amount": "110"]),
        ])
        let incomeTable = DisclosureTable(kind: .income, printedNumber: "公开02表", rows: [
            row(nil, "合计", income("110", "100", "10")),
            row("201", "一般公共服务支出", income("10", "10", "0")),
            row("20106", "财政事务", income("10", "10", "0")),
            row("2010699", "其他财政事务支出", income("10", "10", "0")),
            row("204", "公共安全支出", income("100", "90", "10")),
            row("20406", "司法", income("100", "90", "10")),
            row("2040601", "行政运行", income("60", "60", "0")),
            row("2040602", "一般行政管理事务", income("40", "30", "10")),
        ])
        let expenditure = DisclosureTable(kind: .expenditure, printedNumber: "公开03表", rows: [
            row(nil, "合计", spending("110", "60", "50")),
            row("201", "一般公共服务支出", spending("10", "0", "10")),
            row("20106", "财政事务", spending("10", "0", "10")),
            row("2010699", "其他财政事务支出", spending("10", "0", "10")),
            row("204", "公共安全支出", spending("100", "60", "40")),
            row("20406", "司法", spending("100", "60", "40")),
            row("2040601", "行政运行", spending("60", "60", "0")),
            row("2040602", "一般行政管理事务", spending("40", "0", "40")),
        ])
        func funds(_ total: String, _ general: String) -> [String: String] {
            ["total": total, "general_budget": general, "government_fund": "0", "state_capital": "0"]
        }
        let appropriation = DisclosureTable(kind: .appropriationSummary, printedNumber: "公开04表", rows: [
            side(.income, 1, "一、一般公共预算财政拨款", ["amount": "100"]),
            side(.income, 2, "二、政府性基金预算财政拨款", ["amount": "0"]),
            side(.income, 3, "三、国有资本经营预算财政拨款", ["amount": "0"]),
            side(.income, 27, "本年收入合计", ["amount": "100"]),
            side(.income, 28, "年初财政拨款结转和结余", ["amount": "0"]),
            side(.income, 29, "一般公共预算财政拨款", ["amount": "0"]),
            side(.income, 30, "政府性基金预算财政拨款", ["amount": "0"]),
            side(.income, 31, "国有资本经营预算财政拨款", ["amount": "0"]),
            side(.expenditure, 33, "一、一般公共服务支出", funds("10", "10")),
            side(.expenditure, 36, "四、公共安全支出", funds("90", "90")),
            side(.expenditure, 59, "本年支出合计", funds("100", "100")),
            side(.expenditure, 60, "年末财政拨款结转和结余", funds("0", "0")),
        ])
        func general(_ total: String, _ basic: String, _ project: String) -> [String: String] {
            ["total": total, "basic": basic, "project": project]
        }
        let generalBudget = DisclosureTable(kind: .generalBudgetExpenditure, printedNumber: "公开05表", rows: [
            row(nil, "合计", general("100", "60", "40")),
            row("201", "一般公共服务支出", general("10", "0", "10")),
            row("20106", "财政事务", general("10", "0", "10")),
            row("2010699", "其他财政事务支出", general("10", "0", "10")),
            row("204", "公共安全支出", general("90", "60", "30")),
            row("20406", "司法", general("90", "60", "30")),
            row("2040601", "行政运行", general("60", "60", "0")),
            row("2040602", "一般行政管理事务", general("30", "0", "30")),
        ])
        func actual(_ code: String?, _ name: String, _ value: String) -> TableRow { row(code, name, ["actual": value]) }
        let basic = DisclosureTable(kind: .generalBudgetBasicExpenditure, printedNumber: "公开06表", rows: [
            actual(nil, "合计", "60"),
            actual("301", "工资福利支出", "45"),
            actual("30101", "基本工资", "30"),
            actual("30102", "津贴补贴", "15"),
            actual("303", "对个人和家庭的补助", "5"),
            actual("30302", "退休费", "5"),
            actual("302", "商品和服务支出", "10"),
            actual("30201", "办公费", "4"),
            actual("30215", "会议费", "1"),
            actual("30216", "培训费", "1"),
            actual("30217", "公务接待费", "1"),
            actual("30231", "公务用车运行维护费", "3"),
            actual("307", "债务利息及费用支出", "0"),
            actual("310", "资本性支出", "0"),
            actual("31013", "公务用车购置", "0"),
            actual("399", "其他支出", "0"),
        ])
        let threePublic = DisclosureTable(kind: .threePublic, printedNumber: "公开07表", rows: [
            TableRow(name: nil, values: [
                "budget_total": "6", "budget_overseas_travel": "0", "budget_vehicles": "4", "budget_vehicle_purchase": "0",
                "budget_vehicle_operation": "4", "budget_reception": "2",
                "actual_total": "4", "actual_overseas_travel": "0", "actual_vehicles": "3", "actual_vehicle_purchase": "0",
                "actual_vehicle_operation": "3", "actual_reception": "1",
            ].mapValues { m($0) }),
        ])
        return [
            summary, incomeTable, expenditure, appropriation, generalBudget, basic, threePublic,
            DisclosureTable(kind: .governmentFund, printedNumber: "公开08表",
                            state: .empty(reason: "2020年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。")),
            DisclosureTable(kind: .stateCapital, printedNumber: "公开09表",
                            state: .empty(reason: "2020年度本单位无国有资本经营预算财政拨款支出。")),
        ]
    }

    static func narrative() -> [NarrativeSection] {
        [
            NarrativeSection(number: "一", title: "收入支出决算总体情况说明",
                             text: "2020年度收、支总计110万元。与上年相比，增加10万元，增长10%，主要是因为业务增加。"),
            NarrativeSection(number: "二", title: "收入决算情况说明",
                             text: "本年收入合计110万元，其中：财政拨款收入100万元，占90.91%；其他收入10万元，占9.09%。"),
            NarrativeSection(number: "三", title: "支出决算情况说明",
                             text: "本年支出合计110万元，其中：基本支出60万元，占54.55%；项目支出50万元，占45.45%。"),
            NarrativeSection(number: "四", title: "财政拨款收入支出决算总体情况说明",
                             text: "2020年度财政拨款收、支总计100万元，与上年相比，增加5万元，增长5.26%。"),
            NarrativeSection(number: "五", title: "一般公共预算财政拨款支出决算情况说明", text: """
                (一) 财政拨款支出决算总体情况
                2020年度财政拨款支出100万元，占本年支出合计的90.91%。
                (二) 财政拨款支出决算结构情况
                2020年度财政拨款支出100万元，主要用于以下方面：一般公共服务（类）支出10万元，占10%；公共安全（类）支出90万元，占90%。
                (三) 财政拨款支出决算具体情况
                2020年度财政拨款支出年初预算数为50万元，支出决算数为100万元，完成年初预算的200%，其中：
                1.公共安全支出（类）司法（款）行政运行（项）。
                年初预算为50万元，支出决算为60万元，完成年初预算的120%，决算数大于年初预算数的主要原因是：人员增加。
                """),
            NarrativeSection(number: "六", title: "一般公共预算财政拨款基本支出决算情况说明",
                             text: "2020年度财政拨款基本支出60万元，其中：人员经费50万元，占基本支出的83.33%；公用经费10万元，占基本支出的16.67%。"),
            NarrativeSection(number: "七", title: "一般公共预算财政拨款三公经费支出决算情况说明", text: """
                （一）“三公”经费财政拨款支出决算总体情况说明
                “三公”经费财政拨款支出预算为6万元，支出决算为4万元，完成预算的66.67%，其中：
                因公出国（境）费支出预算为0万元，支出决算为0万元。
                公务接待费支出预算为2万元，支出决算为1万元，完成预算的50%，决算数小于预算数的主要原因是厉行节约，与上年相比减少1万元，减少50%。
                公务用车购置费及运行维护费支出预算为4万元，支出决算为3万元，完成预算的75%，决算数小于预算数的主要原因是厉行节约。
                （二）“三公”经费财政拨款支出决算具体情况说明
                2020年度“三公”经费财政拨款支出决算中，公务接待费支出决算1万元，占25%；公务用车购置费及运行维护费支出决算3万元，占75%。其中：公务用车购置费0万元，公务用车运行维护费3万元，截至2020年12月31日，公务用车保有量为1辆。
                """),
            NarrativeSection(number: "八", title: "政府性基金预算收入支出决算情况",
                             text: "2020年度政府性基金预算财政拨款收入0万元；年初结转和结余0万元；支出0万元，其中基本支出0万元，项目支出0万元；年末结转和结余0万元。"),
            NarrativeSection(number: "九", title: "国有资本经营预算支出决算情况", text: "2020年度本单位没有使用国有资本经营预算安排的支出。"),
            NarrativeSection(number: "十", title: "关于机关运行经费支出说明",
                             text: "本部门2020年度机关运行经费支出10万元，比上年决算数减少2万元，降低16.67%。主要原因是：厉行节约。"),
            NarrativeSection(number: "十一", title: "一般性支出情况",
                             text: "2020年本部门开支会议费1万元，人数30人；开支培训费1万元，人数50人。"),
            NarrativeSection(number: "十二", title: "关于政府采购支出说明",
                             text: "本部门2020年度政府采购支出总额20万元，其中：政府采购货物支出15万元、政府采购工程支出0万元、政府采购服务支出5万元。授予中小企业合同金额20万元，占政府采购支出总额的100%，其中：授予小微企业合同金额10万元，占政府采购支出总额的50%。"),
            NarrativeSection(number: "十三", title: "关于国有资产占用情况说明",
                             text: "截至2020年12月31日，本单位共有车辆1辆，其中，执法执勤用车1辆；单位价值50万元以上通用设备0台（套）。"),
            NarrativeSection(number: "十四", title: "重点项目预算的绩效评价结果等情况说明", text: """
                （一）本部门预算绩效管理开展情况
                本单位组织对2020年度2项项目支出开展了绩效自评，共涉及资金50万元，占项目支出预算总额的100%。
                （二）绩效目标和绩效评价报告
                （1）依法治区项目
                项目支出10万元，主要用于依法治区工作。
                （2）公共法律服务项目
                项目支出40万元，主要用于公共法律服务。
                """),
        ]
    }

    static func card(id: String, kind: ScorecardKind, name: String, amount: String) -> Scorecard {
        let all = FundRow(initialBudget: m(amount), fullYearBudget: m(amount), executed: m(amount))
        let current = FundRow(initialBudget: m(amount), fullYearBudget: m(amount))
        return Scorecard(
            id: id, kind: kind, name: name, subProject: kind == .project ? name : nil,
            funds: ScorecardFunds(total: all, currentYearAppropriation: current, weight: 10,
                                  publishedExecutionRate: "100%", publishedScore: 10),
            goals: [ScorecardGoal(expected: "完成年度工作", achieved: "已完成")],
            indicators: [
                ScorecardIndicator(level1: "产出指标", level2: "数量指标", name: "矛盾纠纷调解(≥,件)", targetText: "400",
                                   actualText: "460", weight: 25, publishedScore: 25),
                ScorecardIndicator(level1: "产出指标", level2: "时效指标", name: "各项工作完成时限", targetText: "2020年12月",
                                   actualText: "2020年12月", weight: 25, publishedScore: 25),
                ScorecardIndicator(level1: "效益指标", level2: "社会效益指标", name: "促进依法行政水平", targetText: "不断提高",
                                   actualText: "不断提高", weight: 30, publishedScore: 30),
                ScorecardIndicator(level1: "满意度指标", level2: "服务对象满意度指标", name: "群众满意度(≥,%)", targetText: "95%",
                                   actualText: "96%", weight: 10, publishedScore: 10),
            ],
            publishedTotal: ScorecardTotal(weight: 100, score: 100), publishedGrade: "优"
        )
    }
}

extension Disclosure {
    /// Index of the table of `kind` (traps if absent: fixtures always have it).
    func index(of kind: TableKind) -> Int { tables.firstIndex { $0.kind == kind }! }

    /// Sets one cell of the row with `code` (or, for uncoded rows, `name`) in the table of `kind`.
    mutating func setCell(_ kind: TableKind, code: String? = nil, name: String? = nil, side: RowSide? = nil, _ column: String, _ value: String) {
        let tableIndex = index(of: kind)
        let rowIndex = tables[tableIndex].rows.firstIndex { row in
            (code == nil || row.code == code) && (name == nil || row.name == name) && (side == nil || row.side == side)
        }!
        tables[tableIndex].rows[rowIndex].values[column] = Money(value)!
    }

    /// Replaces `old` by `new` in the narrative section numbered `number`.
    mutating func editNarrative(_ number: String, _ old: String, _ new: String) {
        let index = narrative.firstIndex { $0.number == number }!
        precondition(narrative[index].text.contains(old), "section \(number) has no “\(old)”")
        narrative[index].text = narrative[index].text.replacing(old, with: new)
    }
}
