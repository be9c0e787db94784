public import JuesuanHTTP

/// Cross-origin resource sharing for browser dashboards (Fetch standard), from an exact-match origin
/// allowlist.
///
/// - No allowlist: no CORS headers at all (browsers block cross-origin reads).
/// - `*` in the list: `Access-Control-Allow-Origin: *`, never with credentials (refused by configuration).
/// - Otherwise an allowed `Origin` is reflected with `Vary: Origin`, and `Vary: Origin` is on every
///   response so shared caches keep per-origin answers apart; other origins get no CORS headers.
/// - Preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) on a known path from an
///   allowed origin → 204 with `Allow-Methods` (the path's methods), `Allow-Headers` and `Max-Age`.
public struct CORSMiddleware: Middleware {
    public let configuration: CORSConfiguration
    private let allowsAnyOrigin: Bool
    private let origins: Set<String>

    public init(configuration: CORSConfiguration) {
        self.configuration = configuration
        allowsAnyOrigin = configuration.allowedOrigins.contains("*")
        origins = Set(configuration.allowedOrigins.filter { $0 != "*" })
    }

    /// The `Access-Control-Allow-Origin` value for a request `Origin`, or nil when not allowed.
    public func allowedOriginValue(for origin: String?) -> String? {
        if allowsAnyOrigin { return "*" }
        guard let origin, origins.contains(origin) else { return nil }
        return origin
    }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        guard allowsAnyOrigin || !origins.isEmpty else { return try next(&context) }
        let origin = context.request.headers.value("Origin")
        let allowed = allowedOriginValue(for: origin)

        if context.request.method == .options, let allowed,
           let requestedMethod = context.request.headers.value("Access-Control-Request-Method") {
            let allow: String?
            switch context.resolution {
            case .options(let entry): allow = entry.allow
            default: allow = nil
            }
            if let allow, Self.listContains(allow, requestedMethod) {
                var headers = HTTPHeaders()
                applyOrigin(allowed, to: &headers)
                headers.add(name: "Access-Control-Allow-Methods", value: allow)
                headers.add(name: "Access-Control-Allow-Headers", value: configuration.allowedHeaders.joined(separator: ", "))
                headers.add(name: "Access-Control-Max-Age", value: String(configuration.maxAgeSeconds))
                headers.add(name: "Allow", value: allow)
                headers.addVary("Access-Control-Request-Method")
                headers.addVary("Access-Control-Request-Headers")
                return HTTPResponse(status: .noContent, headers: headers)
            }
        }

        var response = try next(&context)
        if let allowed {
            applyOrigin(allowed, to: &response.headers)
            if !configuration.exposedHeaders.isEmpty {
                response.headers.add(name: "Access-Control-Expose-Headers", value: configuration.exposedHeaders.joined(separator: ", "))
            }
        } else if !allowsAnyOrigin {
            response.headers.addVary("Origin")
        }
        return response
    }

    private func applyOrigin(_ allowed: String, to headers: inout HTTPHeaders) {
        headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: allowed)
        if allowed != "*" {
            headers.addVary("Origin")
            if configuration.allowCredentials { headers.replaceOrAdd(name: "Access-Control-Allow-Credentials", value: "true") }
        }
    }

    /// Whether a comma-separated method list contains `method` exactly (methods are case-sensitive).
    static func listContains(_ list: String, _ method: String) -> Bool {
        list.split(separator: ",").contains { $0.trimmingASCIISpaces() == method[...] }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}

/// CORS settings (configuration keys `cors.*`).
public struct CORSConfiguration: Sendable, Hashable {
    /// Exact origins (`https://dash.example.org`) allowed to read responses; `*` allows any origin
    /// without credentials; empty disables CORS.
    public var allowedOrigins: [String] = []
    /// Whether `Access-Control-Allow-Credentials: true` is sent to allowed origins (never with `*`).
    public var allowCredentials: Bool = false
    /// Request headers a preflight may ask for.
    public var allowedHeaders: [String] = ["Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"]
    /// Response headers scripts may read.
    public var exposedHeaders: [String] = ["ETag", "X-Request-Id"]
    /// How long browsers may cache a preflight answer, seconds.
    public var maxAgeSeconds: Int = 600

    public init() {}
}
