/// What the router decided for a request, before any handler runs.
public enum RouteResolution: Sendable {
    /// A route handles this method on this path (HEAD resolves to the GET route).
    case found(Route, RouteParameters, PathEntry)
    /// The path exists; the method is OPTIONS (answered 204 with `Allow`, or a CORS preflight).
    case options(PathEntry)
    /// The path exists but not for this method: 405 with `Allow`.
    case methodNotAllowed(PathEntry)
    /// `OPTIONS *`: answered 204 with every method the server supports.
    case serverOptions
    /// No template matches the path: 404.
    case notFound
    /// The method token is not one the server implements: 501.
    case unknownMethod
    /// The path cannot be decoded safely (bad escape, `..`, NUL): 400.
    case invalid(APIError)

    /// The matched path entry, if any.
    public var pathEntry: PathEntry? {
        switch self {
        case .found(_, _, let entry), .options(let entry), .methodNotAllowed(let entry): entry
        default: nil
        }
    }
}

/// Everything registered on one path template: its routes by method and the precomputed `Allow` value.
/// Immutable; the router replaces an entry when a method is added during start-up.
public final class PathEntry: Sendable {
    /// The template, the route label in logs and metrics.
    public let template: PathTemplate
    /// A dense number per template (0, 1, 2, …) for metrics arrays.
    public let id: Int
    public let routes: [HTTPMethodKey: Route]
    /// `Allow` field value: the registered methods, HEAD when GET is, and OPTIONS.
    public let allow: String

    init(template: PathTemplate, id: Int, routes: [HTTPMethodKey: Route], allow: String) {
        self.template = template
        self.id = id
        self.routes = routes
        self.allow = allow
    }

    /// The route for `method`; HEAD falls back to GET.
    public func route(for method: HTTPMethodKey) -> Route? {
        if let route = routes[method] { return route }
        if method == "HEAD" { return routes["GET"] }
        return nil
    }
}

/// A method token used as a dictionary key (the raw token string).
public typealias HTTPMethodKey = String
