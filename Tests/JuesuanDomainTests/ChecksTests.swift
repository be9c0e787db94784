import JuesuanDomain
import Testing

/// One case per rule: a change to the consistent fixture that breaks exactly that rule.
struct RuleBreak: Sendable, CustomTestStringConvertible {
    let rule: String
    /// (stated, expected) of the first finding, as `CheckValue.description`.
    let stated: String
    let expected: String
    let edit: @Sendable (inout Disclosure) -> Void

    var testDescription: String { rule }
}

@Suite struct ChecksTests {
    static let checker = DisclosureChecker()

    @Test func consistentDocumentRaisesNothing() {
        let report = Self.checker.check(ChecksFixture.make())
        #expect(report.findings.map { "\($0.ruleID): \($0.message)" } == [])
    }

    static let breaks: [RuleBreak] = [
        // 1. Inside a table
        RuleBreak(rule: "table.functional_hierarchy", stated: "100.00", expected: "105.00") {
            $0.setCell(.income, code: "20406", "total", "105")
            $0.setCell(.income, code: "20406", "appropriation", "95")
        },
        RuleBreak(rule: "table.total_row", stated: "61.00", expected: "60.00") {
            $0.setCell(.generalBudgetBasicExpenditure, name: "合计", "actual", "61")
        },
        RuleBreak(rule: "table.row_columns", stated: "110.00", expected: "115.00") {
            for code in [nil, "204", "20406", "2040601"] as [String?] {
                $0.setCell(.expenditure, code: code, name: code == nil ? "合计" : nil, "operating", "5")
            }
        },
        RuleBreak(rule: "table.summary_lines", stated: "100.00", expected: "103.00") {
            let index = $0.index(of: .appropriationSummary)
            $0.tables[index].rows.insert(TableRow(side: .expenditure, line: 34, name: "二、外交支出", values: [
                "total": Money(units: 3), "general_budget": .zero, "government_fund": Money(units: 3), "state_capital": .zero,
            ]), at: 9)
        },
        RuleBreak(rule: "table.summary_balance", stated: "110.00", expected: "115.00") {
            $0.setCell(.incomeExpenditureSummary, name: "年初结转和结余", "amount", "5")
        },
        RuleBreak(rule: "table.economic_groups", stated: "10.00", expected: "11.00") {
            $0.setCell(.generalBudgetBasicExpenditure, code: "30201", "actual", "5")
        },
        RuleBreak(rule: "table.three_public_parts", stated: "4.00", expected: "3.00") {
            $0.setCell(.threePublic, "budget_vehicle_operation", "3")
        },
        // 2. Between tables
        RuleBreak(rule: "cross.income_01_02", stated: "2.00", expected: "0.00") {
            $0.setCell(.incomeExpenditureSummary, name: "八、其他收入", "amount", "8")
            $0.setCell(.incomeExpenditureSummary, name: "六、经营收入", "amount", "2")
        },
        RuleBreak(rule: "cross.expenditure_01_03", stated: "12.00", expected: "10.00") {
            $0.setCell(.incomeExpenditureSummary, name: "一、一般公共服务支出", "amount", "12")
            $0.setCell(.incomeExpenditureSummary, name: "四、公共安全支出", "amount", "98")
        },
        RuleBreak(rule: "cross.appropriation_02_04", stated: "100.00", expected: "95.00") {
            $0.setCell(.appropriationSummary, name: "一、一般公共预算财政拨款", side: .income, "amount", "95")
            let index = $0.index(of: .appropriationSummary)
            $0.tables[index].rows.insert(TableRow(side: .income, line: 4, name: "四、其他", values: ["amount": Money(units: 5)]), at: 3)
        },
        RuleBreak(rule: "cross.general_budget_04_05", stated: "12.00", expected: "10.00") {
            $0.setCell(.appropriationSummary, name: "一、一般公共服务支出", "total", "12")
            $0.setCell(.appropriationSummary, name: "一、一般公共服务支出", "general_budget", "12")
            $0.setCell(.appropriationSummary, name: "四、公共安全支出", "total", "88")
            $0.setCell(.appropriationSummary, name: "四、公共安全支出", "general_budget", "88")
        },
        RuleBreak(rule: "cross.basic_05_06", stated: "61.00", expected: "60.00") {
            $0.setCell(.generalBudgetBasicExpenditure, code: "301", "actual", "46")
            $0.setCell(.generalBudgetBasicExpenditure, code: "30101", "actual", "31")
            $0.setCell(.generalBudgetBasicExpenditure, name: "合计", "actual", "61")
            $0.editNarrative("六", $0.narrative[5].text, "本部门基本支出情况见公开06表。")
        },
        RuleBreak(rule: "cross.three_public_06_07", stated: "2.00", expected: "1.00") {
            $0.setCell(.generalBudgetBasicExpenditure, code: "30217", "actual", "2")
            $0.setCell(.generalBudgetBasicExpenditure, code: "30201", "actual", "3")
        },
        RuleBreak(rule: "cross.fund_tables_04_08_09", stated: "", expected: "") {
            let index = $0.index(of: .governmentFund)
            $0.tables[index].state = .data
            $0.tables[index].rows = [TableRow(name: "合计", values: [
                "opening_balance": .zero, "income": Money(units: 5), "expenditure_total": .zero, "expenditure_basic": .zero,
                "expenditure_project": .zero, "closing_balance": Money(units: 5),
            ])]
            $0.editNarrative("八", $0.narrative[7].text, "2020年度本单位无政府性基金预算收入支出。")
        },
        RuleBreak(rule: "cross.scorecard_project_funds", stated: "48.00", expected: "50.00") {
            let card = ChecksFixture.card(id: "gonggong-falv-fuwu", kind: .project, name: "公共法律服务", amount: "38")
            $0.scorecards[2] = card
            $0.editNarrative("十四", "共涉及资金50万元，占项目支出预算总额的100%", "共涉及资金48万元，占项目支出预算总额的96%")
            $0.editNarrative("十四", "项目支出40万元", "项目支出38万元")
        },
        RuleBreak(rule: "cross.scorecard_carryover", stated: "5.00", expected: "0.00") {
            $0.scorecards[0].funds.currentYearAppropriation = FundRow(initialBudget: Money(units: 45), fullYearBudget: Money(units: 45))
            $0.scorecards[0].funds.priorYearCarryover = FundRow(initialBudget: Money(units: 5), fullYearBudget: Money(units: 5))
        },
        // 3. Narrative
        RuleBreak(rule: "narrative.amount", stated: "3.00", expected: "0.00") {
            $0.editNarrative("八", "财政拨款收入0万元", "财政拨款收入3万元")
        },
        RuleBreak(rule: "narrative.share", stated: "95%", expected: "90.91%") {
            $0.editNarrative("二", "占90.91%", "占95%")
        },
        RuleBreak(rule: "narrative.change", stated: "12%", expected: "10%") {
            $0.editNarrative("一", "增长10%", "增长12%")
        },
        RuleBreak(rule: "narrative.execution", stated: "125%", expected: "120%") {
            $0.editNarrative("五", "完成年初预算的120%", "完成年初预算的125%")
        },
        RuleBreak(rule: "narrative.zero_budget_ratio", stated: "100%", expected: "no ratio (budget 0)") {
            $0.editNarrative("七", "支出决算为0万元。", "支出决算为0万元，完成预算的100%。")
        },
        RuleBreak(rule: "narrative.direction", stated: "1.00", expected: "2.00") {
            $0.editNarrative("七", "完成预算的50%，决算数小于预算数", "完成预算的50%，决算数大于预算数")
        },
        RuleBreak(rule: "narrative.parts_sum", stated: "20.00", expected: "21.00") {
            $0.editNarrative("十二", "政府采购服务支出5万元", "政府采购服务支出6万元")
        },
        RuleBreak(rule: "narrative.budget_line_amount", stated: "62.00", expected: "60.00") {
            $0.budgetLines[0].finalAmount = Money(units: 62)
        },
        RuleBreak(rule: "narrative.budget_line_path", stated: "公共安全", expected: "司法") {
            $0.budgetLines[0].statedPath = "公共安全支出（类）公共安全（款）行政运行（项）"
        },
        RuleBreak(rule: "narrative.staffing", stated: "13", expected: "12") {
            $0.profile.staffing?.actual = 13
        },
        RuleBreak(rule: "narrative.project_amounts", stated: "11.00", expected: "10.00") {
            $0.editNarrative("十四", "项目支出10万元", "项目支出11万元")
        },
        RuleBreak(rule: "narrative.count", stated: "3", expected: "2") {
            $0.editNarrative("十四", "2项项目支出", "3项项目支出")
        },
        RuleBreak(rule: "narrative.operating_costs", stated: "12.00", expected: "10.00") {
            $0.editNarrative("十", "机关运行经费支出10万元，比上年决算数减少2万元，降低16.67%", "机关运行经费支出12万元，比上年决算数减少2万元，降低14.29%")
        },
        RuleBreak(rule: "narrative.general_spending", stated: "0.50", expected: "1.00") {
            $0.editNarrative("十一", "会议费1万元", "会议费0.5万元")
        },
        RuleBreak(rule: "narrative.procurement", stated: "25.00", expected: "20.00") {
            $0.procurement?.micro = Money(units: 25)
        },
        // 4. Scorecards
        RuleBreak(rule: "scorecard.block_weight", stated: "45", expected: "50") {
            $0.scorecards[0].indicators[1].weight = 20
            $0.scorecards[0].indicators[1].publishedScore = 20
            $0.scorecards[0].indicators[2].weight = 35
            $0.scorecards[0].indicators[2].publishedScore = 35
        },
        RuleBreak(rule: "scorecard.total_weight", stated: "90", expected: "100") {
            $0.scorecards[0].publishedTotal.weight = 90
        },
        RuleBreak(rule: "scorecard.total_score", stated: "95", expected: "100") {
            $0.scorecards[0].publishedTotal.score = 95
        },
        RuleBreak(rule: "scorecard.grade", stated: "良", expected: "优") {
            $0.scorecards[0].publishedGrade = "良"
        },
        RuleBreak(rule: "scorecard.execution_rate", stated: "90%", expected: "100%") {
            $0.scorecards[0].funds.publishedExecutionRate = "90%"
        },
        RuleBreak(rule: "scorecard.execution_score", stated: "8", expected: "10") {
            $0.scorecards[0].funds.publishedScore = 8
            $0.scorecards[0].publishedTotal.score = 98
        },
        RuleBreak(rule: "scorecard.indicator_score", stated: "25", expected: "18.75") {
            $0.scorecards[0].indicators[0].actualText = "300"
        },
        RuleBreak(rule: "scorecard.met_but_deducted", stated: "25", expected: "30") {
            $0.scorecards[0].indicators[2].publishedScore = 25
            $0.scorecards[0].publishedTotal.score = 95
        },
        RuleBreak(rule: "scorecard.funds_rows", stated: "50.00", expected: "45.00") {
            $0.scorecards[0].funds.currentYearAppropriation = FundRow(initialBudget: Money(units: 45), fullYearBudget: Money(units: 45))
        },
        // 5. Completeness and catalogue
        RuleBreak(rule: "completeness.required_table", stated: "", expected: "") {
            $0.tables.remove(at: $0.index(of: .stateCapital))
        },
        RuleBreak(rule: "completeness.empty_reason", stated: "", expected: "") {
            $0.tables[$0.index(of: .governmentFund)].state = .empty(reason: nil)
        },
        RuleBreak(rule: "completeness.table_number", stated: "公开06表", expected: "公开05表") {
            $0.tables[$0.index(of: .generalBudgetExpenditure)].printedNumber = "公开06表"
        },
        RuleBreak(rule: "completeness.catalogue_code", stated: "30298", expected: "30201") {
            let index = $0.index(of: .generalBudgetBasicExpenditure)
            let row = $0.tables[index].rows.firstIndex { $0.code == "30201" }!
            $0.tables[index].rows[row].code = "30298"
        },
        RuleBreak(rule: "completeness.catalogue_name", stated: "基础工资", expected: "基本工资") {
            let index = $0.index(of: .generalBudgetBasicExpenditure)
            let row = $0.tables[index].rows.firstIndex { $0.code == "30101" }!
            $0.tables[index].rows[row].name = "基础工资"
        },
    ]

    @Test(arguments: breaks)
    func breakingOneRuleRaisesOnlyThatRule(_ broken: RuleBreak) throws {
        let report = Self.checker.check(ChecksFixture.make(broken.edit))
        #expect(!report.findings.isEmpty)
        #expect(Set(report.findings.map(\.ruleID)) == [broken.rule], "\(report.findings.map { "\($0.ruleID): \($0.message)" })")
        let first = try #require(report.findings.first)
        #expect(first.severity != .rounding)
        #expect(first.title == CheckRule.rule(id: broken.rule)?.title)
        if !broken.stated.isEmpty {
            #expect(first.stated?.description == broken.stated)
            #expect(first.expected?.description == broken.expected)
        }
    }

    @Test func everyRegisteredRuleHasABreakingCase() {
        #expect(Set(CheckRule.all.map(\.id)) == Set(Self.breaks.map(\.rule)))
        #expect(CheckRule.all.count == Set(CheckRule.all.map(\.id)).count)
    }
}
