import JuesuanDomain
import Testing

/// Ratios (占比, 执行率, 增减%) and the computed views over the seed disclosure (石峰区司法局 2020, 万元).
@Suite struct RatioTests {
    static let seed = SeedDocument.disclosure

    static func money(_ text: String) -> Money { Money(text)! }

    @Test func shareOfAppropriationIncome() {
        let ratio = Ratio(numerator: RatioTerm(label: "财政拨款收入", amount: Self.money("622.52")),
                          denominator: RatioTerm(label: "本年收入合计", amount: Self.money("644.43")), basis: "财政拨款收入 ÷ 本年收入合计")
        #expect(ratio.value?.formatted(places: 2) == "96.60")
        #expect(ratio.unavailability == nil)
        #expect(ratio.places == 2)
    }

    @Test func roundsHalfUpAndKeepsNegativeChanges() {
        // 1 ÷ 8 = 12.5 % → 12.50; 0.125 at 2 places of a percent: 1 ÷ 800 = 0.125 % → 0.13.
        let half = Ratio(numerator: RatioTerm(label: "a", amount: Self.money("1")), denominator: RatioTerm(label: "b", amount: Self.money("800")), basis: "a ÷ b")
        #expect(half.value?.formatted(places: 2) == "0.13")
        let negative = Ratio(numerator: RatioTerm(label: "a", amount: Self.money("-1")), denominator: RatioTerm(label: "b", amount: Self.money("800")), basis: "a ÷ b")
        #expect(negative.value?.formatted(places: 2) == "-0.13")
    }

    @Test func zeroOrMissingDenominatorHasNoValue() {
        let zero = Ratio(numerator: RatioTerm(label: "其他公共安全支出 决算数", amount: Self.money("6.18")),
                         denominator: RatioTerm(label: "年初预算数", amount: .zero), basis: "决算数 ÷ 年初预算数")
        #expect(zero.value == nil)
        #expect(zero.unavailability == .zeroDenominator)
        #expect(zero.unavailableExplanation == "the denominator 年初预算数 is 0, so the ratio does not exist")
        let missing = Ratio(numerator: RatioTerm(label: "a", amount: Self.money("1")), denominator: RatioTerm(label: "b", amount: nil), basis: "a ÷ b")
        #expect(missing.unavailability == .missingDenominator)
        let noNumerator = Ratio(numerator: RatioTerm(label: "a", amount: nil), denominator: RatioTerm(label: "b", amount: Self.money("2")), basis: "a ÷ b")
        #expect(noNumerator.value == nil)
        #expect(noNumerator.unavailability == .missingNumerator)
    }

    @Test func yearOverYearChangeAndPercent() {
        let change = YearOverYear(label: "本年收入合计", current: Self.money("644.43"), previous: Self.money("600.00"), previousYear: 2019)
        #expect(change.change == Self.money("44.43"))
        #expect(change.percent.value?.formatted(places: 2) == "7.41")
        let fromZero = YearOverYear(label: "公务接待费", current: Self.money("1.00"), previous: .zero, previousYear: 2019)
        #expect(fromZero.change == Self.money("1.00"))
        #expect(fromZero.percent.value == nil)
        #expect(fromZero.percent.unavailability == .zeroDenominator)
    }

    @Test func encoderWritesExactNumbersAndCollectsMessages() {
        var encoder = AnalysisEncoder(unit: .tenThousandYuan)
        let ok = Ratio(numerator: RatioTerm(label: "行政运行 支出决算数", amount: Self.money("412.64")),
                       denominator: RatioTerm(label: "行政运行 年初预算数", amount: Self.money("379.31")), basis: "决算数 ÷ 年初预算数")
        let json = JSONWriter(style: .compact).string(encoder.ratio(ok, at: "$.x"))
        #expect(json == #"{"value":108.79,"unit":"%","places":2,"numerator":{"label":"行政运行 支出决算数","amount":412.64,"unit":"万元"},"denominator":{"label":"行政运行 年初预算数","amount":379.31,"unit":"万元"},"basis":"决算数 ÷ 年初预算数","reason":null}"#)
        #expect(encoder.messages.isEmpty)
        let none = Ratio(numerator: RatioTerm(label: "a", amount: Self.money("1")), denominator: RatioTerm(label: "b", amount: .zero), basis: "a ÷ b")
        let nullJSON = encoder.ratio(none, at: "$.lines[2].execution_rate")
        #expect(nullJSON["value"] == .null)
        #expect(nullJSON["reason"] == .string("zero_denominator"))
        #expect(encoder.messages == [AnalysisMessage(code: "ratio_zero_denominator", path: "$.lines[2].execution_rate.value",
                                                     detail: "the denominator b is 0, so the ratio does not exist")])
    }

    @Test func seedSummaryShares() {
        let summary = FinancialSummary(disclosure: Self.seed)
        #expect(summary.incomeTotal.amount == Self.money("644.43"))
        let appropriation = summary.income.first { $0.key == "appropriation" }
        #expect(appropriation?.amount == Self.money("622.52"))
        #expect(appropriation?.share.value?.formatted(places: 2) == "96.60")
        #expect(appropriation?.label == "财政拨款收入")
        let other = summary.income.first { $0.key == "other" }
        #expect(other?.share.value?.formatted(places: 2) == "3.40")
        #expect(summary.income.map(\.key) == ["appropriation", "superior_subsidy", "public_service", "operating", "affiliate_remittance", "other"])
        // Expenditure by 类 of table 03: 201, 204, 229.
        #expect(summary.expenditureByClass.map(\.key) == ["201", "204", "229"])
        #expect(summary.expenditureByClass[1].share.value?.formatted(places: 2) == "96.31")
        let basic = summary.expenditureByType.first { $0.key == "basic" }
        #expect(basic?.amount == Self.money("434.56"))
        #expect(basic?.share.value?.formatted(places: 2) == "67.43")
        // 人员经费 = 301 + 303 = 356.78 + 20.72; 公用经费 = 302 + 307 + 310 + 399 = 35.15; over 05 基本支出 412.64.
        #expect(summary.basicExpenditureTotal.amount == Self.money("412.64"))
        #expect(summary.economicGroups.map(\.key) == ["personnel", "office"])
        #expect(summary.economicGroups[0].amount == Self.money("377.50"))
        #expect(summary.economicGroups[0].share.value?.formatted(places: 2) == "91.48")
        #expect(summary.economicGroups[1].amount == Self.money("35.15"))
        #expect(summary.economicGroups[1].share.value?.formatted(places: 2) == "8.52")
        #expect(summary.previousYear == nil)
        #expect(summary.income[0].yearOverYear == nil)
    }

    @Test func summaryYearOverYearWithAPreviousYear() {
        var previous = Self.seed
        previous.fiscalYear = 2019
        var tables = previous.tables
        let index = tables.firstIndex { $0.kind == .income }!
        var rows = tables[index].rows
        rows[0].values["total"] = Self.money("600.00")
        rows[0].values["appropriation"] = Self.money("580.00")
        tables[index].rows = rows
        previous.tables = tables
        let summary = FinancialSummary(disclosure: Self.seed, previous: previous)
        #expect(summary.previousYear == 2019)
        #expect(summary.incomeTotal.yearOverYear?.change == Self.money("44.43"))
        #expect(summary.incomeTotal.yearOverYear?.percent.value?.formatted(places: 2) == "7.41")
        let appropriation = summary.income.first { $0.key == "appropriation" }
        #expect(appropriation?.yearOverYear?.change == Self.money("42.52"))
        #expect(appropriation?.yearOverYear?.percent.value?.formatted(places: 2) == "7.33")
        // A disclosure that is not the year before is ignored.
        var older = previous
        older.fiscalYear = 2018
        #expect(FinancialSummary(disclosure: Self.seed, previous: older).previousYear == nil)
    }

    @Test func seedThreePublic() {
        let analysis = ThreePublicAnalysis(disclosure: Self.seed)
        #expect(analysis.tableKind == .threePublic)
        #expect(analysis.items.map(\.key) == ["total", "overseas_travel", "vehicles", "vehicle_purchase", "vehicle_operation", "reception"])
        let operation = analysis.item("vehicle_operation")
        #expect(operation?.budget == Self.money("1.08"))
        #expect(operation?.executionRate.value?.formatted(places: 2) == "100.00")
        #expect(operation?.share?.value?.formatted(places: 2) == "100.00")
        #expect(operation?.parent == "vehicles")
        let travel = analysis.item("overseas_travel")
        #expect(travel?.executionRate.value == nil)
        #expect(travel?.executionRate.unavailability == .zeroDenominator)
        #expect(travel?.share?.value?.formatted(places: 2) == "0.00")
        #expect(analysis.item("total")?.share == nil)
        var encoder = AnalysisEncoder(unit: .tenThousandYuan)
        _ = analysis.jsonMembers(&encoder)
        // 因公出国, 购置费 and 接待费 have a zero budget: three null execution rates, each with its message.
        #expect(encoder.messages.map(\.path) == ["$.items[1].execution_rate.value", "$.items[3].execution_rate.value",
                                                 "$.items[5].execution_rate.value"])
    }

    @Test func threePublicYearOverYearAndEmptyTable() {
        var previous = Self.seed
        previous.fiscalYear = 2019
        let index = previous.tables.firstIndex { $0.kind == .threePublic }!
        previous.tables[index].rows[0].values["actual_total"] = Self.money("2.16")
        previous.tables[index].rows[0].values["actual_vehicle_operation"] = Self.money("0.00")
        let analysis = ThreePublicAnalysis(disclosure: Self.seed, previous: previous)
        #expect(analysis.item("total")?.yearOverYear?.change == Self.money("-1.08"))
        #expect(analysis.item("total")?.yearOverYear?.percent.value?.formatted(places: 2) == "-50.00")
        #expect(analysis.item("vehicle_operation")?.yearOverYear?.percent.unavailability == .zeroDenominator)

        var empty = Self.seed
        empty.tables[index] = DisclosureTable(kind: .threePublic, state: .empty(reason: "本单位无三公经费。"))
        let emptyAnalysis = ThreePublicAnalysis(disclosure: empty)
        #expect(emptyAnalysis.item("total")?.actual == nil)
        #expect(emptyAnalysis.item("total")?.executionRate.unavailability == .missingDenominator)
        var encoder = AnalysisEncoder(unit: .tenThousandYuan)
        _ = emptyAnalysis.jsonMembers(&encoder)
        #expect(encoder.messages.first == AnalysisMessage(code: "table_empty", path: "$.table", detail: "公开07表 is published without data: 本单位无三公经费。"))
    }

    @Test func seedBudgetExecution() {
        let analysis = BudgetExecutionAnalysis(disclosure: Self.seed)
        #expect(analysis.lines.map(\.code) == ["2040601", "2040602", "2049901", "2040699", "2299901"])
        let administration = analysis.lines[0]
        #expect(administration.executionRate.value?.formatted(places: 2) == "108.79")
        #expect(administration.comparison == .agrees)
        #expect(analysis.lines[1].executionRate.value?.formatted(places: 2) == "141.15")
        // 年初预算 0 with a published "100": no ratio, flagged.
        let other = analysis.lines[2]
        #expect(other.executionRate.value == nil)
        #expect(other.executionRate.unavailability == .zeroDenominator)
        #expect(other.comparison == .publishedWithoutRatio)
        #expect(analysis.totalInitialBudget == Self.money("439.31"))
        #expect(analysis.totalFinalAmount == Self.money("644.43"))
        #expect(analysis.totalExecutionRate.value?.formatted(places: 2) == "146.69")
    }

    @Test func publishedPercentThatDiffersIsFlagged() {
        let line = BudgetExecutionLine(line: BudgetLine(code: "2040601", name: "行政运行", initialBudget: Self.money("379.31"),
                                                        finalAmount: Self.money("412.64"), statedExecutionPercent: "108.8"))
        #expect(line.comparison == .agrees)
        let wrong = BudgetExecutionLine(line: BudgetLine(code: "2040601", name: "行政运行", initialBudget: Self.money("379.31"),
                                                         finalAmount: Self.money("412.64"), statedExecutionPercent: "108.97"))
        #expect(wrong.comparison == .differs)
        let absent = BudgetExecutionLine(line: BudgetLine(name: "行政运行", initialBudget: Self.money("1"), finalAmount: Self.money("1")))
        #expect(absent.comparison == .notPublished)
    }

    @Test func seedIncomeTableRowsRestoredLevelsAndChecks() throws {
        let table = try #require(Self.seed.table(.income))
        let analysis = TableAnalysis(table: table, catalog: ClassificationCatalog.forYear(2020))
        #expect(analysis.rows.count == 14)
        let total = analysis.rows[0]
        #expect(total.level == nil)
        #expect(total.checks.first { $0.rule == .rowTotal }?.status == .agrees)
        // 合计 total = Σ 类 (201 + 204 + 229) = 1.88 + 620.65 + 21.91 = 644.44: a rounding difference.
        let childTotal = try #require(total.checks.first { $0.rule == .childrenSum && $0.column == "total" })
        #expect(childTotal.expected == Self.money("644.44"))
        #expect(childTotal.difference == Self.money("-0.01"))
        #expect(childTotal.status == .rounding)
        let administration = try #require(analysis.rows.first { $0.row.code == "2040601" })
        #expect(administration.level == .item)
        #expect(administration.parentCode == "20406")
        #expect(administration.codeStatus == "exact")
        let justice = try #require(analysis.rows.first { $0.row.code == "20406" })
        #expect(justice.checks.first { $0.rule == .childrenSum && $0.column == "total" }?.parts == ["2040601", "2040602", "2040699"])
        // 司法 616.35 against 412.64 + 84.69 + 119.01 = 616.34: rounding noise, not an error.
        #expect(justice.checks.first { $0.rule == .childrenSum && $0.column == "total" }?.expected == Self.money("616.34"))
        #expect(justice.checks.first { $0.rule == .childrenSum && $0.column == "total" }?.status == .rounding)

        let cut = TableAnalysis(table: table, catalog: ClassificationCatalog.forYear(2020), maximumLevel: .section)
        #expect(cut.rows.allSatisfy { $0.level != .item })
        #expect(cut.rows.map { $0.row.code ?? "合计" } == ["合计", "201", "20106", "204", "20406", "20499", "229", "22999"])
        #expect(cut.publishedRowCount == 14)
    }

    @Test func seedEconomicTableRestoresTruncatedCodes() throws {
        let table = try #require(Self.seed.table(.generalBudgetBasicExpenditure))
        let analysis = TableAnalysis(table: table, catalog: ClassificationCatalog.forYear(2020))
        let basicWage = try #require(analysis.rows.first { $0.row.name == "基本工资" })
        #expect(basicWage.row.code == "3010")
        #expect(basicWage.restoredCode == "30101")
        #expect(basicWage.codeStatus == "restored")
        #expect(basicWage.level == .section)
        #expect(basicWage.parentCode == "301")
        let wages = try #require(analysis.rows.first { $0.row.code == "301" })
        #expect(wages.checks.first?.rule == .childrenSum)
        #expect(wages.checks.first?.expected == Self.money("356.78"))
    }

    @Test func threePublicRowChecksAndEmptyTableKeepsReason() throws {
        let table = try #require(Self.seed.table(.threePublic))
        let analysis = TableAnalysis(table: table, catalog: ClassificationCatalog.forYear(2020))
        #expect(analysis.rows[0].checks.map(\.column) == ["budget_total", "budget_vehicles", "actual_total", "actual_vehicles"])
        #expect(analysis.rows[0].checks.allSatisfy { $0.status == .agrees })

        let fund = try #require(Self.seed.table(.governmentFund))
        let json = TableAnalysis(table: fund, catalog: nil).jsonValue()
        #expect(json["state"] == .string("empty"))
        #expect(json["empty_reason"] == .string("2020 年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。"))
        #expect(json["rows"] == .array([]))
        #expect(json["number"] == .string("08"))
    }

    @Test func rowCheckGradesDifferences() {
        let differs = RowCheck(rule: .rowTotal, column: "total", parts: ["basic", "project"], stated: Self.money("644.43"),
                               expected: Self.money("644.40"))
        #expect(differs.status == .differs)
        #expect(differs.difference == Self.money("0.03"))
        let rounding = RowCheck(rule: .rowTotal, column: "total", parts: ["basic", "project"], stated: Self.money("644.43"),
                                expected: Self.money("644.45"))
        #expect(rounding.status == .rounding)
    }
}
