/// A derived ratio (占比, 执行率, 增减%) as a percentage: numerator ÷ denominator × 100, computed exactly from the
/// two amounts and rounded half-up (ties away from zero, 四舍五入) to `places` decimals — `Ratio.places` (2) unless a
/// caller documents otherwise. Both terms are kept with labels saying what they are, and `basis` says which
/// definition was applied (`决算数 ÷ 年初预算数`).
///
/// A zero or missing denominator (or a missing numerator) gives `value == nil` and an `unavailability` reason; the
/// ratio is never 0 %, 100 % or infinity in that case. Computed on request, never stored.
public struct Ratio: Sendable, Hashable {
    /// Default decimal places of a percentage (96.60, 108.79).
    public static let places = 2

    /// The percentage rounded half-up to `places` decimals (96.60 means 96.60 %); nil when it does not exist.
    public let value: ExactDecimal?
    /// Decimal places of `value`.
    public let places: Int
    public let numerator: RatioTerm
    public let denominator: RatioTerm
    /// The definition applied, e.g. `财政拨款收入 ÷ 本年收入合计`.
    public let basis: String
    /// Why `value` is nil; nil when the ratio exists.
    public let unavailability: RatioUnavailability?

    /// numerator ÷ denominator as a percentage rounded half-up to `places` decimals.
    public init(numerator: RatioTerm, denominator: RatioTerm, basis: String, places: Int = Ratio.places) {
        self.numerator = numerator
        self.denominator = denominator
        self.basis = basis
        self.places = places
        guard let bottom = denominator.amount else {
            value = nil
            unavailability = .missingDenominator
            return
        }
        guard let top = numerator.amount else {
            value = nil
            unavailability = .missingNumerator
            return
        }
        guard !bottom.isZero else {
            value = nil
            unavailability = .zeroDenominator
            return
        }
        if let percent = top.percent(of: bottom, places: places) {
            value = percent
            unavailability = nil
        } else {
            value = nil
            unavailability = .overflow
        }
    }

    /// A ratio that does not exist for a reason other than its terms (e.g. no previous year).
    public init(unavailable reason: RatioUnavailability, numerator: RatioTerm, denominator: RatioTerm, basis: String,
                places: Int = Ratio.places) {
        self.numerator = numerator
        self.denominator = denominator
        self.basis = basis
        self.places = places
        self.value = nil
        self.unavailability = reason
    }

    /// The explanation of `unavailability`, nil when the ratio exists.
    public var unavailableExplanation: String? {
        unavailability.map { $0.explanation(numerator: numerator, denominator: denominator) }
    }
}
