import JuesuanDomain
import Testing

/// The checks on the real seed disclosure (2020 株洲市石峰区司法局): the real errors with the right rule, rounding
/// differences graded as rounding. docs/seed-transcription.md lists the errors the transcriber noticed; the numbers
/// in the comments refer to that list.
@Suite struct ChecksSeedTests {
    static let report = DisclosureChecker().check(SeedDocument.disclosure)

    /// `rule severity stated → expected @ where` for every finding, where = table kind or narrative section or
    /// scorecard id of the first location.
    static func line(_ finding: CheckFinding) -> String {
        let first = finding.locations.first
        let place = first?.table ?? first?.section ?? first?.field ?? ""
        return "\(finding.ruleID) \(finding.severity.rawValue) \(finding.stated?.description ?? "-") → \(finding.expected?.description ?? "-") @ \(place)"
    }

    @Test func seedFindingsAreExactlyThese() {
        let expected = [
            // Tables: 尾数误差 only (25–29), all graded rounding.
            "table.summary_lines rounding 644.43 → 644.44 @ income_expenditure_summary",            // 25
            "table.functional_hierarchy rounding 616.35 → 616.34 @ income",                          // 27 (02 total)
            "table.functional_hierarchy rounding 616.35 → 616.34 @ income",                          // 27 (02 财政拨款)
            "table.total_row rounding 644.43 → 644.44 @ income",
            "table.total_row rounding 622.52 → 622.53 @ income",
            "table.functional_hierarchy rounding 616.35 → 616.34 @ expenditure",                     // 27 (03)
            "table.total_row rounding 644.43 → 644.44 @ expenditure",
            "table.total_row rounding 434.56 → 434.55 @ expenditure",                                // 26
            "table.row_columns rounding 644.43 → 644.44 @ expenditure",                              // 26
            "table.row_columns rounding 620.65 → 620.64 @ expenditure",
            "table.row_columns rounding 616.35 → 616.34 @ expenditure",
            "table.summary_lines rounding 622.52 → 622.53 @ appropriation_summary",
            "table.summary_lines rounding 622.52 → 622.53 @ appropriation_summary",
            "table.functional_hierarchy rounding 616.35 → 616.34 @ general_budget_expenditure",      // 27 (05)
            "table.total_row rounding 622.52 → 622.53 @ general_budget_expenditure",                 // 28
            "table.row_columns rounding 620.65 → 620.64 @ general_budget_expenditure",
            "table.row_columns rounding 616.35 → 616.34 @ general_budget_expenditure",
            "table.economic_groups rounding 20.72 → 20.71 @ general_budget_basic_expenditure",        // 29 (303)
            "table.economic_groups rounding 35.15 → 35.16 @ general_budget_basic_expenditure",        // 29 (302)
            // Between tables.
            "cross.basic_05_06 rounding 412.65 → 412.64 @ general_budget_basic_expenditure",         // 29
            "cross.scorecard_carryover error 17.08 → 0.00 @ department",                              // 22
            "cross.scorecard_carryover error 17.08 → 0.00 @ gonggong-falv-fuwu",                      // 22
            // Narrative.
            "narrative.amount error 412.64 → 434.56 @ 三",                                           // 11
            "narrative.amount error 644.43 → 622.52 @ 四",                                           // 2
            "narrative.amount error 644.43 → 622.52 @ 五",                                           // 3 (五(一))
            "narrative.amount error 644.43 → 622.52 @ 五",                                           // 4 (五(二) lead)
            "narrative.amount error 644.43 → 620.65 @ 五",                                           // 4 (公共安全（类）)
            "narrative.amount error 644.43 → 622.52 @ 五",                                           // 5 (支出决算数)
            "narrative.zero_budget_ratio error 100% → no ratio (budget 0) @ 五",                     // 9
            "narrative.zero_budget_ratio error 100% → no ratio (budget 0) @ 五",                     // 9
            "narrative.zero_budget_ratio error 100% → no ratio (budget 0) @ 五",                     // 9
            "narrative.amount rounding 377.49 → 377.50 @ 六",                                        // 12
            "narrative.amount error 2.60 → 1.08 @ 七",                                               // 13
            "narrative.zero_budget_ratio error 100% → no ratio (budget 0) @ 七",                     // 15
            "narrative.amount error 0.60 → 0.00 @ 七",                                               // 13, 14
            "narrative.execution error 100% → 0% @ 七",                                              // 14
            "narrative.amount error 2.00 → 1.08 @ 七",                                               // 13
            "narrative.change error 19.5% → 26.53% @ 七",                                            // 16
            "narrative.direction error 0.00 → 0.60 @ 七",                                            // 14
            "narrative.change error 39.17% → 28.15% @ 十",                                           // 17
            "narrative.project_amounts error 16.16 → 16.61 @ 十四",                                  // 18
            "narrative.project_amounts error 209.88 → 209.43 @ 十四",                                // 18
            "narrative.amount error 622.52 → 644.43 @ 二、预算收支情况",                               // 19
            "narrative.amount error 622.52 → 644.43 @ 二、预算收支情况",                               // 19 (支出)
            "narrative.amount error 412.64 → 434.56 @ 二、预算收支情况",                               // 11 (report)
            "narrative.project_amounts error 16.16 → 16.61 @ 三、资金使用及绩效情况（包含单位管理的公共专项）", // 18
            "narrative.budget_line_amount error 6.18 → 4.30 @ 3",                                    // 6
            "narrative.budget_line_path error 司法 → 其他公共安全支出 @ 3",                            // 7
            "narrative.budget_line_path error 公司安全支出 → 公共安全支出 @ 4",                        // 8
            "narrative.budget_line_amount error 21.91 → 0.00 @ 5",                                   // 10
            "narrative.staffing error 25 → 26 @ staffing.actual",                                    // 1
            // Scorecards.
            "scorecard.total_weight error 10 → 100 @ department",                                    // 20
            "scorecard.total_score error 10 → 100 @ department",                                     // 20
            "scorecard.block_weight error 30 → 10 @ shequ-jiaozheng",                                // 21
            "scorecard.total_weight error 100 → 120 @ shequ-jiaozheng",                              // 21
            "scorecard.total_score error 100 → 120 @ shequ-jiaozheng",                               // 21
            // Layout.
            "completeness.table_number warning (none) → 公开04表 @ appropriation_summary",            // 32
            "completeness.table_number warning (none) → 公开05表 @ general_budget_expenditure",       // 32
            "completeness.table_number warning 公开 08 表 → 公开09表 @ state_capital",                // 30
        ]
        #expect(Self.report.findings.map(Self.line) == expected)
    }

    @Test func seedCounts() {
        #expect(Self.report.count(.error) == 35)
        #expect(Self.report.count(.rounding) == 21)
        #expect(Self.report.count(.warning) == 3)
        #expect(Self.report.hasErrors)
        #expect(Self.report.count(.narrative) == 29)
    }

    @Test func roundingFindingsCarryTheirTolerance() {
        let personnel = Self.report.findings.first { $0.ruleID == "narrative.amount" && $0.severity == .rounding }
        #expect(personnel?.difference == ExactDecimal(significand: -1, scale: 2))
        #expect(personnel?.tolerance == ExactDecimal(significand: 2, scale: 2))
        #expect(personnel?.locations.first?.quote == "人员经费377.49万元")
        let basic = Self.report.findings.first { $0.ruleID == "cross.basic_05_06" }
        #expect(basic?.tolerance == ExactDecimal(significand: 6, scale: 2))
        #expect(Self.report.findings.filter { $0.family == .table }.allSatisfy { $0.severity == .rounding })
    }

    @Test func zeroBudgetFindingQuotesTheBudget() {
        let zero = Self.report.findings.filter { $0.ruleID == "narrative.zero_budget_ratio" }
        #expect(zero.count == 4)
        #expect(zero.allSatisfy { $0.message.contains("budget of 0") })
        #expect(zero[0].locations.map(\.quote) == ["完成年初预算的100%", "支出决算为6.18万元", "年初预算为 0 万元"])
    }
}
