public import JuesuanHTTP

/// A request on its way through the middleware chain: the request itself, what the router decided,
/// and what middleware learned (request id, client address, start time).
public struct RequestContext: Sendable {
    public let request: HTTPRequest
    /// The router's decision, made before any middleware runs so logs and metrics know the route.
    public let resolution: RouteResolution
    /// The request id: the client's valid `X-Request-Id`, or a generated one (set by `RequestIDMiddleware`).
    public var requestID: String
    /// The client's address: the socket peer, or the address a trusted proxy reported.
    public var clientAddress: String
    /// `MonotonicClock.nanoseconds()` when the application received the request.
    public let startNanoseconds: UInt64

    public init(
        request: HTTPRequest, resolution: RouteResolution, requestID: String = "",
        clientAddress: String? = nil, startNanoseconds: UInt64 = MonotonicClock.nanoseconds()
    ) {
        self.request = request
        self.resolution = resolution
        self.requestID = requestID
        self.clientAddress = clientAddress ?? request.connection.peerAddress
        self.startNanoseconds = startNanoseconds
    }

    /// The matched route's path parameters (empty when no route matched).
    public var parameters: RouteParameters {
        if case .found(_, let parameters, _) = resolution { return parameters }
        return RouteParameters()
    }

    /// The matched route, if a handler will run.
    public var route: Route? {
        if case .found(let route, _, _) = resolution { return route }
        return nil
    }

    /// The route template for logs and metrics: the matched template, or `unmatched`.
    public var routeLabel: String { resolution.pathEntry?.template.text ?? Self.unmatchedLabel }

    /// The label of requests that matched no route (404, 400 on the path, 501).
    public static let unmatchedLabel = "unmatched"

    /// The parsed query string; a malformed one throws 400 naming the parameter.
    public func query() throws(APIError) -> QueryParameters {
        try QueryParameters(parsing: request.query)
    }

    /// Whether the request is GET or HEAD (the safe methods whose responses may be cached).
    public var isGetOrHead: Bool { request.method == .get || request.method == .head }
}
