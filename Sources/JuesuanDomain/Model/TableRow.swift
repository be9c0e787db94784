/// One printed row of a disclosure table: its side and 行次 (two-sided tables), its classification code as
/// printed, its name, and one amount per column of the kind (nil = blank cell), in the disclosure's unit.
public struct TableRow: Sendable, Hashable {
    /// Income or expenditure half (tables 01 and 04 only).
    public var side: RowSide?
    /// 行次 as printed.
    public var line: Int?
    /// Classification code exactly as printed (`2040601`, the seed's truncated `3010`); nil for 合计 and uncoded
    /// lines.
    public var code: String?
    /// Row name as printed (`行政运行`, `合计`); nil when the page prints none.
    public var name: String?
    /// Amounts by column key; a missing key is a blank cell.
    public var values: [String: Money]

    public init(side: RowSide? = nil, line: Int? = nil, code: String? = nil, name: String?, values: [String: Money] = [:]) {
        self.side = side
        self.line = line
        self.code = code
        self.name = name
        self.values = values
    }

    /// The amount in `column`, nil when blank.
    public subscript(column: String) -> Money? {
        values[column]
    }

    /// Whether this is a total row (合计/总计 without a code).
    public var isTotal: Bool {
        code == nil && (name == "合计" || name == "总计")
    }
}
