/// Year-over-year change (与上年相比) of one amount: this year's and last year's figures (disclosure unit), the
/// change (增减额 = this year − last year) and the change as a percentage of last year (增减% = change ÷ last year,
/// rounded half-up to `Ratio.places`). Built only when the previous year's disclosure is stored; a last-year figure
/// of 0 gives a nil percentage with reason `zero_denominator`.
public struct YearOverYear: Sendable, Hashable {
    /// The previous fiscal year.
    public let previousYear: Int
    /// This year's amount.
    public let current: Money?
    /// The previous year's amount (nil when that disclosure does not publish it).
    public let previous: Money?
    /// current − previous; nil when either is missing.
    public let change: Money?
    /// change ÷ previous as a percentage.
    public let percent: Ratio

    public init(label: String, current: Money?, previous: Money?, previousYear: Int) {
        self.previousYear = previousYear
        self.current = current
        self.previous = previous
        if let current, let previous {
            change = current - previous
        } else {
            change = nil
        }
        let numerator = RatioTerm(label: "\(label) 增减额 (本年 − \(previousYear)年)", amount: change)
        let denominator = RatioTerm(label: "\(label) \(previousYear)年决算数", amount: previous)
        if current == nil {
            percent = Ratio(unavailable: .missingNumerator, numerator: numerator, denominator: denominator,
                            basis: "(本年数 − 上年数) ÷ 上年数")
        } else {
            percent = Ratio(numerator: numerator, denominator: denominator, basis: "(本年数 − 上年数) ÷ 上年数")
        }
    }
}
