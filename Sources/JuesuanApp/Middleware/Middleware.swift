public import JuesuanHTTP

/// The rest of the chain after a middleware: call it to get the inner response.
public typealias MiddlewareNext = (inout RequestContext) throws -> HTTPResponse

/// One step around the handler: may change the context on the way in, the response on the way out, or
/// answer without calling `next` (preflight, cache hit, 304).
public protocol Middleware: Sendable {
    func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse
}

/// Middleware in order, outermost first, ending in an endpoint.
public struct MiddlewareChain: Sendable {
    public let middleware: [any Middleware]
    public let endpoint: @Sendable (inout RequestContext) throws -> HTTPResponse

    public init(_ middleware: [any Middleware], endpoint: @escaping @Sendable (inout RequestContext) throws -> HTTPResponse) {
        self.middleware = middleware
        self.endpoint = endpoint
    }

    /// Runs the whole chain for one request.
    public func run(_ context: inout RequestContext) throws -> HTTPResponse {
        try run(from: 0, &context)
    }

    private func run(from index: Int, _ context: inout RequestContext) throws -> HTTPResponse {
        if index == middleware.count { return try endpoint(&context) }
        return try middleware[index].handle(&context) { inner in try self.run(from: index + 1, &inner) }
    }
}
