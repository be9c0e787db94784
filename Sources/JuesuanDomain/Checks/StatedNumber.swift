/// A number as printed: its exact value and how many decimals were printed, which fixes how far the true value
/// can be from it (half a unit of the last printed place: `67.4` stands for 67.35…67.45). Table amounts have
/// 2 decimals.
public struct StatedNumber: Sendable, Hashable {
    public let value: ExactDecimal
    /// Decimals printed (0 for `60`, 1 for `67.4`).
    public let decimals: Int

    public init(_ value: ExactDecimal, decimals: Int) {
        self.value = value
        self.decimals = decimals
    }

    /// A table amount (2 decimals).
    public init(_ money: Money) {
        self.init(money.decimal, decimals: 2)
    }

    /// The value as an amount, rounded half-up to cents when it has more decimals (a 元 figure re-expressed in 万元);
    /// nil beyond the amount range.
    public var money: Money? {
        Money(value.rounded(places: 2).description)
    }

    /// Half a unit of the last printed place (0.005 for two decimals).
    public var halfUnit: ExactDecimal {
        ExactDecimal(significand: 5, scale: Swift.min(decimals + 1, ExactDecimal.maximumScale))
    }
}
