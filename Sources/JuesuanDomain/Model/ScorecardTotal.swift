/// The printed 总分 row of a scorecard: total weight (分值) and total score (得分), in points.
public struct ScorecardTotal: Sendable, Hashable {
    public var weight: Score?
    public var score: Score?

    public init(weight: Score?, score: Score?) {
        self.weight = weight
        self.score = score
    }
}
