/// The registered rules, by family. docs/checks.md documents the same list.
extension CheckRule {
    // MARK: 1. Inside a table

    public static let functionalHierarchy = CheckRule(
        id: "table.functional_hierarchy", family: .table, title: "类 = Σ款, 款 = Σ项",
        summary: "In functional tables (02, 03, 05, 08, 09) every 类 row equals the sum of its 款 rows and every 款 row the sum of its 项 rows, column by column.",
        severity: .error)
    public static let totalRow = CheckRule(
        id: "table.total_row", family: .table, title: "合计 = Σ类",
        summary: "The 合计 row of a coded table equals the sum of its 类 rows (economic table 06: of its group rows), column by column.",
        severity: .error)
    public static let rowColumns = CheckRule(
        id: "table.row_columns", family: .table, title: "Total column = Σ part columns",
        summary: "In each row the total column equals the sum of the part columns: 02 本年收入合计 = 财政拨款 + … + 其他收入; 03 本年支出合计 = 基本 + 项目 + …; 05 and 09 小计/合计 = 基本 + 项目; 04 合计 = the three fund columns; 08 本年支出 小计 = 基本 + 项目.",
        severity: .error)
    public static let summaryLines = CheckRule(
        id: "table.summary_lines", family: .table, title: "本年收入/支出合计 = Σ lines",
        summary: "Tables 01 and 04: 本年收入合计 equals the sum of the income lines and 本年支出合计 the sum of the expenditure lines (04: in every column).",
        severity: .error)
    public static let summaryBalance = CheckRule(
        id: "table.summary_balance", family: .table, title: "Totals of both sides balance",
        summary: "Table 01: 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 on the income side, 本年支出合计 + 结余分配 + 年末结转和结余 on the expenditure side, and the two 总计 are equal. Table 04: 本年收入合计 + 年初财政拨款结转和结余 = 本年支出合计 + 年末财政拨款结转和结余, and the 年初 balance equals its three fund lines.",
        severity: .error)
    public static let economicGroups = CheckRule(
        id: "table.economic_groups", family: .table, title: "Economic 类 = Σ款 (table 06)",
        summary: "In table 06 each group row (301, 302, 303, 307, 310, 399) equals the sum of the 款 rows printed under it.",
        severity: .error)
    public static let threePublicParts = CheckRule(
        id: "table.three_public_parts", family: .table, title: "三公 合计 = parts; 公务用车 = 购置 + 运行",
        summary: "Table 07, for 预算数 and 决算数: 合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费.",
        severity: .error)

    // MARK: 2. Between tables

    public static let income0102 = CheckRule(
        id: "cross.income_01_02", family: .crossTable, title: "01 income lines = 02 column totals",
        summary: "Table 01 income lines (财政拨款 lines 1–3, 上级补助, 事业, 经营, 附属单位上缴, 其他收入, 本年收入合计) equal the 合计 row of table 02 column by column.",
        severity: .error)
    public static let expenditure0103 = CheckRule(
        id: "cross.expenditure_01_03", family: .crossTable, title: "01 expenditure by class = 03 by 类",
        summary: "Each expenditure class line of table 01 equals the 本年支出合计 of the table 03 类 row with the same name (a class absent from 03 must be 0), and 本年支出合计 equals 03 合计.",
        severity: .error)
    public static let appropriation0204 = CheckRule(
        id: "cross.appropriation_02_04", family: .crossTable, title: "02 财政拨款 = 04 income",
        summary: "Table 02 合计 财政拨款收入 equals table 04 本年收入合计, and table 01 lines 1–3 equal table 04 income lines 1–3.",
        severity: .error)
    public static let generalBudget0405 = CheckRule(
        id: "cross.general_budget_04_05", family: .crossTable, title: "04 一般公共预算 column = 05",
        summary: "The 一般公共预算财政拨款 column of table 04 equals table 05 本年支出 小计: by class (类 rows of 05) and in total.",
        severity: .error)
    public static let basic0506 = CheckRule(
        id: "cross.basic_05_06", family: .crossTable, title: "06 人员经费 + 公用经费 = 05 基本支出",
        summary: "Table 06 人员经费 (301 + 303) plus 公用经费 (302 + 307 + 310 + 399) equals table 05 合计 基本支出.",
        severity: .error)
    public static let threePublic0607 = CheckRule(
        id: "cross.three_public_06_07", family: .crossTable, title: "06 三公 lines ≤ 07 actuals",
        summary: "Table 06 因公出国（境）费用 30212, 公务接待费 30217, 公务用车运行维护费 30231 and 公务用车购置 31013 are at most the matching 决算数 of table 07 (三公 also covers project spending, so ≤, not =).",
        severity: .error)
    public static let fundTables = CheckRule(
        id: "cross.fund_tables_04_08_09", family: .crossTable, title: "04 fund columns ⇔ tables 08/09",
        summary: "The 政府性基金 column of table 04 is zero exactly when table 08 is empty (with its reason), the 国有资本经营 column exactly when table 09 is; when they have data, their totals agree.",
        severity: .error)
    public static let scorecardProjectFunds = CheckRule(
        id: "cross.scorecard_project_funds", family: .crossTable, title: "Project scorecards = 项目支出",
        summary: "The project scorecards' 全年执行数 add up to table 03 合计 项目支出 (a department self-evaluates all its projects).",
        severity: .warning)
    public static let scorecardCarryover = CheckRule(
        id: "cross.scorecard_carryover", family: .crossTable, title: "Scorecard 上年结转 needs a 年初结转",
        summary: "A scorecard's 上年结转资金 cannot exceed table 01 年初结转和结余 (and table 04 年初财政拨款结转和结余).",
        severity: .error)

    // MARK: 3. Narrative

    public static let narrativeAmount = CheckRule(
        id: "narrative.amount", family: .narrative, title: "Stated amount = table",
        summary: "Every amount the 情况说明 or the 绩效评价报告 states for a named figure (收支总计, 本年收入合计, 财政拨款收入, 基本支出, 人员经费, 三公 and its categories, a class's spending, 政府性基金…) equals that figure in the tables.",
        severity: .error)
    public static let narrativeShare = CheckRule(
        id: "narrative.share", family: .narrative, title: "占X% follows from the amounts",
        summary: "A stated share 占X% equals the stated part ÷ the stated (or tabled) whole, rounded at the printed decimals.",
        severity: .error)
    public static let narrativeChange = CheckRule(
        id: "narrative.change", family: .narrative, title: "增减 A万元, B% is arithmetic",
        summary: "A year-over-year change 增加/减少 A万元, B% must satisfy B = A ÷ last year, where last year = this year ∓ A.",
        severity: .error)
    public static let narrativeExecution = CheckRule(
        id: "narrative.execution", family: .narrative, title: "完成预算的C% = 决算 ÷ 预算",
        summary: "A stated budget execution 完成(年初)预算的C% equals the stated 决算数 ÷ the stated 预算数.",
        severity: .error)
    public static let zeroBudgetRatio = CheckRule(
        id: "narrative.zero_budget_ratio", family: .narrative, title: "No ratio over a zero budget",
        summary: "A percentage of a budget of 0 does not exist; stating one (often 100%) is an error.",
        severity: .error)
    public static let directionWord = CheckRule(
        id: "narrative.direction", family: .narrative, title: "Direction word matches the sign",
        summary: "决算数大于/小于预算数, 增加/减少: the word must match the sign of the stated difference, and the amount and the percentage of one change must use the same direction.",
        severity: .error)
    public static let partsSum = CheckRule(
        id: "narrative.parts_sum", family: .narrative, title: "其中 parts add up",
        summary: "A stated total followed by 其中 and two or more parts equals the sum of the parts (one part: at most the total).",
        severity: .error)
    public static let budgetLineAmount = CheckRule(
        id: "narrative.budget_line_amount", family: .narrative, title: "Budget line 决算 = table 05",
        summary: "Each 五(三) budget line's 支出决算 equals the 本年支出 小计 of its 项 code in table 05 (the 一般公共预算 table); a code absent from table 05 is not 财政拨款 spending.",
        severity: .error)
    public static let budgetLinePath = CheckRule(
        id: "narrative.budget_line_path", family: .narrative, title: "Budget line path names its code",
        summary: "The printed path X（类）Y（款）Z（项） of a budget line names the 类 and 款 the line's code belongs to (as named in the tables).",
        severity: .error)
    public static let staffing = CheckRule(
        id: "narrative.staffing", family: .narrative, title: "实有人数 = 在职 + 离休 + 退休",
        summary: "The profile's 实有人数 equals 在职 + 离休 + 退休.",
        severity: .error)
    public static let projectAmounts = CheckRule(
        id: "narrative.project_amounts", family: .narrative, title: "Project amounts = scorecards",
        summary: "Each project's 项目支出 stated in 情况说明 十四 or the 绩效评价报告 equals its scorecard's 全年执行数, and the stated projects add up to the stated 共涉及资金.",
        severity: .error)
    public static let narrativeCount = CheckRule(
        id: "narrative.count", family: .narrative, title: "Stated counts agree",
        summary: "Counts stated in the text agree with the document: 3项项目支出 with the project scorecards, 公务用车保有量 and 车辆 with the asset counts, vehicles by use add up to the total.",
        severity: .error)
    public static let operatingCosts = CheckRule(
        id: "narrative.operating_costs", family: .narrative, title: "机关运行经费 = 06 公用经费",
        summary: "机关运行经费 normally equals the 公用经费 of table 06 (302 + 307 + 310 + 399); a difference must be explained.",
        severity: .warning)
    public static let generalSpending = CheckRule(
        id: "narrative.general_spending", family: .narrative, title: "会议费/培训费 ≥ table 06",
        summary: "The 会议费 and 培训费 stated under 一般性支出 are at least table 06 30215 会议费 and 30216 培训费 (basic spending alone).",
        severity: .error)
    public static let procurement = CheckRule(
        id: "narrative.procurement", family: .narrative, title: "政府采购 parts",
        summary: "政府采购 货物 + 工程 + 服务 = 总额; 授予中小企业 ≤ 总额; 授予小微企业 ≤ 中小企业.",
        severity: .error)

    // MARK: 4. Scorecards

    public static let blockWeight = CheckRule(
        id: "scorecard.block_weight", family: .scorecard, title: "Block weights follow the profile",
        summary: "Budget execution carries the profile's points (10) and the indicators of each 一级指标 add up to the profile's points (产出 50, 效益 30, 满意度 10).",
        severity: .error)
    public static let totalWeight = CheckRule(
        id: "scorecard.total_weight", family: .scorecard, title: "总分 分值 = Σ weights = 100",
        summary: "The printed 总分 分值 equals execution 分值 + Σ indicator 分值, which is the profile's total (100).",
        severity: .error)
    public static let totalScore = CheckRule(
        id: "scorecard.total_score", family: .scorecard, title: "总分 得分 = Σ scores",
        summary: "The printed 总分 得分 equals the execution 得分 plus the indicators' 得分.",
        severity: .error)
    public static let grade = CheckRule(
        id: "scorecard.grade", family: .scorecard, title: "Grade follows the bands",
        summary: "The printed 等级 is the band of the total (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60), recomputed from the scores.",
        severity: .error)
    public static let executionRate = CheckRule(
        id: "scorecard.execution_rate", family: .scorecard, title: "执行率 = 执行数 ÷ 预算数",
        summary: "The printed 执行率 equals 全年执行数 ÷ 全年预算数 (none exists over a zero budget).",
        severity: .error)
    public static let executionScore = CheckRule(
        id: "scorecard.execution_score", family: .scorecard, title: "Execution 得分 = 分值 × 执行率",
        summary: "The printed execution 得分 equals 分值 × 执行率, capped at 分值.",
        severity: .error)
    public static let indicatorScore = CheckRule(
        id: "scorecard.indicator_score", family: .scorecard, title: "Indicator 得分 follows target and actual",
        summary: "A quantitative indicator's 得分 equals the score its target and actual give (higher-better, lower-better, exact, range, deadline; proportional when missed) and never exceeds its 分值.",
        severity: .error)
    public static let metButDeducted = CheckRule(
        id: "scorecard.met_but_deducted", family: .scorecard, title: "Points taken from a met target",
        summary: "An indicator whose score is kept (qualitative, or an actual that is not a number) lost points although its actual says the target was met.",
        severity: .warning)
    public static let fundsRows = CheckRule(
        id: "scorecard.funds_rows", family: .scorecard, title: "Funds 合计 = Σ sources",
        summary: "In the funds block, 合计 = 当年财政拨款 + 上年结转资金 + 其他资金 for 年初预算数, 全年预算数 and 全年执行数 (each column where the parts are printed).",
        severity: .error)

    // MARK: 5. Completeness and catalogue

    public static let requiredTable = CheckRule(
        id: "completeness.required_table", family: .completeness, title: "Every required table present",
        summary: "The nine tables of the template (01–09; template variants count for their number) are in the disclosure.",
        severity: .error)
    public static let emptyReason = CheckRule(
        id: "completeness.empty_reason", family: .completeness, title: "An empty table says why",
        summary: "A table published without data carries the sentence giving the reason (本表无数据…).",
        severity: .error)
    public static let tableNumber = CheckRule(
        id: "completeness.table_number", family: .completeness, title: "Table numbers in sequence",
        summary: "Each table prints its number (公开NN表) and the numbers follow the template order without repeats.",
        severity: .warning)
    public static let catalogueCode = CheckRule(
        id: "completeness.catalogue_code", family: .completeness, title: "Code exists in the catalogue",
        summary: "Every printed classification code exists in the year's catalogue (or, printed truncated, is identified by its name).",
        severity: .warning)
    public static let catalogueName = CheckRule(
        id: "completeness.catalogue_name", family: .completeness, title: "Name matches the code",
        summary: "A row's printed name is the catalogue name of its code (error against a confirmed entry, warning against an unconfirmed one).",
        severity: .error)

    /// Every rule, by family.
    public static let all: [CheckRule] = [
        functionalHierarchy, totalRow, rowColumns, summaryLines, summaryBalance, economicGroups, threePublicParts,
        income0102, expenditure0103, appropriation0204, generalBudget0405, basic0506, threePublic0607, fundTables,
        scorecardProjectFunds, scorecardCarryover,
        narrativeAmount, narrativeShare, narrativeChange, narrativeExecution, zeroBudgetRatio, directionWord, partsSum,
        budgetLineAmount, budgetLinePath, staffing, projectAmounts, narrativeCount, operatingCosts, generalSpending,
        procurement,
        blockWeight, totalWeight, totalScore, grade, executionRate, executionScore, indicatorScore, metButDeducted,
        fundsRows,
        requiredTable, emptyReason, tableNumber, catalogueCode, catalogueName,
    ]
}
