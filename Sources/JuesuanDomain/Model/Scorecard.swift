/// A 绩效自评表 (performance self-evaluation scorecard) for the whole department or one project: funds, goals,
/// indicators, and the published total and grade (等级: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60). Amounts are in the
/// disclosure's unit, scores in points.
public struct Scorecard: Sendable, Hashable {
    /// ASCII slug unique within the disclosure (`department`, `yifa-zhiqu`).
    public var id: String
    public var kind: ScorecardKind
    /// 部门整体支出, or the project's 专项名称.
    public var name: String
    /// 支出方向名称 (子项目).
    public var subProject: String?
    /// 项目总投资.
    public var totalInvestment: Money?
    /// 其中: 财政拨款.
    public var ofWhichAppropriation: Money?
    /// 项目总实施期, e.g. 全年.
    public var period: String?
    public var funds: ScorecardFunds
    public var goals: [ScorecardGoal]
    public var indicators: [ScorecardIndicator]
    public var publishedTotal: ScorecardTotal
    /// 等级 as printed, e.g. 优.
    public var publishedGrade: String?

    public init(
        id: String, kind: ScorecardKind, name: String, subProject: String? = nil, totalInvestment: Money? = nil,
        ofWhichAppropriation: Money? = nil, period: String? = nil, funds: ScorecardFunds = ScorecardFunds(),
        goals: [ScorecardGoal] = [], indicators: [ScorecardIndicator] = [],
        publishedTotal: ScorecardTotal = ScorecardTotal(weight: nil, score: nil), publishedGrade: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.subProject = subProject
        self.totalInvestment = totalInvestment
        self.ofWhichAppropriation = ofWhichAppropriation
        self.period = period
        self.funds = funds
        self.goals = goals
        self.indicators = indicators
        self.publishedTotal = publishedTotal
        self.publishedGrade = publishedGrade
    }
}
