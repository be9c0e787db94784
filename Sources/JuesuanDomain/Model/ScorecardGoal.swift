/// One 年度总体目标 entry: the expected goal (预期目标) beside what was achieved (实际完成情况), verbatim.
public struct ScorecardGoal: Sendable, Hashable {
    public var expected: String?
    public var achieved: String?

    public init(expected: String?, achieved: String?) {
        self.expected = expected
        self.achieved = achieved
    }
}
