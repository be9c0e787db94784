import JuesuanHTTP

/// `/metrics`: the Prometheus text of every collector (application requests, HTTP core connections,
/// process), `no-store`.
public struct MetricsRoutes: RouteCollection {
    public let collectors: [any PrometheusCollector]

    public init(collectors: [any PrometheusCollector]) { self.collectors = collectors }

    public func register(in router: inout Router) {
        let collectors = collectors
        router.get("/metrics") { _ in
            var body: [UInt8] = []
            body.reserveCapacity(16 * 1024)
            for collector in collectors { collector.appendPrometheus(to: &body) }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: PrometheusText.contentType)
            return HTTPResponse(status: .ok, headers: headers, body: body)
        }
    }
}
