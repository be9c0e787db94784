/// What a disclosure table is, independent of the number printed on it: its columns, its row layout and its
/// standard title. A kind is identified by `id` (`income`, `three_public_with_meetings_training`); template
/// variants are separate kinds, so a document never needs a schema change to carry them.
///
/// All columns are amounts in the disclosure's unit. The registry is `TableKind.all`; look up with
/// `TableKind(id:)`.
public struct TableKind: Sendable, Hashable, CustomStringConvertible {
    /// Stable snake_case identifier used in documents.
    public let id: String
    /// Table number in its own template (公开01表 → 1); the printed form is kept per table in `printed_number`.
    public let number: Int
    /// Standard Chinese title.
    public let title: String
    /// How rows are identified.
    public let layout: TableLayout
    /// Columns of rows without a side (all layouts except `twoSided`), and of income rows for `twoSided`.
    public let incomeOrRowColumns: [TableColumn]
    /// Columns of expenditure rows (`twoSided` only; empty otherwise).
    public let expenditureColumns: [TableColumn]

    public init(
        id: String, number: Int, title: String, layout: TableLayout,
        columns: [TableColumn], expenditureColumns: [TableColumn] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.layout = layout
        self.incomeOrRowColumns = columns
        self.expenditureColumns = expenditureColumns
    }

    /// The registered kind with this id, or nil.
    public init?(id: String) {
        guard let kind = TableKind.all.first(where: { $0.id == id }) else { return nil }
        self = kind
    }

    /// The columns a row has: per side for two-sided kinds (nil side → none), the single list otherwise.
    public func columns(for side: RowSide?) -> [TableColumn] {
        guard layout == .twoSided else { return incomeOrRowColumns }
        switch side {
        case .income: return incomeOrRowColumns
        case .expenditure: return expenditureColumns
        case nil: return []
        }
    }

    /// Every column key of the kind (both sides), in order, without repeats.
    public var allColumns: [TableColumn] {
        var seen = Set<String>()
        return (incomeOrRowColumns + expenditureColumns).filter { seen.insert($0.key).inserted }
    }

    /// Whether rows carry a side and a 行次.
    public var isTwoSided: Bool { layout == .twoSided }

    public var description: String { id }

    public static func == (lhs: TableKind, rhs: TableKind) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
