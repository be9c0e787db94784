/// One of a disclosure's tables (公开01表…): its kind, the number and title as printed, its state, the printed note
/// (注) and its rows in published order. Amounts are in the disclosure's unit.
public struct DisclosureTable: Sendable, Hashable {
    public var kind: TableKind
    /// As printed (`公开 01 表`); nil when the page prints none.
    public var printedNumber: String?
    /// Title as printed.
    public var title: String
    public var state: TableState
    /// The verbatim 注 text.
    public var note: String?
    public var rows: [TableRow]

    public init(
        kind: TableKind, printedNumber: String? = nil, title: String? = nil, state: TableState = .data,
        note: String? = nil, rows: [TableRow] = []
    ) {
        self.kind = kind
        self.printedNumber = printedNumber
        self.title = title ?? kind.title
        self.state = state
        self.note = note
        self.rows = rows
    }

    /// The first row with this code (and side, for two-sided tables).
    public func row(code: String, side: RowSide? = nil) -> TableRow? {
        rows.first { $0.code == code && (side == nil || $0.side == side) }
    }

    /// The first row with this name (and side).
    public func row(named name: String, side: RowSide? = nil) -> TableRow? {
        rows.first { $0.name == name && (side == nil || $0.side == side) }
    }

    /// The 合计 row, if printed.
    public var totalRow: TableRow? {
        rows.first(where: \.isTotal)
    }
}
