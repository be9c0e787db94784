/// 机关运行经费: the administrative operating costs stated in the narrative, in the disclosure's unit.
public struct OperatingCosts: Sendable, Hashable {
    public var amount: Money?

    public init(amount: Money?) {
        self.amount = amount
    }
}
