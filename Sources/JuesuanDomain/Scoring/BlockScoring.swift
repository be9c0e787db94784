/// The indicators of one 一级指标 block added up: the profile's points for the block, the sum of the indicators'
/// 分值, of their published 得分 and of their effective (recomputed, else published) scores. Points.
public struct BlockScoring: Sendable, Hashable {
    /// The profile block; nil for indicators whose 一级指标 matches no block.
    public let block: ScoringBlock?
    /// Block name (产出指标), or the published 一级指标 texts for an unmatched group.
    public let name: String
    /// The profile's points for the block; nil for the unmatched group.
    public let expectedWeight: Score?
    /// Σ 分值 of the block's indicators.
    public let weight: Score
    /// Σ published 得分.
    public let publishedScore: Score
    /// Σ effective scores.
    public let score: Score
    /// Number of indicators in the block.
    public let indicatorCount: Int

    public init(
        block: ScoringBlock?, name: String, expectedWeight: Score?, weight: Score, publishedScore: Score, score: Score,
        indicatorCount: Int
    ) {
        self.block = block
        self.name = name
        self.expectedWeight = expectedWeight
        self.weight = weight
        self.publishedScore = publishedScore
        self.score = score
        self.indicatorCount = indicatorCount
    }
}
