/// One 情况说明 section, verbatim: its number as printed (一 … 十五), title and text.
public struct NarrativeSection: Sendable, Hashable {
    public var number: String
    public var title: String
    public var text: String

    public init(number: String, title: String, text: String) {
        self.number = number
        self.title = title
        self.text = text
    }
}
