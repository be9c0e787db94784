/// Ratios between amounts (占比, 执行率, 增减%), computed exactly and rounded half-up.
extension Money {
    /// self ÷ `denominator` rounded half-up to `places` decimals; nil when the denominator is zero (the ratio does
    /// not exist). `Money(cents: 3715).dividedRounded(by: Money(cents: 4129), places: 4)` is 0.8997.
    public func dividedRounded(by denominator: Money, places: Int) -> ExactDecimal? {
        decimal.dividedRounded(by: denominator.decimal, places: places)
    }

    /// self as a percentage of `whole`, rounded half-up to `places` decimals; nil when `whole` is zero.
    /// 622.52 of 644.43 at 1 place is 96.6; 644.43 of 439.31 at 2 places is 146.69.
    public func percent(of whole: Money, places: Int) -> ExactDecimal? {
        ExactDecimal.percent(decimal, of: whole.decimal, places: places)
    }

    /// Year-over-year change (增减%) of self against `previous` as a percentage rounded to `places`; nil when the
    /// previous amount is zero.
    public func percentChange(from previous: Money, places: Int) -> ExactDecimal? {
        (self - previous).percent(of: previous, places: places)
    }

    /// self × `factor` rounded half-up to cents (e.g. an amount times a rate); nil on overflow.
    public func multiplied(by factor: ExactDecimal) -> Money? {
        guard let product = decimal.multiplied(by: factor) else { return nil }
        let rounded = product.rounded(places: 2)
        guard let cents = rounded.rescaled(to: 2) else { return nil }
        return Money(cents: cents.significand)
    }
}
