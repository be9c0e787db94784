/// One audit rule: a stable id (`table.total_row`), its family, a short title, what it checks, and the severity a
/// breach gets when it is not a rounding-size difference. The registry is `CheckRule.all`; docs/checks.md lists
/// the same rules.
public struct CheckRule: Sendable, Hashable, Identifiable {
    /// Stable dotted identifier, `<family>.<name>`.
    public let id: String
    public let family: CheckFamily
    /// Short English title.
    public let title: String
    /// What the rule compares (English, with the Chinese terms).
    public let summary: String
    /// Severity of a breach beyond the rounding tolerance.
    public let severity: CheckSeverity

    public init(id: String, family: CheckFamily, title: String, summary: String, severity: CheckSeverity) {
        self.id = id
        self.family = family
        self.title = title
        self.summary = summary
        self.severity = severity
    }

    /// The registered rule with this id.
    public static func rule(id: String) -> CheckRule? {
        all.first { $0.id == id }
    }
}
