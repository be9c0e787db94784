/// How a region scores its 绩效自评表: the points for budget execution (预算执行率, 10 by default), the 一级指标
/// blocks with their points (产出 50, 效益 30, 满意度 10 by default) and the grade bands. All figures in points;
/// a profile's weights add up to its `totalWeight` (100 for the national template).
///
/// Regional variants are profiles of their own, e.g. execution 20 / 产出 40 / 效益 30 / 满意度 10, or a template
/// with a separate 成本指标 block: build them with `init` and pass them to `ScorecardScorer`.
public struct ScoringProfile: Sendable, Hashable {
    /// Stable ASCII identifier, e.g. `standard`.
    public var id: String
    /// Human-readable name.
    public var name: String
    /// Points for budget execution (年度资金 分值).
    public var executionWeight: Score
    /// The 一级指标 blocks, in printed order.
    public var blocks: [ScoringBlock]
    /// Grade bands applied to the total.
    public var gradeBands: GradeBands

    public init(id: String, name: String, executionWeight: Score, blocks: [ScoringBlock], gradeBands: GradeBands = .standard) {
        self.id = id
        self.name = name
        self.executionWeight = executionWeight
        self.blocks = blocks
        self.gradeBands = gradeBands
    }

    /// The national default: execution 10, 产出指标 50, 效益指标 30, 满意度指标 10 (= 100); 优 ≥ 90, 良 ≥ 80,
    /// 中 ≥ 60, 差 below.
    public static let standard = ScoringProfile(
        id: "standard", name: "全国通用模板 (执行率 10, 产出 50, 效益 30, 满意度 10)", executionWeight: 10,
        blocks: [
            ScoringBlock(id: "output", name: "产出指标", weight: 50, keywords: ["产出"]),
            ScoringBlock(id: "outcome", name: "效益指标", weight: 30, keywords: ["效益"]),
            ScoringBlock(id: "satisfaction", name: "满意度指标", weight: 10, keywords: ["满意"]),
        ]
    )

    /// Execution weight plus every block's weight.
    public var totalWeight: Score {
        blocks.reduce(executionWeight) { $0.sumAdding($1.weight) }
    }

    /// The block a published 一级指标 text belongs to, nil when none matches.
    public func block(forLevel1 level1: String?) -> ScoringBlock? {
        guard let level1 else { return nil }
        return blocks.first { $0.matches(level1: level1) }
    }
}
