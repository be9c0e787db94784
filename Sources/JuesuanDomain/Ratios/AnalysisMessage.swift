/// A machine-readable note attached to a computed response (`messages[]`): why a ratio is null, that the previous
/// year is not stored, that a source table is missing. `path` is the JSON path of the value concerned in the
/// response (`$.income.lines[3].share`).
public struct AnalysisMessage: Sendable, Hashable {
    /// Stable snake_case code, e.g. `ratio_zero_denominator`, `previous_year_not_stored`, `table_not_published`.
    public let code: String
    /// JSON path of the value concerned, `$` for the whole response.
    public let path: String
    /// One English sentence with the Chinese terms.
    public let detail: String

    public init(code: String, path: String, detail: String) {
        self.code = code
        self.path = path
        self.detail = detail
    }

    /// `{"code", "path", "detail"}`.
    public func jsonValue() -> JSONValue {
        .object(JSONObject([("code", .string(code)), ("path", .string(path)), ("detail", .string(detail))]))
    }
}
