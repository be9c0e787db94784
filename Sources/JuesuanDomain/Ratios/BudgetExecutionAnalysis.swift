/// Budget execution (预算执行, 情况说明 五(三)) of one disclosure: every functional 项 the narrative states a 年初预算
/// for, with 决算数 ÷ 年初预算数 recomputed beside the published percentage, and the totals over all lines.
/// Percentages rounded half-up to 2 places; amounts in the disclosure unit.
public struct BudgetExecutionAnalysis: Sendable, Hashable {
    public let lines: [BudgetExecutionLine]
    /// Σ 年初预算数 over the lines (blank budgets count 0); nil when there are no lines.
    public let totalInitialBudget: Money?
    /// Σ 决算数 over the lines; nil when there are no lines.
    public let totalFinalAmount: Money?
    /// Σ 决算数 ÷ Σ 年初预算数.
    public let totalExecutionRate: Ratio

    public init(disclosure: Disclosure) {
        lines = disclosure.budgetLines.map(BudgetExecutionLine.init(line:))
        totalInitialBudget = lines.isEmpty ? nil : lines.compactMap(\.initialBudget).sum()
        totalFinalAmount = lines.isEmpty ? nil : lines.compactMap(\.finalAmount).sum()
        totalExecutionRate = Ratio(
            numerator: RatioTerm(label: "各项支出决算数合计", amount: totalFinalAmount),
            denominator: RatioTerm(label: "各项年初预算数合计", amount: totalInitialBudget),
            basis: "Σ决算数 ÷ Σ年初预算数"
        )
    }

    /// The response members `lines` and `total`.
    public func jsonMembers(_ encoder: inout AnalysisEncoder) -> [(String, JSONValue)] {
        if lines.isEmpty {
            encoder.note(code: "no_budget_lines", path: "$.lines",
                         detail: "the disclosure states no 年初预算 per 项 (情况说明 五(三)), so there is no budget execution to compute")
        }
        let linesJSON = JSONValue.array(lines.enumerated().map { index, line in line.jsonValue(&encoder, path: "$.lines[\(index)]") })
        let total = JSONObject([
            ("initial_budget", encoder.amount(totalInitialBudget)), ("final_amount", encoder.amount(totalFinalAmount)),
            ("execution_rate", encoder.ratio(totalExecutionRate, at: "$.total.execution_rate")),
        ])
        return [("lines", linesJSON), ("total", .object(total))]
    }
}
