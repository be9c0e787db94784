public import JuesuanHTTP

/// Strong ETags and conditional GET: tags every successful GET/HEAD response that may be stored (not
/// `no-store`) with the hash of its body bytes, unless it already carries one (the response cache tags
/// what it keeps), and answers `If-None-Match` hits with 304 and no body (RFC 9110 §13.1.2, §15.4.5).
public struct ETagMiddleware: Middleware {
    public init() {}

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        var response = try next(&context)
        guard context.isGetOrHead, response.status.code == 200 else { return response }
        let tag: EntityTag
        if let existing = response.headers.value("ETag") {
            tag = EntityTag(headerValue: existing)
        } else {
            if response.headers.value("Cache-Control") == "no-store" { return response }
            tag = EntityTag(body: response.body)
            response.headers.add(name: "ETag", value: tag.headerValue)
        }
        guard tag.matchesIfNoneMatch(in: context.request.headers) else { return response }
        return Self.notModified(from: response)
    }

    /// The 304 for a stored 200: the validators and caching fields that a 200 would have sent, no body.
    static func notModified(from response: HTTPResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for field in response.headers where Self.keptOn304(field.name) {
            headers.add(name: field.name, value: field.value)
        }
        return HTTPResponse(status: .notModified, headers: headers)
    }

    private static func keptOn304(_ name: String) -> Bool {
        for kept in ["ETag", "Cache-Control", "Vary", "Expires", "Content-Location"] where HTTPHeaders.namesEqual(name, kept) {
            return true
        }
        return false
    }
}
