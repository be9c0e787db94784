/// The deterministic checks engine (审核): runs every rule of `CheckRule.all` over a `Disclosure` and returns a
/// `CheckReport`. Pure: no I/O, no clock, no randomness; the same document always gives the same findings in the
/// same order. See docs/checks.md for the rules and the rounding tolerance.
public struct DisclosureChecker: Sendable {
    public var options: CheckOptions

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Checks one disclosure.
    public func check(_ disclosure: Disclosure) -> CheckReport {
        var run = CheckRun(disclosure: disclosure, options: options)
        run.checkTables()
        run.checkCrossTables()
        run.checkNarrative()
        run.checkBudgetLines()
        run.checkStatements()
        run.checkScorecards()
        run.checkCompleteness()
        return CheckReport(
            departmentID: disclosure.department.id, fiscalYear: disclosure.fiscalYear, unit: disclosure.unit,
            findings: run.findings
        )
    }
}
