public import JuesuanHTTP

/// Gives every request an id: the client's `X-Request-Id` when it is safe (`[A-Za-z0-9._-]{1,128}`),
/// otherwise a generated one; echoes it on the response.
public struct RequestIDMiddleware: Middleware {
    /// The header field carrying the id, in requests and responses.
    public static let headerName = "X-Request-Id"

    private let generator: RequestIDGenerator

    public init(generator: RequestIDGenerator) { self.generator = generator }

    /// The id for a request with these headers: the client's if valid, else a new one.
    public func requestID(for headers: HTTPHeaders) -> String {
        if let supplied = headers.value("X-Request-Id"), RequestIDGenerator.isValid(supplied) { return supplied }
        return generator.next()
    }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        context.requestID = requestID(for: context.request.headers)
        var response = try next(&context)
        if response.headers.has("X-Request-Id") {
            response.headers.replaceOrAdd(name: Self.headerName, value: context.requestID)
        } else {
            response.headers.add(name: Self.headerName, value: context.requestID)
        }
        return response
    }
}
