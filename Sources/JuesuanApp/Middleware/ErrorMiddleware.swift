public import JuesuanHTTP
public import Logging

/// The one place errors become responses: an `APIError` becomes its problem+json; any other error
/// becomes a 500 problem+json and is logged at error level with the request id and route.
public struct ErrorMiddleware: Middleware {
    private let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        do {
            return try next(&context)
        } catch let error as APIError {
            return Self.response(for: error, context: context)
        } catch {
            logger.error(
                "unhandled error",
                metadata: [
                    "error": .string(String(describing: error)),
                    "error_type": .string(String(reflecting: type(of: error))),
                    "route": .string(context.routeLabel),
                    "request_id": .string(context.requestID),
                ]
            )
            return Self.response(for: APIError.internalError, context: context)
        }
    }

    /// The problem+json response for `error` on this request.
    public static func response(for error: APIError, context: RequestContext) -> HTTPResponse {
        ProblemDetails(error, instance: context.request.path, requestID: context.requestID.isEmpty ? nil : context.requestID)
            .response(headers: error.headers)
    }
}
