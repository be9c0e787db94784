/// An exact amount of money in the document's unit (万元 or 元), stored as an integer number of hundredths
/// (`cents`): 622.52 万元 is `Money(cents: 62252)`.
///
/// Parsed from text or JSON number literals without binary floating point; more than two decimal places is an
/// error (`1.005`), trailing zeros are fine (`1.500` is 1.50). Rendered with exactly two decimals (`192.80`,
/// `0.00`, `-0.05`). Accepted magnitudes are at most `Money.maximum` (999,999,999,999.99) so that sums of up to
/// 90,000 amounts cannot overflow; `+`/`-` trap only beyond that.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in hundredths of the unit.
    public let cents: Int64

    /// Largest accepted magnitude: 999,999,999,999.99.
    public static let maximum = Money(cents: 99_999_999_999_999)

    /// 0.00.
    public static let zero = Money(cents: 0)

    public init(cents: Int64) {
        self.cents = cents
    }

    /// A whole number of units (`Money(units: 60)` is 60.00).
    public init(units: Int) {
        self.cents = Int64(units) * 100
    }

    /// Parses `"622.52"`, `"60"`, `"192.8"`, `"-0.05"`, `"1.500"` exactly. Throws for text that is not a plain JSON
    /// number, for more than two decimals, and for magnitudes above `Money.maximum`.
    public init(parsing text: String) throws(ExactNumberError) {
        switch ScaledInteger.parse(text, scale: 2, maximumMagnitude: UInt64(Money.maximum.cents)) {
        case .success(let cents): self.cents = cents
        case .failure(let error): throw error
        }
    }

    /// The exact amount a JSON number literal denotes (see `init(parsing:)`).
    public init(jsonNumber: JSONNumber) throws(ExactNumberError) {
        try self.init(parsing: jsonNumber.literal)
    }

    /// Parses text, returning nil instead of throwing.
    public init?(_ text: String) {
        guard let value = try? Money(parsing: text) else { return nil }
        self = value
    }

    /// Two decimals: `622.52`, `192.80`, `0.00`, `-0.05`.
    public var description: String {
        let magnitude = cents.magnitude
        let units = magnitude / 100
        let hundredths = magnitude % 100
        return (cents < 0 ? "-" : "") + String(units) + "." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }

    /// The amount as a JSON number with two decimals.
    public var jsonNumber: JSONNumber { JSONNumber(validatedLiteral: description) }

    /// The amount as an exact decimal at scale 2.
    public var decimal: ExactDecimal { ExactDecimal(self) }

    public var isZero: Bool { cents == 0 }
    public var isNegative: Bool { cents < 0 }

    /// Absolute value.
    public var magnitude: Money { Money(cents: cents < 0 ? -cents : cents) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}

extension Sequence where Element == Money {
    /// The exact sum (0.00 for an empty sequence).
    public func sum() -> Money {
        reduce(Money.zero, +)
    }
}
