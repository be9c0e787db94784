/// One page of results and the total number of matching items.
public struct Page<Item: Sendable & Hashable>: Sendable, Hashable {
    public let items: [Item]
    /// Number of items matching the query across all pages.
    public let total: Int
    public let limit: Int
    public let offset: Int

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}
