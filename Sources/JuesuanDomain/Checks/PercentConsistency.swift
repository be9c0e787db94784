/// Whether a printed percentage follows from the printed amounts it is computed from.
///
/// The exact ratio `numerator ÷ denominator × 100` rounded half-up at the printed percentage's decimals must give
/// the printed percentage (`agrees`). If it does not, but some values within half a unit of each printed input
/// (the inputs are rounded too) give a ratio within half a unit of the printed percentage, the difference is
/// `rounding`; otherwise the percentage is wrong (`differs`). A zero denominator has no ratio (`undefined`).
public enum PercentConsistency: Sendable, Hashable {
    case agrees(expected: ExactDecimal)
    case rounding(expected: ExactDecimal)
    case differs(expected: ExactDecimal)
    case undefined

    /// Places used for the expected percentage in findings (at least 2, more when the printed one has more).
    static func displayPlaces(_ stated: StatedNumber) -> Int { Swift.max(2, stated.decimals) }

    /// Evaluates `stated` against `numerator ÷ denominator × 100` (all non-negative in practice; signs are handled
    /// by magnitude).
    public static func evaluate(stated: StatedNumber, numerator: StatedNumber, denominator: StatedNumber) -> PercentConsistency {
        guard !denominator.value.isZero else { return .undefined }
        let places = displayPlaces(stated)
        guard let expected = ExactDecimal.percent(numerator.value, of: denominator.value, places: places),
              let atStated = ExactDecimal.percent(numerator.value, of: denominator.value, places: stated.decimals) else {
            return .undefined
        }
        if atStated == stated.value { return .agrees(expected: expected) }
        // Interval of ratios the rounded inputs allow.
        let numeratorMagnitude = abs(numerator.value)
        let denominatorMagnitude = abs(denominator.value)
        let lowNumerator = numeratorMagnitude - numerator.halfUnit
        let highNumerator = numeratorMagnitude + numerator.halfUnit
        let lowDenominator = denominatorMagnitude - denominator.halfUnit
        let highDenominator = denominatorMagnitude + denominator.halfUnit
        let statedMagnitude = abs(stated.value)
        let statedLow = statedMagnitude - stated.halfUnit
        let statedHigh = statedMagnitude + stated.halfUnit
        guard let low = ExactDecimal.percent(Swift.max(lowNumerator, .zero), of: highDenominator, places: 8) else {
            return .differs(expected: expected)
        }
        let high: ExactDecimal? = lowDenominator.isNegative || lowDenominator.isZero
            ? nil : ExactDecimal.percent(highNumerator, of: lowDenominator, places: 8)
        let overlaps = statedHigh >= low && (high.map { statedLow <= $0 } ?? true)
        return overlaps ? .rounding(expected: expected) : .differs(expected: expected)
    }

    private static func abs(_ value: ExactDecimal) -> ExactDecimal { value.isNegative ? value.negated : value }
}
