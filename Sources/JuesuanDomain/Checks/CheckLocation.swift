/// Where a finding points: a table cell (table kind, row code and name, side and 行次, column), a span of narrative
/// text (section number and the quoted figure text), a budget line, a scorecard field, or a profile field.
public struct CheckLocation: Sendable, Hashable, CustomStringConvertible {
    /// What part of the disclosure the location is in.
    public enum Kind: String, Sendable, Hashable {
        case cell
        case table
        case narrative
        case performanceReport = "performance_report"
        case budgetLine = "budget_line"
        case scorecard
        case profile
        case statement
    }

    public let kind: Kind
    /// Table kind id (`income`), for cells and tables.
    public var table: String?
    /// Printed row code.
    public var rowCode: String?
    /// Printed row name.
    public var rowName: String?
    /// Side of a two-sided table.
    public var side: RowSide?
    /// 行次.
    public var line: Int?
    /// Column key (`appropriation`).
    public var column: String?
    /// Narrative section number (`五`), report section title, budget line index, or scorecard id.
    public var section: String?
    /// The quoted text span (`财政拨款支出644.43万元`).
    public var quote: String?
    /// Scorecard indicator index (0-based).
    public var indicator: Int?
    /// Field name (`published_total.score`, `staffing.actual`, `procurement.total`).
    public var field: String?

    public init(
        kind: Kind, table: String? = nil, rowCode: String? = nil, rowName: String? = nil, side: RowSide? = nil,
        line: Int? = nil, column: String? = nil, section: String? = nil, quote: String? = nil, indicator: Int? = nil,
        field: String? = nil
    ) {
        self.kind = kind
        self.table = table
        self.rowCode = rowCode
        self.rowName = rowName
        self.side = side
        self.line = line
        self.column = column
        self.section = section
        self.quote = quote
        self.indicator = indicator
        self.field = field
    }

    /// A table cell.
    public static func cell(_ table: TableKind, _ row: TableRow, column: String?) -> CheckLocation {
        CheckLocation(kind: .cell, table: table.id, rowCode: row.code, rowName: row.name, side: row.side, line: row.line,
                      column: column)
    }

    /// A narrative span.
    public static func narrative(section: String, quote: String) -> CheckLocation {
        CheckLocation(kind: .narrative, section: section, quote: quote)
    }

    /// A scorecard field.
    public static func scorecard(_ id: String, indicator: Int? = nil, name: String? = nil, field: String) -> CheckLocation {
        CheckLocation(kind: .scorecard, rowName: name, section: id, indicator: indicator, field: field)
    }

    /// Short human-readable form: `income[2040601 行政运行].appropriation`, `narrative 五 “…”`.
    public var description: String {
        switch kind {
        case .cell:
            var row = [rowCode, rowName].compactMap { $0 }.joined(separator: " ")
            if let line { row = "行\(line) " + row }
            return "\(table ?? "?")[\(row)]" + (column.map { ".\($0)" } ?? "")
        case .table:
            return "table \(table ?? "?")" + (field.map { ".\($0)" } ?? "")
        case .narrative:
            return "narrative \(section ?? "?") “\(quote ?? "")”"
        case .performanceReport:
            return "performance report \(section ?? "?") “\(quote ?? "")”"
        case .budgetLine:
            return "budget line \(section ?? "?") \([rowCode, rowName].compactMap { $0 }.joined(separator: " "))"
                + (field.map { ".\($0)" } ?? "")
        case .scorecard:
            let indicatorText = indicator.map { " indicator \($0 + 1)" + (rowName.map { " \($0)" } ?? "") } ?? ""
            return "scorecard \(section ?? "?")\(indicatorText)" + (field.map { ".\($0)" } ?? "")
        case .profile:
            return "profile" + (field.map { ".\($0)" } ?? "")
        case .statement:
            return field ?? "statement"
        }
    }
}
