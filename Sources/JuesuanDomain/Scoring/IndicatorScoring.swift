/// One 三级指标 of a scorecard, scored: the parsed target and actual, the rule applied, the published 分值 and
/// 得分, the recomputed score (nil when the rule does not recompute), whether the target was met, and a flag for a
/// kept score whose target and actual say "met" while points were taken. Points; 2 decimals.
public struct IndicatorScoring: Sendable, Hashable {
    /// Position of the indicator in the scorecard (0-based).
    public let index: Int
    /// 三级指标 name as printed.
    public let name: String
    /// 一级指标 as printed.
    public let level1: String?
    /// The profile block the indicator counts in (`output`), nil when its 一级指标 matches none.
    public let blockID: String?
    public let target: IndicatorTarget
    public let actual: IndicatorTarget
    public let rule: IndicatorRule
    /// Whether the direction was assumed (a bare number is read as higher-better).
    public let directionAssumed: Bool
    /// 分值.
    public let weight: Score?
    /// 得分 as printed.
    public let publishedScore: Score?
    /// The score the rule gives; nil for qualitative and unscorable indicators.
    public let computedScore: Score?
    /// Whether the actual meets the target; nil when that cannot be told.
    public let met: Bool?
    /// A kept (not recomputed) score below 分值 although target and actual say the target was met.
    public let metButDeducted: Bool
    /// One English sentence saying how the score was obtained.
    public let explanation: String

    public init(
        index: Int, name: String, level1: String?, blockID: String?, target: IndicatorTarget, actual: IndicatorTarget,
        rule: IndicatorRule, directionAssumed: Bool, weight: Score?, publishedScore: Score?, computedScore: Score?,
        met: Bool?, metButDeducted: Bool, explanation: String
    ) {
        self.index = index
        self.name = name
        self.level1 = level1
        self.blockID = blockID
        self.target = target
        self.actual = actual
        self.rule = rule
        self.directionAssumed = directionAssumed
        self.weight = weight
        self.publishedScore = publishedScore
        self.computedScore = computedScore
        self.met = met
        self.metButDeducted = metButDeducted
        self.explanation = explanation
    }

    /// The score counted in totals: the recomputed one, else the published one (nil when neither exists).
    public var effectiveScore: Score? {
        computedScore ?? publishedScore
    }
}
