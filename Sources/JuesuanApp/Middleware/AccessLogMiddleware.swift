public import JuesuanHTTP

/// Writes exactly one access-log line per request after the response is final (see `AccessLogger`).
///
/// Sits outside `ErrorMiddleware`, so it sees the status actually sent; should an error still escape,
/// it logs 500 and rethrows.
public struct AccessLogMiddleware: Middleware {
    private let accessLogger: AccessLogger

    public init(accessLogger: AccessLogger) { self.accessLogger = accessLogger }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        do {
            let response = try next(&context)
            log(context, status: response.status, bodyBytes: response.body.count)
            return response
        } catch {
            log(context, status: .internalServerError, bodyBytes: 0)
            throw error
        }
    }

    private func log(_ context: RequestContext, status: HTTPStatus, bodyBytes: Int) {
        let sent = context.request.method == .head || status.forbidsBody ? 0 : bodyBytes
        accessLogger.log(
            method: context.request.method.rawValue, route: context.routeLabel, status: status.code, bytes: sent,
            durationNanoseconds: MonotonicClock.nanoseconds() &- context.startNanoseconds,
            requestID: context.requestID, peer: context.clientAddress
        )
    }
}
