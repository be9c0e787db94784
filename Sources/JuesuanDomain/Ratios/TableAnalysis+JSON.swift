extension TableAnalysis {
    /// The table number as used in URLs: `01` … `09`.
    public static func urlNumber(_ kind: TableKind) -> String {
        kind.number < 10 ? "0\(kind.number)" : String(kind.number)
    }

    /// `{"kind", "number", "printed_number", "title", "state", "empty_reason", "note", "layout", "columns",
    /// "row_count", "level", "check_counts", "rows"}`. Each row: `index`, `side`, `line`, `code` (as printed),
    /// `restored_code`, `code_status`, `name`, `level`, `parent`, `values` (the kind's columns in order, null for
    /// blank cells), `checks`.
    public func jsonValue() -> JSONValue {
        let kind = table.kind
        func columns(_ list: [TableColumn], side: String?) -> [JSONValue] {
            list.map { .object(JSONObject([("key", .string($0.key)), ("label", .string($0.label)), ("side", .string(side))])) }
        }
        let columnList: [JSONValue] = kind.isTwoSided
            ? columns(kind.incomeOrRowColumns, side: RowSide.income.rawValue) + columns(kind.expenditureColumns, side: RowSide.expenditure.rawValue)
            : columns(kind.incomeOrRowColumns, side: nil)
        let counts = checkCounts
        let rowsJSON: [JSONValue] = rows.map { analyzed in
            let row = analyzed.row
            var values = JSONObject()
            for column in kind.columns(for: row.side) {
                values.set(column.key, row[column.key].map { .number($0.jsonNumber) } ?? .null)
            }
            return .object(JSONObject([
                ("index", .int(analyzed.index)), ("side", .string(row.side?.rawValue)), ("line", row.line.map { .int($0) } ?? .null),
                ("code", .string(row.code)), ("restored_code", .string(analyzed.restoredCode)), ("code_status", .string(analyzed.codeStatus)),
                ("name", .string(row.name)), ("level", .string(analyzed.level?.rawValue)), ("parent", .string(analyzed.parentCode)),
                ("values", .object(values)), ("checks", .array(analyzed.checks.map { $0.jsonValue() })),
            ]))
        }
        return .object(JSONObject([
            ("kind", .string(kind.id)), ("number", .string(Self.urlNumber(kind))), ("printed_number", .string(table.printedNumber)),
            ("title", .string(table.title)), ("state", .string(table.state.name)), ("empty_reason", .string(table.state.emptyReason)),
            ("note", .string(table.note)), ("layout", .string(kind.layout.rawValue)), ("columns", .array(columnList)),
            ("row_count", .int(publishedRowCount)), ("level", .string(maximumLevel?.rawValue)),
            ("check_counts", .object(JSONObject([
                ("agrees", .int(counts.agrees)), ("rounding", .int(counts.rounding)), ("differs", .int(counts.differs)),
            ]))),
            ("rows", .array(rowsJSON)),
        ]))
    }
}
