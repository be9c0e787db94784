/// Canonical JSON of a single table or row, for API responses that return part of a disclosure.
extension DisclosureTable {
    /// The table exactly as it appears in the canonical document.
    public func jsonValue() -> JSONValue {
        DisclosureEncoder.encode(self)
    }
}

extension TableRow {
    /// The row as it appears in a canonical document for a table of `kind` (values in the kind's column order).
    public func jsonValue(kind: TableKind) -> JSONValue {
        DisclosureEncoder.encode(self, kind: kind)
    }
}
