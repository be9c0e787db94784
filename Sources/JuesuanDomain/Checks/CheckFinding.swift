/// One thing the checks found: the rule (id, title, family), the severity, a sentence saying what is wrong, the
/// cells or text spans involved, the expected and stated values, and their difference (stated − expected, in the
/// values' unit). Rounding-size differences carry severity `rounding` and the tolerance they fell within.
public struct CheckFinding: Sendable, Hashable {
    public let ruleID: String
    public let title: String
    public let family: CheckFamily
    public let severity: CheckSeverity
    /// One English sentence with the Chinese terms.
    public let message: String
    /// Cells and spans involved, the stated figure first.
    public let locations: [CheckLocation]
    /// What the other figures say the value should be.
    public let expected: CheckValue?
    /// What the disclosure states.
    public let stated: CheckValue?
    /// stated − expected (nil when either is not a number).
    public let difference: ExactDecimal?
    /// The rounding tolerance applied (document unit or percentage points), when there was one.
    public let tolerance: ExactDecimal?

    public init(
        rule: CheckRule, severity: CheckSeverity? = nil, message: String, locations: [CheckLocation],
        expected: CheckValue? = nil, stated: CheckValue? = nil, difference: ExactDecimal? = nil,
        tolerance: ExactDecimal? = nil
    ) {
        self.ruleID = rule.id
        self.title = rule.title
        self.family = rule.family
        self.severity = severity ?? rule.severity
        self.message = message
        self.locations = locations
        self.expected = expected
        self.stated = stated
        if let difference {
            self.difference = difference
        } else if let left = stated?.number, let right = expected?.number {
            self.difference = left.subtracting(right)
        } else {
            self.difference = nil
        }
        self.tolerance = tolerance
    }
}
