/// A row whose classification code the catalogue does not confirm: unknown code, name mismatch, ambiguous
/// truncated code, or a restored truncated code (informational). The row itself is always kept.
public struct CatalogFinding: Sendable, Hashable, CustomStringConvertible {
    /// Table kind id (`general_budget_basic_expenditure`).
    public let tableKind: String
    /// Index of the row in the table's `rows`.
    public let rowIndex: Int
    public let resolution: CodeResolution

    public init(tableKind: String, rowIndex: Int, resolution: CodeResolution) {
        self.tableKind = tableKind
        self.rowIndex = rowIndex
        self.resolution = resolution
    }

    /// Whether the finding is a problem (false for restored codes).
    public var isProblem: Bool { resolution.isProblem }

    /// One English sentence naming the code, the names and what was found.
    public var description: String {
        let code = resolution.publishedCode ?? "-"
        let name = resolution.publishedName ?? "-"
        let row = "\(tableKind) row \(rowIndex) (\(code) \(name))"
        switch resolution.status {
        case .exact: return "\(row): code matches the catalogue"
        case .uncoded: return "\(row): no code"
        case .restored: return "\(row): truncated code \(code) restored to \(resolution.resolvedCode ?? "?") by name"
        case .nameMismatch(let expected): return "\(row): catalogue name of \(code) is \(expected)"
        case .unknownCode(let suggestion?): return "\(row): code \(code) is not in the catalogue; the name belongs to \(suggestion)"
        case .unknownCode(nil): return "\(row): code \(code) is not in the catalogue"
        case .ambiguous(let candidates): return "\(row): truncated code \(code) matches \(candidates.joined(separator: ", "))"
        }
    }
}
