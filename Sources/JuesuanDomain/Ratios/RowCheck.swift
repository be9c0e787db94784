/// One arithmetic check on a table row, computed on request and shown inline with the row: a total column against
/// the sum of its part columns (`row_total`), or a 合计/类/款 row's column against the sum of the rows directly below
/// it (`children_sum`). Amounts in the disclosure unit; graded with the 尾数误差 rule (`RoundingTolerance`): a
/// difference of at most 0.01 per summed part is `rounding`, more is `differs`.
public struct RowCheck: Sendable, Hashable {
    /// Which identity was checked.
    public enum Rule: String, Sendable, Hashable {
        /// total column = Σ part columns of the same row.
        case rowTotal = "row_total"
        /// the row's column = Σ the same column of its child rows (合计 → 类, 类 → 款, 款 → 项).
        case childrenSum = "children_sum"
    }

    /// The grade of the difference.
    public enum Status: String, Sendable, Hashable {
        case agrees
        case rounding
        case differs
    }

    public let rule: Rule
    /// The column whose published value is checked.
    public let column: String
    /// The part columns (`row_total`) or the child row codes (`children_sum`) that were summed.
    public let parts: [String]
    /// The published value.
    public let stated: Money
    /// The sum of the parts.
    public let expected: Money
    public let status: Status

    public init(rule: Rule, column: String, parts: [String], stated: Money, expected: Money) {
        self.rule = rule
        self.column = column
        self.parts = parts
        self.stated = stated
        self.expected = expected
        switch RoundingTolerance.compare(stated: stated, expected: expected, parts: parts.count) {
        case .agrees: status = .agrees
        case .rounding: status = .rounding
        case .differs: status = .differs
        }
    }

    /// stated − expected.
    public var difference: Money { stated - expected }

    /// `{"rule", "column", "parts", "stated", "expected", "difference", "status"}`.
    public func jsonValue() -> JSONValue {
        .object(JSONObject([
            ("rule", .string(rule.rawValue)), ("column", .string(column)), ("parts", .array(parts.map { .string($0) })),
            ("stated", .number(stated.jsonNumber)), ("expected", .number(expected.jsonNumber)),
            ("difference", .number(difference.jsonNumber)), ("status", .string(status.rawValue)),
        ]))
    }
}
