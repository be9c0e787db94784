/// A published table row prepared for the API: its position, the row itself, the code the catalogue restores
/// (`3010` 基本工资 → `30101`) and how it was resolved, its level (类/款/项), its parent code, and its inline checks.
/// Amounts in the disclosure unit.
public struct AnalyzedRow: Sendable, Hashable {
    /// 0-based position in the published table.
    public let index: Int
    public let row: TableRow
    /// The catalogue's reading of the printed code; nil for uncoded layouts (01, 04, 07).
    public let resolution: CodeResolution?
    /// 类/款/项 of the restored code; nil for total and uncoded rows.
    public let level: ClassificationLevel?
    /// The restored code of the enclosing level (款 → 类, 项 → 款); nil for 类, total and uncoded rows.
    public let parentCode: String?
    public let checks: [RowCheck]

    public init(index: Int, row: TableRow, resolution: CodeResolution?, level: ClassificationLevel?, parentCode: String?,
                checks: [RowCheck]) {
        self.index = index
        self.row = row
        self.resolution = resolution
        self.level = level
        self.parentCode = parentCode
        self.checks = checks
    }

    /// The restored code: the catalogue's code when it identified one, else the printed code.
    public var restoredCode: String? { resolution?.resolvedCode ?? row.code }

    /// `exact`, `restored`, `name_mismatch`, `unknown_code`, `ambiguous`, `uncoded`; nil for uncoded layouts.
    public var codeStatus: String? {
        guard let resolution else { return nil }
        switch resolution.status {
        case .exact: return "exact"
        case .restored: return "restored"
        case .nameMismatch: return "name_mismatch"
        case .unknownCode: return "unknown_code"
        case .ambiguous: return "ambiguous"
        case .uncoded: return "uncoded"
        }
    }
}
