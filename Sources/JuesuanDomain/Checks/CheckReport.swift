/// The result of checking one disclosure: every finding in a stable order (family, then the order the rules
/// walk the document), with counts by severity and by family.
public struct CheckReport: Sendable, Hashable {
    /// Department id and fiscal year of the checked disclosure.
    public let departmentID: String
    public let fiscalYear: Int
    /// Unit of amount values (万元 or 元).
    public let unit: AmountUnit
    public let findings: [CheckFinding]

    public init(departmentID: String, fiscalYear: Int, unit: AmountUnit, findings: [CheckFinding]) {
        self.departmentID = departmentID
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.findings = findings
    }

    /// Number of findings of a severity.
    public func count(_ severity: CheckSeverity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// Number of findings of a family.
    public func count(_ family: CheckFamily) -> Int {
        findings.reduce(0) { $0 + ($1.family == family ? 1 : 0) }
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The report restricted to the given severities and families (nil or empty = all).
    public func filtered(severities: Set<CheckSeverity>? = nil, families: Set<CheckFamily>? = nil) -> CheckReport {
        let kept = findings.filter { finding in
            (severities.map { $0.isEmpty || $0.contains(finding.severity) } ?? true)
                && (families.map { $0.isEmpty || $0.contains(finding.family) } ?? true)
        }
        return CheckReport(departmentID: departmentID, fiscalYear: fiscalYear, unit: unit, findings: kept)
    }
}
