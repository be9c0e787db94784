public import JuesuanHTTP

/// Maps a method and decoded path to a route: a trie over path segments where literal segments win over
/// `{parameters}` and matching backtracks, so `/a/b` and `/a/{x}/c` coexist.
///
/// Built once at start-up, then read concurrently by every event loop (a value type; no locks).
public struct Router: Sendable {
    // Literal children are a short array compared with `==` (small strings compare as raw bits), which
    // beats hashing every segment for the handful of children a node has.
    private struct Node: Sendable {
        var literals: [(segment: String, node: Node)] = []
        var parameter: [Node] = []
        var entryIndex: Int?
    }

    private var root = Node()
    /// Every path entry, indexed by `PathEntry.id`.
    public private(set) var entries: [PathEntry] = []

    /// Route id used in metrics for requests that matched no template.
    public var unmatchedRouteID: Int { entries.count }

    public init() {}

    /// Adds a route. Registering the same method twice on one template, or the same path shape with
    /// different parameter names, is a programming error.
    public mutating func add(_ route: Route) {
        let index = Self.insert(route.template.segments[...], into: &root, newIndex: entries.count)
        if index == entries.count {
            entries.append(PathEntry(template: route.template, id: index, routes: [:], allow: ""))
        }
        precondition(
            entries[index].template == route.template,
            "route \(route.template) conflicts with \(entries[index].template): same shape, different parameter names"
        )
        precondition(entries[index].routes[route.method.rawValue] == nil, "route \(route.method) \(route.template) registered twice")
        var routes = entries[index].routes
        routes[route.method.rawValue] = route
        entries[index] = PathEntry(template: route.template, id: index, routes: routes, allow: Self.allowValue(for: routes.keys))
    }

    /// Registers `handler` for GET (and so HEAD) on `template`.
    public mutating func get(
        _ template: String, cache: CachePolicy = .noStore, handler: @escaping RouteHandler
    ) {
        add(Route(.get, template, cache: cache, handler: handler))
    }

    /// Registers `handler` for POST on `template`.
    public mutating func post(
        _ template: String, bodyLimit: Int? = nil, handler: @escaping RouteHandler
    ) {
        add(Route(.post, template, cache: .noStore, bodyLimit: bodyLimit, handler: handler))
    }

    /// Registers every route of a collection.
    public mutating func register(_ collection: some RouteCollection) {
        collection.register(in: &self)
    }

    /// The `Allow` value for `OPTIONS *`: every method any route supports.
    public var serverAllow: String {
        var methods: Set<String> = []
        for entry in entries { methods.formUnion(entry.routes.keys) }
        return Self.allowValue(for: methods)
    }

    private static func insert(_ segments: ArraySlice<PathTemplate.Segment>, into node: inout Node, newIndex: Int) -> Int {
        guard let first = segments.first else {
            if let existing = node.entryIndex { return existing }
            node.entryIndex = newIndex
            return newIndex
        }
        switch first {
        case .literal(let text):
            if let position = node.literals.firstIndex(where: { $0.segment == text }) {
                return insert(segments.dropFirst(), into: &node.literals[position].node, newIndex: newIndex)
            }
            var child = Node()
            let index = insert(segments.dropFirst(), into: &child, newIndex: newIndex)
            node.literals.append((text, child))
            return index
        case .parameter:
            var child = node.parameter.first ?? Node()
            let index = insert(segments.dropFirst(), into: &child, newIndex: newIndex)
            node.parameter = [child]
            return index
        }
    }

    private static func allowValue(for methods: some Sequence<String>) -> String {
        var set = Set(methods)
        if set.contains("GET") { set.insert("HEAD") }
        set.insert("OPTIONS")
        let order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
        let known = order.filter { set.contains($0) }
        let others = set.subtracting(order).sorted()
        return (known + others).joined(separator: ", ")
    }

    /// Decides what answers `method` on the raw (still percent-encoded) `path`.
    public func resolve(method: HTTPMethod, path: String) -> RouteResolution {
        guard method.isKnown else { return .unknownMethod }
        if path == "*" {
            return method == .options ? .serverOptions : .invalid(
                APIError.badRequest("the asterisk-form target '*' is only valid with OPTIONS", type: "invalid-path")
            )
        }
        let segments: [String]
        do {
            segments = try PathDecoder.segments(of: path)
        } catch {
            return .invalid(error)
        }
        var values: [String] = []
        values.reserveCapacity(segments.count)
        guard let index = Self.match(segments, from: 0, in: root, values: &values) else { return .notFound }
        let entry = entries[index]
        if let route = entry.route(for: method.rawValue) {
            let names = entry.template.parameterNames
            var pairs: [(name: String, value: String)] = []
            pairs.reserveCapacity(names.count)
            for (name, value) in zip(names, values) { pairs.append((name, value)) }
            return .found(route, RouteParameters(pairs), entry)
        }
        if method == .options { return .options(entry) }
        return .methodNotAllowed(entry)
    }

    private static func match(_ segments: [String], from position: Int, in node: Node, values: inout [String]) -> Int? {
        guard position < segments.count else { return node.entryIndex }
        let segment = segments[position]
        for literal in node.literals where literal.segment == segment {
            if let found = match(segments, from: position + 1, in: literal.node, values: &values) { return found }
            break
        }
        if !segment.isEmpty, let child = node.parameter.first {
            values.append(segment)
            if let found = match(segments, from: position + 1, in: child, values: &values) { return found }
            values.removeLast()
        }
        return nil
    }
}
