public import JuesuanDomain

/// The published result of one scorecard (绩效自评) in one department's current disclosure: total weight and
/// score (points) and grade, for comparisons across departments.
public struct ScorecardResult: Sendable, Hashable {
    public let departmentID: String
    public let departmentName: String
    public let fiscalYear: Int
    public let scorecardID: String
    public let kind: ScorecardKind
    public let name: String
    public let publishedTotalWeight: Score?
    public let publishedTotalScore: Score?
    public let publishedGrade: String?

    public init(departmentID: String, departmentName: String, fiscalYear: Int, scorecardID: String, kind: ScorecardKind,
                name: String, publishedTotalWeight: Score?, publishedTotalScore: Score?, publishedGrade: String?) {
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.fiscalYear = fiscalYear
        self.scorecardID = scorecardID
        self.kind = kind
        self.name = name
        self.publishedTotalWeight = publishedTotalWeight
        self.publishedTotalScore = publishedTotalScore
        self.publishedGrade = publishedGrade
    }
}
