/// A parsed indicator target as JSON (for API responses next to the published text).
extension IndicatorTarget {
    /// `{"text", "kind", "direction", "direction_source", "value", "upper_value", "unit", "year", "month", "day"}`,
    /// nulls where not applicable; `direction` is the sign (`≥`, `≤`, `=`, `>`, `<`).
    public func jsonValue() -> JSONValue {
        .object(JSONObject([
            ("text", .string(text)),
            ("kind", .string(kind.rawValue)),
            ("direction", .string(direction?.rawValue)),
            ("direction_source", .string(directionSource?.rawValue)),
            ("value", value.map { .number($0.jsonNumber) } ?? .null),
            ("upper_value", upperValue.map { .number($0.jsonNumber) } ?? .null),
            ("unit", .string(unit)),
            ("year", year.map { .int($0) } ?? .null),
            ("month", month.map { .int($0) } ?? .null),
            ("day", day.map { .int($0) } ?? .null),
        ]))
    }
}
