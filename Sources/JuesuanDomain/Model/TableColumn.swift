/// One amount column of a disclosure table: its JSON key in a row's `values` and its published Chinese label.
public struct TableColumn: Sendable, Hashable {
    /// Key in `values`, e.g. `total`.
    public let key: String
    /// Column heading as printed, e.g. 本年收入合计.
    public let label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}
