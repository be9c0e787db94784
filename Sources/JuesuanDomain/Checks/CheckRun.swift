/// The state of one check run: the disclosure, the options and the findings so far, with the comparison helpers
/// every rule family uses. Rules live in `CheckRun+<Family>.swift`.
struct CheckRun {
    let disclosure: Disclosure
    let options: CheckOptions
    var findings: [CheckFinding] = []

    init(disclosure: Disclosure, options: CheckOptions) {
        self.disclosure = disclosure
        self.options = options
    }

    /// Tables with data (empty and unpublished tables have no figures to add up).
    func dataTable(_ kind: TableKind) -> DisclosureTable? {
        guard let table = disclosure.table(kind), table.state == .data else { return nil }
        return table
    }

    mutating func add(_ finding: CheckFinding) {
        findings.append(finding)
    }

    /// Compares a stated amount with the amount it should equal (a sum of `parts` rounded figures) and records a
    /// finding unless they agree: `rounding` within 0.01 × parts, the rule's severity beyond.
    mutating func compareAmount(
        _ rule: CheckRule, stated: Money, statedDecimals: Int = 2, expected: Money, parts: Int,
        locations: @autoclosure () -> [CheckLocation], message: @autoclosure () -> String
    ) {
        switch RoundingTolerance.compare(stated: stated.decimal, statedDecimals: statedDecimals, expected: expected.decimal, parts: parts) {
        case .agrees:
            return
        case .rounding(let tolerance):
            add(CheckFinding(rule: rule, severity: .rounding, message: message(), locations: locations(),
                             expected: .amount(expected), stated: .amount(stated), tolerance: tolerance))
        case .differs(let tolerance):
            add(CheckFinding(rule: rule, message: message(), locations: locations(),
                             expected: .amount(expected), stated: .amount(stated), tolerance: tolerance))
        }
    }

    /// Records a finding for a stated percentage that does not follow from its inputs.
    mutating func comparePercent(
        _ rule: CheckRule, stated: StatedNumber, numerator: StatedNumber, denominator: StatedNumber,
        locations: @autoclosure () -> [CheckLocation], message: (ExactDecimal) -> String
    ) {
        switch PercentConsistency.evaluate(stated: stated, numerator: numerator, denominator: denominator) {
        case .agrees, .undefined:
            return
        case .rounding(let expected):
            add(CheckFinding(rule: rule, severity: .rounding, message: message(expected), locations: locations(),
                             expected: .percent(expected), stated: .percent(stated.value)))
        case .differs(let expected):
            add(CheckFinding(rule: rule, message: message(expected), locations: locations(),
                             expected: .percent(expected), stated: .percent(stated.value)))
        }
    }
}

extension Money {
    /// Compact text for messages: `622.52`.
    var text: String { description }
}
