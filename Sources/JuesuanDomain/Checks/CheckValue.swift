/// A figure in a finding (the expected or the stated value): an amount in the disclosure's unit, a percentage, a
/// number of points, a count, or text (a name, a printed rate that is not a number).
public struct CheckValue: Sendable, Hashable, CustomStringConvertible {
    /// What the number measures.
    public enum Kind: String, Sendable, Hashable {
        /// An amount in the disclosure's unit (万元 or 元).
        case amount
        /// A percentage (the number is in percent: 96.6 means 96.6%).
        case percent
        /// Scorecard points (分).
        case points
        /// A count of people, vehicles, projects.
        case count
        /// Text.
        case text
    }

    public let kind: Kind
    /// The number (nil for text).
    public let number: ExactDecimal?
    /// The text (for `text`), or the figure as printed when it was read from text.
    public let text: String?

    public init(kind: Kind, number: ExactDecimal?, text: String? = nil) {
        self.kind = kind
        self.number = number
        self.text = text
    }

    public static func amount(_ money: Money) -> CheckValue { CheckValue(kind: .amount, number: money.decimal) }
    public static func amount(_ decimal: ExactDecimal) -> CheckValue { CheckValue(kind: .amount, number: decimal) }
    public static func percent(_ value: ExactDecimal) -> CheckValue { CheckValue(kind: .percent, number: value) }
    public static func points(_ value: Score) -> CheckValue { CheckValue(kind: .points, number: value) }
    public static func count(_ value: Int) -> CheckValue { CheckValue(kind: .count, number: ExactDecimal(value)) }
    public static func text(_ value: String) -> CheckValue { CheckValue(kind: .text, number: nil, text: value) }

    /// `622.52`, `96.60%`, `10`, `26`, or the text.
    public var description: String {
        guard let number else { return text ?? "" }
        switch kind {
        case .amount: return number.formatted(places: Swift.max(2, number.normalized.scale))
        case .percent: return number.description + "%"
        case .points, .count: return number.description
        case .text: return text ?? number.description
        }
    }
}
