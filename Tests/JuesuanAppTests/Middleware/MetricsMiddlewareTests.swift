import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct MetricsMiddlewareTests {
    @Test func countsByRouteAndStatus() throws {
        let metrics = HTTPMetrics()
        let middleware = MetricsMiddleware(metrics: metrics)
        for _ in 0..<3 {
            _ = try run([middleware], .make(.get, "/things/1"), resolution: foundResolution()) { _ in HTTPResponse(status: .ok, body: [1, 2]) }
        }
        _ = try run([middleware], .make(.get, "/nope")) { _ in HTTPResponse(status: .notFound) }
        #expect(metrics.requestCount(route: "/things/{id}", status: 200) == 3)
        #expect(metrics.requestCount(route: "unmatched", status: 404) == 1)
        #expect(metrics.requestCount(route: "/things/{id}", status: 404) == 0)
    }
}
