public import JuesuanHTTP

/// What a route runs: turns a request (with its decoded path parameters) into a response, or throws an
/// `APIError` (answered as problem+json) or any other error (answered 500 and logged).
public typealias RouteHandler = @Sendable (RequestContext) throws -> HTTPResponse

/// One method on one path template, with its handler and caching policy. A class so the router's
/// decision is passed around per request with one reference count, not a copy of every field.
public final class Route: Sendable {
    public let method: HTTPMethod
    public let template: PathTemplate
    public let cachePolicy: CachePolicy
    /// Largest request body accepted, bytes; nil for the server default.
    public let bodyLimit: Int?
    public let handler: RouteHandler

    public init(
        _ method: HTTPMethod, _ template: String, cache cachePolicy: CachePolicy = .noStore,
        bodyLimit: Int? = nil, handler: @escaping RouteHandler
    ) {
        self.method = method
        self.template = PathTemplate(template)
        self.cachePolicy = cachePolicy
        self.bodyLimit = bodyLimit
        self.handler = handler
    }
}

/// A group of routes registered together (health, metrics, the read API, imports), so the assembly
/// can be extended with one file per feature.
public protocol RouteCollection: Sendable {
    func register(in router: inout Router)
}
