/// 年度资金 of a scorecard: the total row split into 当年财政拨款, 上年结转资金 and 其他资金, the block's 分值
/// (weight, usually 10), and the published 执行率 and 得分.
public struct ScorecardFunds: Sendable, Hashable {
    /// 合计.
    public var total: FundRow
    /// 其中: 当年财政拨款.
    public var currentYearAppropriation: FundRow
    /// 上年结转资金.
    public var priorYearCarryover: FundRow
    /// 其他资金.
    public var other: FundRow
    /// 分值 (points).
    public var weight: Score?
    /// 执行率 as printed, e.g. `100%`.
    public var publishedExecutionRate: String?
    /// 得分 as printed (points).
    public var publishedScore: Score?

    public init(
        total: FundRow = FundRow(), currentYearAppropriation: FundRow = FundRow(), priorYearCarryover: FundRow = FundRow(),
        other: FundRow = FundRow(), weight: Score? = nil, publishedExecutionRate: String? = nil, publishedScore: Score? = nil
    ) {
        self.total = total
        self.currentYearAppropriation = currentYearAppropriation
        self.priorYearCarryover = priorYearCarryover
        self.other = other
        self.weight = weight
        self.publishedExecutionRate = publishedExecutionRate
        self.publishedScore = publishedScore
    }
}
