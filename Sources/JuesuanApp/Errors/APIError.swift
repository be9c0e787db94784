public import JuesuanHTTP

/// An error a handler or middleware throws to answer with a specific client or server error; rendered
/// as RFC 9457 `application/problem+json` by `ErrorMiddleware`, the one place errors become responses.
///
/// Client errors must name what was wrong (the parameter, the field, the JSON path) in `detail` and,
/// for field-level problems, in `errors`.
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status answered.
    public var status: HTTPStatus
    /// The problem type URI; `about:blank` when the status says everything.
    public var type: String
    /// A short summary of the problem type; the reason phrase for `about:blank`.
    public var title: String
    /// A sentence for humans about this occurrence, naming the offending input.
    public var detail: String
    /// Field-level problems (`path` is a JSON path, a query parameter or a path parameter name).
    public var errors: [ProblemDetails.FieldError]
    /// Extra response header fields, e.g. `Allow` on 405 or `Retry-After` on 503.
    public var headers: HTTPHeaders

    /// Prefix of problem type URIs specific to this service.
    public static let typePrefix = "urn:juesuan:problem:"

    /// - Parameter type: a slug appended to ``typePrefix``, or nil for `about:blank`.
    public init(
        status: HTTPStatus, type slug: String? = nil, title: String? = nil, detail: String,
        errors: [ProblemDetails.FieldError] = [], headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.status = status
        self.type = slug.map { Self.typePrefix + $0 } ?? "about:blank"
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.errors = errors
        self.headers = headers
    }

    public var description: String { "\(status.code) \(title): \(detail)" }

    /// 400 for a request that is malformed as a whole.
    public static func badRequest(_ detail: String, type: String = "bad-request") -> APIError {
        APIError(status: .badRequest, type: type, title: "Bad request", detail: detail)
    }

    /// Where a request parameter lives, for ``invalidParameter(_:in:reason:)``.
    public enum ParameterLocation: String, Sendable {
        case query, path, header
    }

    /// 400 naming one query, path or header parameter and what is wrong with it.
    public static func invalidParameter(_ name: String, in location: ParameterLocation, reason: String) -> APIError {
        APIError(
            status: .badRequest, type: "invalid-parameter", title: "Invalid parameter",
            detail: "\(location.rawValue) parameter '\(name)' \(reason)",
            errors: [ProblemDetails.FieldError(path: name, detail: reason)]
        )
    }

    /// 404 saying what was not found.
    public static func notFound(_ detail: String) -> APIError {
        APIError(status: .notFound, type: "not-found", title: "Not found", detail: detail)
    }

    /// 405 with the `Allow` field listing the methods the path supports.
    public static func methodNotAllowed(method: HTTPMethod, path: String, allow: String) -> APIError {
        var headers = HTTPHeaders()
        headers.add(name: "Allow", value: allow)
        return APIError(
            status: .methodNotAllowed, type: "method-not-allowed", title: "Method not allowed",
            detail: "\(method.rawValue) is not supported on \(path); allowed: \(allow)", headers: headers
        )
    }

    /// 501 for a method token the server does not implement.
    public static func unknownMethod(_ method: HTTPMethod) -> APIError {
        APIError(
            status: HTTPStatus(code: 501), type: "method-not-implemented", title: "Method not implemented",
            detail: "the method \(method.rawValue) is not implemented by this server"
        )
    }

    /// 503 for a dependency that is down (storage during `/readyz`).
    public static func serviceUnavailable(_ detail: String) -> APIError {
        APIError(status: .serviceUnavailable, type: "unavailable", title: "Service unavailable", detail: detail)
    }

    /// 500 for an error the application did not anticipate; the detail never leaks internals.
    public static let internalError = APIError(
        status: .internalServerError, type: "internal", title: "Internal server error",
        detail: "the server failed to answer this request; the error was logged with the request id"
    )
}
