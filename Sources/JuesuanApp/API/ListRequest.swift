import JuesuanDomain

/// The paging and ordering parameters of a list resource: `page` (≥ 1, default 1), `limit` (1…100, default 20),
/// `sort` (one of the resource's sort keys, default its first) and `order` (`asc` | `desc`, default `asc`). Every
/// malformed value is a 400 naming the parameter.
struct ListRequest: Sendable {
    static let maximumLimit = 100
    static let defaultLimit = 20
    static let parameterNames: Set<String> = ["page", "limit", "sort", "order"]

    let page: Int
    let limit: Int
    let sort: String
    let descending: Bool

    init(query: QueryParameters, sortKeys: [String]) throws(APIError) {
        page = try query.int("page", in: 1...1_000_000) ?? 1
        limit = try query.int("limit", in: 1...Self.maximumLimit) ?? Self.defaultLimit
        sort = try query.oneOf("sort", sortKeys) ?? sortKeys[0]
        descending = try query.oneOf("order", ["asc", "desc"]) == "desc"
    }

    /// Index of the first item of the page.
    var offset: Int { (page - 1) * limit }

    /// Sorts `items` with the comparator of `sort` (ties keep their order, then reversed for `desc`) and returns
    /// the requested page.
    func apply<Item>(_ items: [Item], by comparators: [String: (Item, Item) -> Bool]) -> [Item] {
        var sorted = items
        if let ascending = comparators[sort] {
            let indexed = sorted.enumerated().sorted { left, right in
                if ascending(left.element, right.element) { return true }
                if ascending(right.element, left.element) { return false }
                return left.offset < right.offset
            }
            sorted = indexed.map(\.element)
        }
        if descending { sorted.reverse() }
        return page(of: sorted)
    }

    /// The page slice of already ordered items.
    func page<Item>(of items: [Item]) -> [Item] {
        guard offset < items.count else { return [] }
        return Array(items[offset..<min(items.count, offset + limit)])
    }

    /// `{"page", "limit", "total_items", "total_pages", "sort", "order"}`.
    func metadata(totalItems: Int) -> JSONValue {
        .object(JSONObject([
            ("page", .int(page)), ("limit", .int(limit)), ("total_items", .int(totalItems)),
            ("total_pages", .int((totalItems + limit - 1) / limit)), ("sort", .string(sort)),
            ("order", .string(descending ? "desc" : "asc")),
        ]))
    }

    /// Messages for a page past the end.
    func messages(totalItems: Int) -> [JSONValue] {
        guard offset >= totalItems, totalItems > 0 else { return [] }
        return [AnalysisMessage(code: "page_out_of_range", path: "$.items",
                                detail: "page \(page) is past the last page (\((totalItems + limit - 1) / limit)) at limit \(limit)").jsonValue()]
    }
}
