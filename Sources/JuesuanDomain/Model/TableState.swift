/// Whether a table of a disclosure carries figures.
public enum TableState: Sendable, Hashable {
    /// The table has figures.
    case data
    /// Published without figures; `reason` is the published sentence (本表无数据…), nil when the disclosure gives
    /// none (a completeness finding).
    case empty(reason: String?)
    /// The disclosure does not contain this table at all.
    case notPublished

    /// The document spelling: `data`, `empty`, `not_published`.
    public var name: String {
        switch self {
        case .data: "data"
        case .empty: "empty"
        case .notPublished: "not_published"
        }
    }

    /// The published reason of an empty table.
    public var emptyReason: String? {
        if case .empty(let reason) = self { return reason }
        return nil
    }
}
