/// A scorecard indicator's target (年度指标值) or actual (实际完成值) read from its published text, with hints from
/// the indicator name (`矛盾纠纷调解(≥,件)`).
///
/// Forms: quantitative (`≥400件`, `100.00%`, `95%`, `≤0%`), range (`800-1500元/件`, `800-1 500 元`), date
/// (`2020年12月`, `2020 年 12` — the seed's truncated form), qualitative (`不断提高`, `拨付完成`), or empty. Values
/// are exact decimals in the stated unit (`%` means percent: `100.00%` has value 100). The original text is kept.
public struct IndicatorTarget: Sendable, Hashable {
    /// Which form the text has.
    public enum Kind: String, Sendable, Hashable {
        case quantitative
        case range
        case date
        case qualitative
        case empty
    }

    /// Where `direction` came from.
    public enum DirectionSource: String, Sendable, Hashable {
        /// A sign in the text itself (`≥400件`).
        case text
        /// The hint in the indicator name (`(≥,件)`).
        case nameHint = "name_hint"
    }

    /// The text as published.
    public let text: String
    public let kind: Kind
    /// Direction of a quantitative target; nil when neither the text nor the name states one.
    public let direction: TargetDirection?
    public let directionSource: DirectionSource?
    /// The number (the lower bound of a range).
    public let value: ExactDecimal?
    /// The upper bound of a range.
    public let upperValue: ExactDecimal?
    /// Unit from the text, else from the name hint: `件`, `%`, `元/件`, `元/天/人`, `万份`.
    public let unit: String?
    /// Date targets: year, month (and day when given).
    public let year: Int?
    public let month: Int?
    public let day: Int?

    public init(
        text: String, kind: Kind, direction: TargetDirection? = nil, directionSource: DirectionSource? = nil,
        value: ExactDecimal? = nil, upperValue: ExactDecimal? = nil, unit: String? = nil,
        year: Int? = nil, month: Int? = nil, day: Int? = nil
    ) {
        self.text = text
        self.kind = kind
        self.direction = direction
        self.directionSource = directionSource
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the target has a number to compare against (quantitative or range).
    public var isMeasurable: Bool { kind == .quantitative || kind == .range }

    /// Whether the unit is a percentage.
    public var isPercent: Bool { unit == "%" }
}
