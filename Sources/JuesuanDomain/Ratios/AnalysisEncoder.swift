/// Writes computed figures (amounts, ratios, year-over-year changes) as JSON for API responses and collects a
/// `messages[]` entry, with the JSON path, for every ratio that has no value. Amounts are written exactly with two
/// decimals in the disclosure's unit, which every ratio term repeats (`"unit": "万元"`); percentages with their
/// documented places (`96.60`).
public struct AnalysisEncoder: Sendable {
    /// The unit of every amount written.
    public let unit: AmountUnit
    /// Messages collected so far, in the order the values were written.
    public private(set) var messages: [AnalysisMessage] = []

    public init(unit: AmountUnit) {
        self.unit = unit
    }

    /// An amount as an exact JSON number (`622.52`), or null.
    public func amount(_ money: Money?) -> JSONValue {
        money.map { .number($0.jsonNumber) } ?? .null
    }

    /// Adds a message.
    public mutating func note(code: String, path: String, detail: String) {
        messages.append(AnalysisMessage(code: code, path: path, detail: detail))
    }

    /// `{"label", "amount", "unit"}`.
    public func term(_ term: RatioTerm) -> JSONValue {
        .object(JSONObject([("label", .string(term.label)), ("amount", amount(term.amount)), ("unit", .string(unit.rawValue))]))
    }

    /// `{"value", "unit": "%", "places", "numerator", "denominator", "basis", "reason"}`; a null value adds a
    /// message with `path`.
    public mutating func ratio(_ ratio: Ratio, at path: String) -> JSONValue {
        if let reason = ratio.unavailability, reason != .previousYearNotStored {
            note(code: reason.code, path: path + ".value", detail: ratio.unavailableExplanation ?? reason.rawValue)
        }
        return .object(JSONObject([
            ("value", ratio.value.map { .number($0.jsonNumber(places: ratio.places)) } ?? .null),
            ("unit", .string("%")),
            ("places", .int(ratio.places)),
            ("numerator", term(ratio.numerator)),
            ("denominator", term(ratio.denominator)),
            ("basis", .string(ratio.basis)),
            ("reason", .string(ratio.unavailability?.rawValue)),
        ]))
    }

    /// `{"previous_year", "previous", "change", "percent"}`, or null when the previous year is not stored.
    public mutating func yearOverYear(_ change: YearOverYear?, at path: String) -> JSONValue {
        guard let change else { return .null }
        return .object(JSONObject([
            ("previous_year", .int(change.previousYear)),
            ("previous", amount(change.previous)),
            ("change", amount(change.change)),
            ("percent", ratio(change.percent, at: path + ".percent")),
        ]))
    }

    /// The collected messages as a JSON array.
    public var messagesJSON: JSONValue { .array(messages.map { $0.jsonValue() }) }
}
