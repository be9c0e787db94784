/// One 三级指标 row of a scorecard: its 一级/二级 headings, name, target (年度指标值) and actual (实际完成值) text
/// as printed, 分值 (weight, points), published 得分 (points) and 偏差原因分析及改进措施.
public struct ScorecardIndicator: Sendable, Hashable {
    /// 一级指标, e.g. 产出指标.
    public var level1: String?
    /// 二级指标, e.g. 数量指标.
    public var level2: String?
    /// 三级指标 as printed, possibly with a direction/unit hint: 矛盾纠纷调解(≥,件).
    public var name: String
    public var targetText: String?
    public var actualText: String?
    public var weight: Score?
    public var publishedScore: Score?
    public var deviationNote: String?

    public init(
        level1: String? = nil, level2: String? = nil, name: String, targetText: String? = nil, actualText: String? = nil,
        weight: Score? = nil, publishedScore: Score? = nil, deviationNote: String? = nil
    ) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.targetText = targetText
        self.actualText = actualText
        self.weight = weight
        self.publishedScore = publishedScore
        self.deviationNote = deviationNote
    }

    /// The target parsed from `targetText` with the name's hint (direction, unit); `.empty` when there is none.
    public var target: IndicatorTarget {
        IndicatorTarget.parse(text: targetText ?? "", nameHint: name)
    }

    /// The actual value parsed the same way (`460`, `100.00%`, `拨付完成`).
    public var actual: IndicatorTarget {
        IndicatorTarget.parse(text: actualText ?? "", nameHint: name)
    }
}
