/// The 尾数误差 rule: published amounts are rounded to 0.01 of the document unit, so a figure compared with a sum
/// of `parts` rounded figures may differ by up to 0.01 × parts (a figure compared with one other figure: 0.01).
/// A difference within that tolerance is graded `rounding`, never `error`.
///
/// Amounts stated with fewer decimals (`67.4万元`, `2万元`) agree with a figure that rounds to them at the stated
/// decimals; otherwise the same tolerance applies.
public enum RoundingTolerance {
    /// One hundredth of the unit.
    public static let step = ExactDecimal(significand: 1, scale: 2)

    /// 0.01 × max(parts, 1).
    public static func tolerance(parts: Int) -> ExactDecimal {
        ExactDecimal(significand: Int64(Swift.max(parts, 1)), scale: 2)
    }

    /// The outcome of comparing a stated amount with the figure it should equal.
    public enum Outcome: Sendable, Hashable {
        /// Equal (or equal at the stated number of decimals).
        case agrees
        /// Different by no more than the tolerance.
        case rounding(tolerance: ExactDecimal)
        /// Different beyond the tolerance.
        case differs(tolerance: ExactDecimal)
    }

    /// Compares `stated` (printed with `statedDecimals` decimals) with `expected`, which is a sum of `parts`
    /// rounded figures.
    public static func compare(stated: ExactDecimal, statedDecimals: Int = 2, expected: ExactDecimal, parts: Int) -> Outcome {
        if stated == expected { return .agrees }
        if statedDecimals < 2, expected.rounded(places: statedDecimals) == stated { return .agrees }
        let tolerance = tolerance(parts: parts)
        guard let difference = stated.subtracting(expected) else { return .differs(tolerance: tolerance) }
        let magnitude = difference.isNegative ? difference.negated : difference
        return magnitude <= tolerance ? .rounding(tolerance: tolerance) : .differs(tolerance: tolerance)
    }

    /// Compares two amounts.
    public static func compare(stated: Money, expected: Money, parts: Int) -> Outcome {
        compare(stated: stated.decimal, expected: expected.decimal, parts: parts)
    }
}
