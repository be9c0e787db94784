/// One line of a computed breakdown (a source of income, a functional 类, 基本/项目支出, 人员经费/公用经费): its key,
/// label, the amount (disclosure unit), its share of the breakdown's whole, and the year-over-year change when the
/// previous year is stored.
public struct AmountLine: Sendable, Hashable {
    /// Stable key: a column key (`appropriation`), a classification code (`204`) or a group id (`personnel`).
    public let key: String
    /// Chinese label as published or as the template names it.
    public let label: String
    /// Where the amount was read, e.g. `公开02表 合计 财政拨款收入`.
    public let source: String
    public let amount: Money?
    /// amount ÷ the breakdown's whole.
    public let share: Ratio
    /// Change against the previous year; nil when the previous year is not stored.
    public let yearOverYear: YearOverYear?

    public init(key: String, label: String, source: String, amount: Money?, share: Ratio, yearOverYear: YearOverYear?) {
        self.key = key
        self.label = label
        self.source = source
        self.amount = amount
        self.share = share
        self.yearOverYear = yearOverYear
    }

    /// `{"key", "label", "source", "amount", "share", "year_over_year"}`.
    public func jsonValue(_ encoder: inout AnalysisEncoder, path: String) -> JSONValue {
        .object(JSONObject([
            ("key", .string(key)), ("label", .string(label)), ("source", .string(source)), ("amount", encoder.amount(amount)),
            ("share", encoder.ratio(share, at: path + ".share")),
            ("year_over_year", encoder.yearOverYear(yearOverYear, at: path + ".year_over_year")),
        ]))
    }
}
