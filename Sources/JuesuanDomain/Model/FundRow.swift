/// One row of a scorecard's funds block: 年初预算数, 全年预算数, 全年执行数 in the disclosure's unit (nil = blank).
public struct FundRow: Sendable, Hashable {
    public var initialBudget: Money?
    public var fullYearBudget: Money?
    public var executed: Money?

    public init(initialBudget: Money? = nil, fullYearBudget: Money? = nil, executed: Money? = nil) {
        self.initialBudget = initialBudget
        self.fullYearBudget = fullYearBudget
        self.executed = executed
    }
}
