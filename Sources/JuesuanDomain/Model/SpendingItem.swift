/// One 一般性支出 item (会议费 or 培训费): amount in the disclosure's unit, number of people, and purpose, as stated.
public struct SpendingItem: Sendable, Hashable {
    public var amount: Money?
    /// 人数.
    public var people: Int?
    /// 用途 / 内容, verbatim.
    public var purpose: String?

    public init(amount: Money?, people: Int? = nil, purpose: String? = nil) {
        self.amount = amount
        self.people = people
        self.purpose = purpose
    }
}
