/// Exact arithmetic on decimals. Operations that could overflow Int64 return nil instead of trapping, because the
/// operands usually come from documents submitted by users.
extension ExactDecimal {
    /// self + other at the larger scale; nil on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let scale = max(self.scale, other.scale)
        guard let left = rescaled(to: scale), let right = other.rescaled(to: scale) else { return nil }
        let (sum, overflow) = left.significand.addingReportingOverflow(right.significand)
        return overflow ? nil : ExactDecimal(significand: sum, scale: scale)
    }

    /// self − other at the larger scale; nil on overflow.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        let scale = max(self.scale, other.scale)
        guard let left = rescaled(to: scale), let right = other.rescaled(to: scale) else { return nil }
        let (difference, overflow) = left.significand.subtractingReportingOverflow(right.significand)
        return overflow ? nil : ExactDecimal(significand: difference, scale: scale)
    }

    /// self × other exactly (scale = sum of scales, normalized when above 18); nil on overflow.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let left = scale + other.scale > ExactDecimal.maximumScale ? normalized : self
        let right = scale + other.scale > ExactDecimal.maximumScale ? other.normalized : other
        guard left.scale + right.scale <= ExactDecimal.maximumScale else { return nil }
        let (product, overflow) = left.significand.multipliedReportingOverflow(by: right.significand)
        return overflow ? nil : ExactDecimal(significand: product, scale: left.scale + right.scale)
    }

    /// −self.
    public var negated: ExactDecimal {
        ExactDecimal(significand: -significand, scale: scale)
    }

    /// `min(self, limit)`, e.g. a score capped at its weight (得分 never above 分值).
    public func capped(at limit: ExactDecimal) -> ExactDecimal {
        self > limit ? limit : self
    }

    /// self ÷ `denominator`, rounded half-up (ties away from zero) to `places` decimals (0…18).
    ///
    /// Computed by exact long division on magnitudes, so no intermediate ever goes through floating point.
    /// Returns nil when the denominator is zero (the ratio does not exist) or the result does not fit.
    public func dividedRounded(by denominator: ExactDecimal, places: Int) -> ExactDecimal? {
        guard denominator.significand != 0, (0...ExactDecimal.maximumScale).contains(places) else { return nil }
        // value = (A / B) × 10^(sb − sa); result significand R = round(A × 10^(places + sb − sa) / B).
        let exponent = places + denominator.scale - scale
        let numerator = significand.magnitude
        var divisor = denominator.significand.magnitude
        var shift = exponent
        if shift < 0 {
            for _ in 0 ..< -shift {
                let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
                if overflow {
                    // divisor ≥ 2^64 > 2 × |numerator|: the quotient rounds to zero.
                    return ExactDecimal(significand: 0, scale: places)
                }
                divisor = next
            }
            shift = 0
        }
        var quotient = numerator / divisor
        var remainder = numerator % divisor
        for _ in 0..<shift {
            let product = remainder.multipliedFullWidth(by: 10)
            let (digit, nextRemainder) = divisor.dividingFullWidth(product)
            let (widened, overflowMultiply) = quotient.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = widened.addingReportingOverflow(digit)
            if overflowMultiply || overflowAdd { return nil }
            quotient = next
            remainder = nextRemainder
        }
        // Half-up: remainder ≥ divisor / 2. remainder < divisor ≤ 2^64 − 1, compare without overflow.
        if remainder >= divisor - remainder {
            let (next, overflow) = quotient.addingReportingOverflow(1)
            if overflow { return nil }
            quotient = next
        }
        guard quotient <= UInt64(Int64.max) else { return nil }
        let negative = (significand < 0) != (denominator.significand < 0)
        let value = Int64(quotient)
        return ExactDecimal(significand: negative ? -value : value, scale: places)
    }

    /// `part` ÷ `whole` × 100 rounded half-up to `places` decimals (占比, 完成预算 %); nil when `whole` is zero.
    /// `percent(12, of: 40, places: 2)` is 30.00.
    public static func percent(_ part: ExactDecimal, of whole: ExactDecimal, places: Int) -> ExactDecimal? {
        guard places + 2 <= maximumScale, let ratio = part.dividedRounded(by: whole, places: places + 2) else { return nil }
        // Rounding the ratio at places + 2 is the same as rounding the percentage at places.
        return ExactDecimal(significand: ratio.significand, scale: places)
    }

    /// Reads a published percentage such as `"100%"`, `"86.1%"`, `"100.00 %"`, `"41.54％"` (full-width sign) as its
    /// number of percent (100, 86.1, …); nil when the text is not a number followed by a percent sign.
    public static func parsePercent(_ text: String) -> ExactDecimal? {
        var trimmed = text.filter { !$0.isWhitespace }
        guard let last = trimmed.last, last == "%" || last == "％" else { return nil }
        trimmed.removeLast()
        return ExactDecimal(trimmed)
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let sum = lhs.adding(rhs) else { preconditionFailure("ExactDecimal overflow in \(lhs) + \(rhs)") }
        return sum
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let difference = lhs.subtracting(rhs) else { preconditionFailure("ExactDecimal overflow in \(lhs) - \(rhs)") }
        return difference
    }
}
