/// The grade bands (等级划分) applied to a scorecard total, in points: a total at or above `excellentFrom` is 优,
/// at or above `goodFrom` 良, at or above `fairFrom` 中, below it 差. The national default is 90 / 80 / 60
/// ("90 分（含）—100 分为优, 80 分（含）—90 分为良, 60 分（含）—80 分为中, 60 分以下为差").
public struct GradeBands: Sendable, Hashable {
    /// Lowest total graded 优 (inclusive).
    public var excellentFrom: Score
    /// Lowest total graded 良 (inclusive).
    public var goodFrom: Score
    /// Lowest total graded 中 (inclusive).
    public var fairFrom: Score

    public init(excellentFrom: Score, goodFrom: Score, fairFrom: Score) {
        self.excellentFrom = excellentFrom
        self.goodFrom = goodFrom
        self.fairFrom = fairFrom
    }

    /// 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
    public static let standard = GradeBands(excellentFrom: 90, goodFrom: 80, fairFrom: 60)

    /// The grade of `total` points (band lower bounds are inclusive).
    public func grade(for total: Score) -> Grade {
        if total >= excellentFrom { return .excellent }
        if total >= goodFrom { return .good }
        if total >= fairFrom { return .fair }
        return .poor
    }
}
