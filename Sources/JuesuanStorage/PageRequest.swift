/// A page of a listing: `limit` items from `offset` (0-based), in the listing's stable order.
public struct PageRequest: Sendable, Hashable {
    /// Largest page a caller may ask for.
    public static let maximumLimit = 500
    /// Items per page, 1…`maximumLimit` (clamped). Default 50.
    public let limit: Int
    /// Items to skip, ≥ 0 (clamped). Default 0.
    public let offset: Int

    public init(limit: Int = 50, offset: Int = 0) {
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.offset = max(offset, 0)
    }
}
