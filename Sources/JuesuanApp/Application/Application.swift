public import JuesuanHTTP
public import Logging

/// The application: the one `HTTPResponder` the HTTP core calls. Resolves the route, then runs the
/// middleware chain — request id, access log, metrics, security headers, CORS, errors, ETag, response
/// cache, gzip — around the router endpoint. Also answers the core's own protocol errors as
/// problem+json with a request id, access-logged and counted like any other request.
public struct Application: HTTPResponder {
    public let configuration: AppConfiguration
    public let router: Router
    public let metrics: HTTPMetrics
    public let responseCache: ResponseCacheMiddleware
    let chain: MiddlewareChain
    let requestIDs: RequestIDMiddleware
    let accessLogger: AccessLogger?
    let clientAddresses: ClientAddressResolver

    /// - Parameters:
    ///   - routes: feature route collections (the read API, imports); health, metrics and
    ///     `/openapi.yaml` are added here.
    ///   - logger: the logger for access lines and errors.
    ///   - readinessChecks: what `/readyz` checks (storage's ping).
    ///   - openAPIDocument: the bytes served at `/openapi.yaml`.
    ///   - collectors: extra `/metrics` families (the HTTP core's connection counters).
    ///   - dataVersion: the stored data's version; cached responses of older versions are dropped.
    public init(
        configuration: AppConfiguration,
        routes: [any RouteCollection] = [],
        logger: Logger,
        readinessChecks: [ReadinessCheck] = [],
        openAPIDocument: [UInt8] = [],
        collectors: [any PrometheusCollector] = [],
        dataVersion: @escaping @Sendable () -> UInt64 = { 0 }
    ) {
        self.configuration = configuration
        let metrics = HTTPMetrics()
        self.metrics = metrics

        var router = Router()
        router.register(HealthRoutes(readinessChecks: readinessChecks))
        router.register(MetricsRoutes(collectors: [metrics as any PrometheusCollector, ProcessMetricsCollector()] + collectors))
        router.register(OpenAPIRoutes(document: openAPIDocument))
        for collection in routes { collection.register(in: &router) }
        self.router = router

        let requestIDs = RequestIDMiddleware(generator: RequestIDGenerator())
        self.requestIDs = requestIDs
        let accessLogger = configuration.accessLog ? AccessLogger(logger: logger) : nil
        self.accessLogger = accessLogger
        clientAddresses = ClientAddressResolver(trustedProxies: configuration.trustedProxies)
        let responseCache = ResponseCacheMiddleware(configuration: configuration.cache, dataVersion: dataVersion)
        self.responseCache = responseCache

        var middleware: [any Middleware] = [requestIDs]
        if let accessLogger { middleware.append(AccessLogMiddleware(accessLogger: accessLogger)) }
        middleware.append(MetricsMiddleware(metrics: metrics))
        middleware.append(SecurityHeadersMiddleware())
        middleware.append(CORSMiddleware(configuration: configuration.cors))
        middleware.append(ErrorMiddleware(logger: logger))
        middleware.append(ETagMiddleware())
        middleware.append(responseCache)
        middleware.append(CompressionMiddleware(configuration: configuration.compression, logger: logger))
        let endpoint = RouterEndpoint(serverAllow: router.serverAllow, publicMaxAgeSeconds: configuration.cache.maxAgeSeconds)
        chain = MiddlewareChain(middleware) { context in try endpoint.respond(&context) }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let start = MonotonicClock.nanoseconds()
        var context = RequestContext(
            request: request, resolution: router.resolve(method: request.method, path: request.path),
            clientAddress: clientAddress(for: request), startNanoseconds: start
        )
        do {
            return try chain.run(&context)
        } catch {
            // Unreachable while ErrorMiddleware is in the chain; kept so nothing escapes unanswered.
            var response = ErrorMiddleware.response(for: APIError.internalError, context: context)
            SecurityHeadersMiddleware.apply(to: &response.headers)
            return response
        }
    }

    /// The client address; the resolver only runs when a forwarding header is present (without one its
    /// answer is the peer anyway), which keeps direct requests from paying for address parsing.
    private func clientAddress(for request: HTTPRequest) -> String {
        let headers = request.headers
        guard headers.has("X-Forwarded-For") || headers.has("X-Real-IP") else { return request.connection.peerAddress }
        return clientAddresses.clientAddress(for: request)
    }

    public func respond(toProtocolError error: HTTPProtocolError, head: HTTPRequestHead?, connection: ConnectionInfo) -> HTTPResponse {
        let requestID = requestIDs.requestID(for: head?.headers ?? HTTPHeaders())
        let instance = head.flatMap { $0.path.utf8.count <= 1024 ? $0.path : nil }
        let problem = ProblemDetails(
            type: APIError.typePrefix + error.reason, title: error.status.reasonPhrase, status: error.status.code,
            detail: error.detail, instance: instance, requestID: requestID
        )
        var response = problem.response()
        response.status = error.status
        response.headers.add(name: RequestIDMiddleware.headerName, value: requestID)
        SecurityHeadersMiddleware.apply(to: &response.headers)
        metrics.record(
            routeID: HTTPMetrics.protocolErrorRouteID, routeLabel: HTTPMetrics.protocolErrorLabel,
            status: error.status.code, durationNanoseconds: 0, bodyBytes: response.body.count
        )
        accessLogger?.log(
            method: head?.method.rawValue ?? "-", route: HTTPMetrics.protocolErrorLabel, status: error.status.code,
            bytes: response.body.count, durationNanoseconds: 0, requestID: requestID, peer: connection.peerAddress
        )
        return response
    }

    public func bodyLimit(for head: HTTPRequestHead) -> Int? {
        if head.method == .get || head.method == .head || head.method == .options { return nil }
        if case .found(let route, _, _) = router.resolve(method: head.method, path: head.path) { return route.bodyLimit }
        return nil
    }
}
