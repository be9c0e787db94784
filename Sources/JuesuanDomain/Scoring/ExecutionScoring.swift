/// The budget-execution part of a scorecard (年度资金, 分值 × 执行率), recomputed: the weight used (the published
/// 分值, else the profile's), the rate, and the score = 分值 × 全年执行数 ÷ 全年预算数, rounded half-up to
/// `ScorecardScorer.scorePlaces` (2) decimals and capped at 分值. Points and amounts as published.
public struct ExecutionScoring: Sendable, Hashable {
    /// Where the weight came from.
    public enum WeightSource: String, Sendable, Hashable {
        /// The scorecard's printed 分值.
        case published
        /// The profile's execution weight (the card prints none).
        case profile
    }

    /// 分值 used for the score.
    public let weight: Score
    public let weightSource: WeightSource
    /// 执行率.
    public let rate: ExecutionRate
    /// 分值 × 执行率 capped at 分值 (2 decimals); nil when the rate does not exist.
    public let score: Score?
    /// Whether the cap at 分值 applied (执行率 above 100%).
    public let capped: Bool
    /// 执行率 as printed (`100%`).
    public let publishedRateText: String?
    /// The printed rate read as a number of percent (`100`); nil when absent or unreadable.
    public let publishedRatePercent: ExactDecimal?
    /// 得分 as printed.
    public let publishedScore: Score?

    public init(funds: ScorecardFunds, profile: ScoringProfile) {
        if let published = funds.weight {
            weight = published
            weightSource = .published
        } else {
            weight = profile.executionWeight
            weightSource = .profile
        }
        rate = ExecutionRate(funds: funds)
        publishedRateText = funds.publishedExecutionRate
        publishedRatePercent = funds.publishedExecutionRate.flatMap(ExactDecimal.parsePercent)
        publishedScore = funds.publishedScore
        if rate.percent != nil, let budget = rate.fullYearBudget, let executed = rate.executed,
           let numerator = weight.multiplied(by: executed.decimal),
           let raw = numerator.dividedRounded(by: budget.decimal, places: ScorecardScorer.scorePlaces) {
            capped = raw > weight
            score = Swift.max(raw.capped(at: weight), ExactDecimal.zero)
        } else {
            capped = false
            score = nil
        }
    }

    /// The score counted in the total: the recomputed one, else the published one, else 0.
    public var effectiveScore: Score {
        score ?? publishedScore ?? .zero
    }
}
