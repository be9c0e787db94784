/// One side of a ratio (分子 numerator or 分母 denominator): the amount, in the disclosure's unit, and a label saying
/// what it is and where it was read (`财政拨款收入 (公开02表 合计 row)`). `amount` is nil when the disclosure does not
/// publish the figure.
public struct RatioTerm: Sendable, Hashable {
    /// What the amount is, in Chinese with its source table.
    public let label: String
    /// The amount in the disclosure's unit (万元 or 元); nil when not published.
    public let amount: Money?

    public init(label: String, amount: Money?) {
        self.label = label
        self.amount = amount
    }
}
