import JuesuanDomain
import Testing

/// The rounding tolerance, percent consistency, narrative figure extraction and report forms.
@Suite struct ChecksArithmeticTests {
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    @Test func toleranceIsOneHundredthPerRoundedPart() {
        #expect(RoundingTolerance.tolerance(parts: 3) == Self.d("0.03"))
        #expect(RoundingTolerance.compare(stated: Self.d("616.35"), expected: Self.d("616.34"), parts: 3) == .rounding(tolerance: Self.d("0.03")))
        #expect(RoundingTolerance.compare(stated: Self.d("616.35"), expected: Self.d("616.31"), parts: 3) == .differs(tolerance: Self.d("0.03")))
        #expect(RoundingTolerance.compare(stated: Self.d("1.00"), expected: Self.d("1.00"), parts: 1) == .agrees)
        // A one-to-one comparison still allows 0.01.
        #expect(RoundingTolerance.compare(stated: Self.d("1.01"), expected: Self.d("1.00"), parts: 1) == .rounding(tolerance: Self.d("0.01")))
        #expect(RoundingTolerance.compare(stated: Self.d("1.02"), expected: Self.d("1.00"), parts: 1) == .differs(tolerance: Self.d("0.01")))
    }

    @Test func amountsStatedWithFewerDecimalsAgreeWhenTheyRoundToTheFigure() {
        #expect(RoundingTolerance.compare(stated: Self.d("67.4"), statedDecimals: 1, expected: Self.d("67.43"), parts: 1) == .agrees)
        #expect(RoundingTolerance.compare(stated: Self.d("2"), statedDecimals: 0, expected: Self.d("1.08"), parts: 1) == .differs(tolerance: Self.d("0.01")))
    }

    @Test func percentConsistency() {
        let amount = { (text: String) in StatedNumber(Self.d(text), decimals: 2) }
        // 622.52 / 644.43 = 96.600…% printed 96.6: agrees at one decimal.
        #expect(PercentConsistency.evaluate(stated: StatedNumber(Self.d("96.6"), decimals: 1), numerator: amount("622.52"),
                                            denominator: amount("644.43")) == .agrees(expected: Self.d("96.60")))
        // 1 / 3 = 33.333…% printed 33.34: off by one in the last place, reachable from rounded inputs → rounding.
        #expect(PercentConsistency.evaluate(stated: amount("33.34"), numerator: amount("1.00"), denominator: amount("3.00"))
                == .rounding(expected: Self.d("33.33")))
        // 0.39 / 2 = 19.5% is not 0.39 / 1.47 = 26.53%.
        #expect(PercentConsistency.evaluate(stated: StatedNumber(Self.d("19.5"), decimals: 1), numerator: amount("0.39"),
                                            denominator: amount("1.47")) == .differs(expected: Self.d("26.53")))
        #expect(PercentConsistency.evaluate(stated: StatedNumber(100, decimals: 0), numerator: amount("6.18"), denominator: amount("0"))
                == .undefined)
    }

    @Test func extractorReadsRolesLabelsAndUnits() {
        let text = "本年收入合计644.43万元，其中：财政拨款收入622.52万元，占96.6%；其他收入21.91万元，占3.4%。"
            + "与上年相比，减少67.4万元，减少9.5%。年初预算为 0 万元, 完成年初预算的100%。单位价值50万元以上通用设备0台（套）。"
        let figures = NarrativeFigureExtractor.figures(in: text, section: "二")
        #expect(figures.map(\.role) == [.amount, .amount, .share, .amount, .share, .changeAmount, .changePercent, .amount,
                                        .execution, .count])
        #expect(figures.map(\.label) == ["本年收入合计", "财政拨款收入", "占", "其他收入", "占", "减少", "减少", "年初预算",
                                         "完成年初预算的", "单位价值50万元以上通用设备"])
        #expect(figures[1].inBreakdown)
        #expect(figures[0].inBreakdown == false)
        #expect(figures[5].direction == .decrease)
        #expect(figures[5].value == StatedNumber(Self.d("67.4"), decimals: 1))
        #expect(figures[7].quote == "年初预算为 0 万元")
        #expect(figures[9].unit == "台")
    }

    @Test func extractorNamesTheWholeOfAShare() {
        let figures = NarrativeFigureExtractor.figures(in: "人员经费377.49万元, 占基本支出的91.48%,主要包括基本工资", section: "六")
        #expect(figures.count == 2)
        #expect(figures[1].shareOf == "基本支出")
        #expect(figures[1].value == StatedNumber(Self.d("91.48"), decimals: 2))
    }

    @Test func changeWordsMustAgree() {
        let disclosure = ChecksFixture.make { $0.editNarrative("一", "增长10%", "减少10%") }
        let findings = DisclosureChecker().check(disclosure).findings
        #expect(findings.map(\.ruleID) == ["narrative.direction"])
        #expect(findings.first?.stated?.text == "减少")
    }

    @Test func roundingSizeDifferencesAreNeverErrors() {
        // 302 printed 10.01 over its 款 rows adding up to 10.00: rounding in the table, and everywhere it is used.
        let disclosure = ChecksFixture.make {
            $0.setCell(.generalBudgetBasicExpenditure, code: "302", "actual", "10.01")
        }
        let report = DisclosureChecker().check(disclosure)
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0.severity == .rounding })
        // The narrative states 公用经费 and 机关运行经费 as 10万元 (no decimals), which 10.01 rounds to: they agree.
        #expect(Set(report.findings.map(\.ruleID)) == ["table.economic_groups", "table.total_row", "cross.basic_05_06"])
    }

    @Test func reportFiltersAndCounts() {
        let report = DisclosureChecker().check(SeedDocument.disclosure)
        let errors = report.filtered(severities: [.error])
        #expect(errors.findings.count == report.count(.error))
        #expect(errors.findings.allSatisfy { $0.severity == .error })
        let scorecards = report.filtered(families: [.scorecard])
        #expect(scorecards.findings.count == 5)
        #expect(report.filtered(severities: [.warning], families: [.table]).findings.isEmpty)
    }

    @Test func reportJSONCarriesCountsAndExactValues() throws {
        let report = DisclosureChecker().check(SeedDocument.disclosure).filtered(families: [.crossTable])
        let json = report.jsonValue()
        #expect(json["department"]?.stringValue == "shifeng-sifaju")
        #expect(json["counts"]?["total"]?.numberValue?.literal == "3")
        #expect(json["counts"]?["by_family"]?["cross_table"]?.numberValue?.literal == "3")
        let first = try #require(json["findings"]?[0])
        #expect(first["rule"]?.stringValue == "cross.basic_05_06")
        #expect(first["severity"]?.stringValue == "rounding")
        #expect(first["stated"]?["value"]?.numberValue?.literal == "412.65")
        #expect(first["difference"]?.numberValue?.literal == "0.01")
        #expect(first["locations"]?[0]?["row_code"]?.stringValue == "301")
        #expect(CheckReport.csvHeader.count == report.csvRecords[0].count)
    }

    @Test func checksAreDeterministic() {
        let first = DisclosureChecker().check(SeedDocument.disclosure)
        let second = DisclosureChecker().check(SeedDocument.disclosure)
        #expect(first == second)
    }
}

/// Narrative amounts in 万元 in a disclosure whose tables are in 元 (and the reverse) are compared in the tables' unit.
@Suite struct ChecksUnitTests {
    @Test func narrativeInTenThousandYuanAgainstTablesInYuan() {
        let figure = NarrativeFigureExtractor.figures(in: "本年收入合计644.43万元", section: "二")[0]
        let yuan = figure.converted(to: .yuan)
        #expect(yuan.value == StatedNumber(ExactDecimal(6_444_300), decimals: 0))
        #expect(yuan.unit == "元")
        let back = NarrativeFigureExtractor.figures(in: "会议费400元", section: "十一")[0].converted(to: .tenThousandYuan)
        #expect(back.value == StatedNumber(ExactDecimal(significand: 4, scale: 2), decimals: 4))
        #expect(back.value.money == Money(cents: 4))
    }

    @Test func consistentDocumentInYuanWithNarrativeInTenThousandYuanRaisesNothing() {
        // Every table amount × 10000, unit 元; the narrative keeps its 万元 figures.
        let disclosure = ChecksFixture.make { document in
            document.unit = .yuan
            for table in document.tables.indices {
                for row in document.tables[table].rows.indices {
                    document.tables[table].rows[row].values = document.tables[table].rows[row].values.mapValues { $0 * 10_000 }
                }
            }
            for card in document.scorecards.indices {
                var funds = document.scorecards[card].funds
                for path in [\ScorecardFunds.total, \.currentYearAppropriation, \.priorYearCarryover, \.other] {
                    let row = funds[keyPath: path]
                    funds[keyPath: path] = FundRow(initialBudget: row.initialBudget.map { $0 * 10_000 },
                                                   fullYearBudget: row.fullYearBudget.map { $0 * 10_000 },
                                                   executed: row.executed.map { $0 * 10_000 })
                }
                document.scorecards[card].funds = funds
            }
            document.budgetLines[0].initialBudget = Money(units: 500_000)
            document.budgetLines[0].finalAmount = Money(units: 600_000)
            document.procurement = Procurement(total: Money(units: 200_000), goods: Money(units: 150_000), works: .zero,
                                               services: Money(units: 50_000), sme: Money(units: 200_000), micro: Money(units: 100_000))
        }
        let findings = DisclosureChecker().check(disclosure).findings
        #expect(findings.map { "\($0.ruleID): \($0.message)" } == [])
    }
}
