/// One figure stated in narrative text (情况说明, 概况, 绩效评价报告): the number as printed with its unit, what it is
/// (an amount, a share 占X%, a change 增加/减少, a budget execution 完成预算的X%, a count), the words before it that
/// name it, and the quoted clause. Amounts are in the stated unit (万元 or 元).
public struct NarrativeFigure: Sendable, Hashable {
    /// What the figure states.
    public enum Role: String, Sendable, Hashable {
        /// An amount naming a figure (`财政拨款收入622.52万元`).
        case amount
        /// A share, `占96.6%` (the whole may be named: `占基本支出的91.48%`).
        case share
        /// A change amount, `减少67.4万元`.
        case changeAmount = "change_amount"
        /// A change percentage, `减少9.5%`.
        case changePercent = "change_percent"
        /// A budget execution, `完成年初预算的108.79%`.
        case execution
        /// Any other percentage (`胜诉率86.1%`).
        case percent
        /// A count of people, vehicles, items (`实有人数25人`, `1辆`, `3项`).
        case count
    }

    /// Direction of a change.
    public enum Direction: String, Sendable, Hashable {
        case increase
        case decrease
    }

    /// Section number (情况说明) or title (report) the figure is in.
    public let section: String
    /// Index of the sentence within the section (sentences end at 。 or a line break).
    public let sentence: Int
    public let role: Role
    public let value: StatedNumber
    /// `万元`, `元`, `%`, `人`, `辆`, `项`, …
    public let unit: String
    /// The words naming the figure: the text of its clause before it (`财政拨款收入`, `占基本支出的`, `支出决算为`).
    public let label: String
    /// The sentence's subject: the label of the sentence's first figure (`公务接待费支出预算为`).
    public let subject: String
    /// The whole a share names (`基本支出`), nil when unnamed.
    public let shareOf: String?
    /// Direction word of a change.
    public let direction: Direction?
    /// The figure as printed with its label (`财政拨款收入622.52万元`).
    public let quote: String
    /// Whether the figure comes after 其中 in its sentence (a part of the total stated before it).
    public let inBreakdown: Bool

    public init(
        section: String, sentence: Int, role: Role, value: StatedNumber, unit: String, label: String, subject: String,
        shareOf: String?, direction: Direction?, quote: String, inBreakdown: Bool = false
    ) {
        self.section = section
        self.sentence = sentence
        self.role = role
        self.value = value
        self.unit = unit
        self.label = label
        self.subject = subject
        self.shareOf = shareOf
        self.direction = direction
        self.quote = quote
        self.inBreakdown = inBreakdown
    }

    /// Whether the figure is an amount of money.
    public var isMoney: Bool { unit == "万元" || unit == "元" }

    /// The figure with a money value re-expressed in `unit` (万元 ↔ 元, exactly: ×10000 or ÷10000, the printed
    /// precision moving with it); other figures unchanged.
    public func converted(to unit: AmountUnit) -> NarrativeFigure {
        guard isMoney, self.unit != unit.rawValue else { return self }
        let converted: StatedNumber
        if unit == .yuan {
            guard let yuan = value.value.multiplied(by: ExactDecimal(10_000)) else { return self }
            converted = StatedNumber(yuan.normalized, decimals: Swift.max(0, value.decimals - 4))
        } else {
            guard value.value.scale + 4 <= ExactDecimal.maximumScale else { return self }
            converted = StatedNumber(ExactDecimal(significand: value.value.significand, scale: value.value.scale + 4),
                                     decimals: value.decimals + 4)
        }
        return NarrativeFigure(
            section: section, sentence: sentence, role: role, value: converted, unit: unit.rawValue, label: label,
            subject: subject, shareOf: shareOf, direction: direction, quote: quote, inBreakdown: inBreakdown)
    }
}
