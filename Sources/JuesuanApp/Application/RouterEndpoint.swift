public import JuesuanHTTP

/// The innermost step of the chain: runs the matched handler, or answers what the router decided
/// without one (204 to OPTIONS, and 400/404/405/501 as `APIError`s).
public struct RouterEndpoint: Sendable {
    /// `Allow` for `OPTIONS *`.
    public let serverAllow: String
    /// `max-age` for `CachePolicy.publicData` routes, seconds.
    public let publicMaxAgeSeconds: Int

    public init(serverAllow: String, publicMaxAgeSeconds: Int) {
        self.serverAllow = serverAllow
        self.publicMaxAgeSeconds = publicMaxAgeSeconds
    }

    public func respond(_ context: inout RequestContext) throws -> HTTPResponse {
        switch context.resolution {
        case .found(let route, _, _):
            var response = try route.handler(context)
            if !response.headers.has("Cache-Control") {
                response.headers.add(name: "Cache-Control", value: route.cachePolicy.headerValue(maxAgeSeconds: publicMaxAgeSeconds))
            }
            return response
        case .options(let entry):
            return Self.optionsResponse(allow: entry.allow)
        case .serverOptions:
            return Self.optionsResponse(allow: serverAllow)
        case .methodNotAllowed(let entry):
            throw APIError.methodNotAllowed(method: context.request.method, path: context.request.path, allow: entry.allow)
        case .notFound:
            throw APIError.notFound("no resource at \(context.request.path)")
        case .unknownMethod:
            throw APIError.unknownMethod(context.request.method)
        case .invalid(let error):
            throw error
        }
    }

    static func optionsResponse(allow: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Allow", value: allow)
        return HTTPResponse(status: .noContent, headers: headers)
    }
}
