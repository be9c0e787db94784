public import JuesuanHTTP

/// Adds the headers every JSON API response carries (OWASP REST Security Cheat Sheet): `nosniff`, a
/// deny-all CSP, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, and `Cache-Control: no-store`
/// unless the route set its own policy.
public struct SecurityHeadersMiddleware: Middleware {
    /// The fixed fields, added to every response including parser-level errors.
    public static let fields: [HTTPHeaders.Field] = [
        HTTPHeaders.Field(name: "X-Content-Type-Options", value: "nosniff"),
        HTTPHeaders.Field(name: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'"),
        HTTPHeaders.Field(name: "X-Frame-Options", value: "DENY"),
        HTTPHeaders.Field(name: "Referrer-Policy", value: "no-referrer"),
    ]

    public init() {}

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        var response = try next(&context)
        Self.apply(to: &response.headers)
        return response
    }

    /// Adds the fixed fields and a default `Cache-Control`.
    public static func apply(to headers: inout HTTPHeaders) {
        for field in fields { headers.add(name: field.name, value: field.value) }
        if !headers.has("Cache-Control") { headers.add(name: "Cache-Control", value: "no-store") }
    }
}
