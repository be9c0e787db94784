/// The whole of a computed breakdown (本年收入合计, 本年支出合计, 基本支出): label, source, amount in the disclosure
/// unit, and its year-over-year change when the previous year is stored.
public struct AmountTotal: Sendable, Hashable {
    public let label: String
    /// Where the amount was read.
    public let source: String
    public let amount: Money?
    public let yearOverYear: YearOverYear?

    public init(label: String, source: String, amount: Money?, yearOverYear: YearOverYear?) {
        self.label = label
        self.source = source
        self.amount = amount
        self.yearOverYear = yearOverYear
    }

    /// The denominator term of the breakdown's shares.
    public var term: RatioTerm { RatioTerm(label: "\(label) (\(source))", amount: amount) }

    /// `{"label", "source", "amount", "year_over_year"}`.
    public func jsonValue(_ encoder: inout AnalysisEncoder, path: String) -> JSONValue {
        .object(JSONObject([
            ("label", .string(label)), ("source", .string(source)), ("amount", encoder.amount(amount)),
            ("year_over_year", encoder.yearOverYear(yearOverYear, at: path + ".year_over_year")),
        ]))
    }
}
