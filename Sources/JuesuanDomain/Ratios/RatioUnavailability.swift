/// Why a ratio has no value. Machine-readable (`code`) with an English explanation; a ratio over a zero or missing
/// denominator does not exist — it is never reported as 0 %, 100 % or infinity.
public enum RatioUnavailability: String, Sendable, Hashable, CaseIterable {
    /// The denominator is 0.00 (e.g. a 年初预算 of 0).
    case zeroDenominator = "zero_denominator"
    /// The denominator is not published (blank cell, missing table or row).
    case missingDenominator = "missing_denominator"
    /// The numerator is not published.
    case missingNumerator = "missing_numerator"
    /// The previous year's disclosure (for a year-over-year change) is not stored.
    case previousYearNotStored = "previous_year_not_stored"
    /// The exact quotient does not fit an exact decimal (astronomically large ratios).
    case overflow

    /// The machine-readable code used in `messages[].code`: `ratio_zero_denominator`, ….
    public var code: String { "ratio_" + rawValue }

    /// One English sentence naming the missing or zero figure.
    public func explanation(numerator: RatioTerm, denominator: RatioTerm) -> String {
        switch self {
        case .zeroDenominator:
            "the denominator \(denominator.label) is 0, so the ratio does not exist"
        case .missingDenominator:
            "the denominator \(denominator.label) is not published, so the ratio cannot be computed"
        case .missingNumerator:
            "the numerator \(numerator.label) is not published, so the ratio cannot be computed"
        case .previousYearNotStored:
            "the previous year's disclosure is not stored, so there is no year-over-year change"
        case .overflow:
            "the ratio of \(numerator.label) to \(denominator.label) is too large to represent exactly"
        }
    }
}
