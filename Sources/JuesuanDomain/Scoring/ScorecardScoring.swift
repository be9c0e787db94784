/// A whole 绩效自评表 scored under a profile: execution, every indicator, the blocks, the recomputed total and
/// grade, beside the published total and grade. Points.
///
/// `totalScore` = execution score (recomputed, else published) + Σ indicator effective scores; `totalWeight` =
/// execution 分值 + Σ indicator 分值; `grade` applies the profile's bands to `totalScore`.
public struct ScorecardScoring: Sendable, Hashable {
    public let scorecardID: String
    public let scorecardName: String
    public let profileID: String
    public let execution: ExecutionScoring
    public let indicators: [IndicatorScoring]
    /// Profile blocks in order, then one group for indicators matching no block (if any).
    public let blocks: [BlockScoring]
    /// Execution 分值 + Σ indicator 分值.
    public let totalWeight: Score
    /// Published execution 得分 + Σ published indicator 得分 (blanks count 0).
    public let publishedScoreSum: Score
    /// The recomputed total.
    public let totalScore: Score
    /// Grade of `totalScore`.
    public let grade: Grade
    /// The printed 总分 row.
    public let publishedTotal: ScorecardTotal
    /// The printed 等级 text.
    public let publishedGradeText: String?
    /// The printed grade, when its text names one.
    public let publishedGrade: Grade?

    public init(
        scorecardID: String, scorecardName: String, profileID: String, execution: ExecutionScoring,
        indicators: [IndicatorScoring], blocks: [BlockScoring], totalWeight: Score, publishedScoreSum: Score,
        totalScore: Score, grade: Grade, publishedTotal: ScorecardTotal, publishedGradeText: String?
    ) {
        self.scorecardID = scorecardID
        self.scorecardName = scorecardName
        self.profileID = profileID
        self.execution = execution
        self.indicators = indicators
        self.blocks = blocks
        self.totalWeight = totalWeight
        self.publishedScoreSum = publishedScoreSum
        self.totalScore = totalScore
        self.grade = grade
        self.publishedTotal = publishedTotal
        self.publishedGradeText = publishedGradeText
        self.publishedGrade = publishedGradeText.flatMap(Grade.init(publishedText:))
    }
}
