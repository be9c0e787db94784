/// An exact decimal number: `significand` × 10^(−`scale`), for scores (分值, 得分), weights, rates and percentages.
///
/// Never touches binary floating point. Equality and ordering are by value (`2.50 == 2.5`); the canonical text is
/// the shortest exact form (`2.5`, `10`, `0.3`). `scale` is 0…18. Rounding is half-up, away from zero on ties
/// (四舍五入: 2.345 → 2.35, −2.345 → −2.35).
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The integer digits, e.g. 25 for 2.5 at scale 1.
    public let significand: Int64
    /// Number of decimal places the significand carries (0…18).
    public let scale: Int

    /// Largest supported scale.
    public static let maximumScale = 18

    /// Zero.
    public static let zero = ExactDecimal(significand: 0, scale: 0)

    /// significand × 10^(−scale). `scale` must be in 0…18.
    public init(significand: Int64, scale: Int) {
        precondition((0...ExactDecimal.maximumScale).contains(scale), "ExactDecimal scale \(scale) outside 0...18")
        self.significand = significand
        self.scale = scale
    }

    public init(_ value: Int) {
        self.init(significand: Int64(value), scale: 0)
    }

    public init(integerLiteral value: Int64) {
        self.init(significand: value, scale: 0)
    }

    /// The amount's exact value (scale 2).
    public init(_ money: Money) {
        self.init(significand: money.cents, scale: 2)
    }

    /// Parses a decimal literal exactly ("2.5", "108.79", "-0.05", "1e2"); the scale is the smallest that holds
    /// the value. Throws for non-numbers, more than 18 decimals, or values beyond Int64 at that scale.
    public init(parsing text: String) throws(ExactNumberError) {
        guard let scale = ScaledInteger.minimalScale(of: text) else { throw .notANumber(text) }
        guard scale <= ExactDecimal.maximumScale else { throw .tooManyDecimals(text, allowed: ExactDecimal.maximumScale) }
        switch ScaledInteger.parse(text, scale: scale, maximumMagnitude: UInt64(Int64.max)) {
        case .success(let significand): self.init(significand: significand, scale: scale)
        case .failure(let error): throw error
        }
    }

    /// The exact value of a JSON number literal.
    public init(jsonNumber: JSONNumber) throws(ExactNumberError) {
        try self.init(parsing: jsonNumber.literal)
    }

    /// Parses text, returning nil instead of throwing.
    public init?(_ text: String) {
        guard let value = try? ExactDecimal(parsing: text) else { return nil }
        self = value
    }

    /// The same value with trailing fractional zeros removed (2.50 → 2.5, 10.00 → 10).
    public var normalized: ExactDecimal {
        var significand = self.significand
        var scale = self.scale
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        return ExactDecimal(significand: significand, scale: scale)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// Shortest exact text: `2.5`, `10`, `-0.05`, `0`.
    public var description: String { normalized.formatted(places: normalized.scale) }

    /// The value rounded half-up to `places` decimals and written with exactly that many (`formatted(places: 2)`
    /// of 146.6862 is `146.69`; of 100 is `100.00`).
    public func formatted(places: Int) -> String {
        let value = rounded(places: places)
        let scaled: ExactDecimal
        if value.scale < places, let widened = value.rescaled(to: places) {
            scaled = widened
        } else {
            scaled = value
        }
        let magnitude = String(scaled.significand.magnitude)
        let sign = scaled.significand < 0 ? "-" : ""
        guard scaled.scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, scaled.scale + 1 - magnitude.count)) + magnitude
        let split = padded.index(padded.endIndex, offsetBy: -scaled.scale)
        return sign + padded[..<split] + "." + padded[split...]
    }

    /// The value rounded half-up (ties away from zero) to at most `places` decimals. Values that already have
    /// `places` or fewer decimals are returned unchanged.
    public func rounded(places: Int) -> ExactDecimal {
        let places = max(0, places)
        guard places < scale else { return self }
        let divisor = powersOfTen[scale - places]
        var (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
        if remainder.magnitude * 2 >= divisor.magnitude {
            quotient += significand < 0 ? -1 : 1
        }
        return ExactDecimal(significand: quotient, scale: places)
    }

    /// The same value at a larger scale (more trailing zeros); nil if the significand would overflow or the scale
    /// exceeds 18. Use `rounded(places:)` to reduce the scale.
    public func rescaled(to newScale: Int) -> ExactDecimal? {
        guard newScale >= scale, newScale <= ExactDecimal.maximumScale else { return nil }
        let (value, overflow) = significand.multipliedReportingOverflow(by: powersOfTen[newScale - scale])
        return overflow ? nil : ExactDecimal(significand: value, scale: newScale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) == 0
    }

    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.significand)
        hasher.combine(value.scale)
    }

    /// −1, 0 or 1, comparing exactly across scales with 128-bit intermediate products.
    static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        let scale = max(lhs.scale, rhs.scale)
        let left = lhs.significand.multipliedFullWidth(by: powersOfTen[scale - lhs.scale])
        let right = rhs.significand.multipliedFullWidth(by: powersOfTen[scale - rhs.scale])
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }
}
