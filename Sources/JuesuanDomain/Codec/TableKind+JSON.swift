/// A table kind described as JSON (for a kinds/columns listing endpoint).
extension TableKind {
    /// `{"id", "number", "title", "layout", "columns": [{"key", "label"}]}`; two-sided kinds list
    /// `"income_columns"` and `"expenditure_columns"` instead of `"columns"`.
    public func jsonValue() -> JSONValue {
        func columns(_ list: [TableColumn]) -> JSONValue {
            .array(list.map { .object(JSONObject([("key", .string($0.key)), ("label", .string($0.label))])) })
        }
        var object = JSONObject([
            ("id", .string(id)), ("number", .int(number)), ("title", .string(title)), ("layout", .string(layout.rawValue)),
        ])
        if isTwoSided {
            object.set("income_columns", columns(incomeOrRowColumns))
            object.set("expenditure_columns", columns(expenditureColumns))
        } else {
            object.set("columns", columns(incomeOrRowColumns))
        }
        return .object(object)
    }
}
