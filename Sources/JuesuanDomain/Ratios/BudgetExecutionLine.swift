/// Budget execution (完成年初预算) of one functional 项 as stated in the narrative: 年初预算数, 调整预算数, 决算数 (disclosure
/// unit), the execution rate 决算数 ÷ 年初预算数 (percent, 2 places, half-up; nil over a zero budget) and how the
/// published percentage compares with it.
public struct BudgetExecutionLine: Sendable, Hashable {
    /// How the published percentage compares with the recomputed rate.
    public enum PublishedComparison: String, Sendable, Hashable {
        /// Equal at the published number of decimals.
        case agrees
        /// Different (beyond rounding at the published decimals).
        case differs
        /// A percentage is published although the ratio does not exist (e.g. "100%" over a budget of 0).
        case publishedWithoutRatio = "published_without_ratio"
        /// No percentage is published, or it cannot be read.
        case notPublished = "not_published"
    }

    public let code: String?
    public let name: String
    public let statedPath: String?
    public let initialBudget: Money?
    public let adjustedBudget: Money?
    public let finalAmount: Money?
    /// 决算数 ÷ 年初预算数.
    public let executionRate: Ratio
    /// The published percentage text, verbatim (`108.79`).
    public let publishedPercent: String?
    public let comparison: PublishedComparison

    public init(line: BudgetLine) {
        code = line.code
        name = line.name
        statedPath = line.statedPath
        initialBudget = line.initialBudget
        adjustedBudget = line.adjustedBudget
        finalAmount = line.finalAmount
        publishedPercent = line.statedExecutionPercent
        let rate = Ratio(
            numerator: RatioTerm(label: "\(line.name) 支出决算数", amount: line.finalAmount),
            denominator: RatioTerm(label: "\(line.name) 年初预算数", amount: line.initialBudget),
            basis: "决算数 ÷ 年初预算数"
        )
        executionRate = rate
        guard let text = line.statedExecutionPercent,
              let published = ExactDecimal.parsePercent(text) ?? ExactDecimal(text.filter { !$0.isWhitespace }) else {
            comparison = .notPublished
            return
        }
        guard let value = rate.value else {
            comparison = .publishedWithoutRatio
            return
        }
        let decimals = Self.decimals(of: text)
        let recomputed = line.initialBudget.flatMap { budget in line.finalAmount?.percent(of: budget, places: decimals) } ?? value
        comparison = recomputed == published ? .agrees : .differs
    }

    /// Number of decimals written in a percentage text (`108.79` → 2, `100` → 0).
    static func decimals(of text: String) -> Int {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }) else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }.count
    }

    /// `{"code", "name", "stated_path", "initial_budget", "adjusted_budget", "final_amount", "execution_rate",
    /// "published_execution_percent", "published_comparison"}`.
    public func jsonValue(_ encoder: inout AnalysisEncoder, path: String) -> JSONValue {
        .object(JSONObject([
            ("code", .string(code)), ("name", .string(name)), ("stated_path", .string(statedPath)),
            ("initial_budget", encoder.amount(initialBudget)), ("adjusted_budget", encoder.amount(adjustedBudget)),
            ("final_amount", encoder.amount(finalAmount)),
            ("execution_rate", encoder.ratio(executionRate, at: path + ".execution_rate")),
            ("published_execution_percent", .string(publishedPercent)),
            ("published_comparison", .string(comparison.rawValue)),
        ]))
    }
}
