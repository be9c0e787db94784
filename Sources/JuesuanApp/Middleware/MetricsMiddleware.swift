public import JuesuanHTTP

/// Counts every request by route template and status, with its latency and body bytes, in `HTTPMetrics`.
public struct MetricsMiddleware: Middleware {
    private let metrics: HTTPMetrics

    public init(metrics: HTTPMetrics) { self.metrics = metrics }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        let routeID = context.resolution.pathEntry?.id ?? HTTPMetrics.unmatchedRouteID
        let label = context.routeLabel
        do {
            let response = try next(&context)
            let sent = context.request.method == .head || response.status.forbidsBody ? 0 : response.body.count
            metrics.record(
                routeID: routeID, routeLabel: label, status: response.status.code,
                durationNanoseconds: MonotonicClock.nanoseconds() &- context.startNanoseconds, bodyBytes: sent
            )
            return response
        } catch {
            metrics.record(
                routeID: routeID, routeLabel: label, status: 500,
                durationNanoseconds: MonotonicClock.nanoseconds() &- context.startNanoseconds, bodyBytes: 0
            )
            throw error
        }
    }
}
