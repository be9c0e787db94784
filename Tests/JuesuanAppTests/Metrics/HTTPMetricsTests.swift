import Testing
@testable import JuesuanApp

@Suite struct HTTPMetricsTests {
    @Test func rendersCountersAndCumulativeHistogram() {
        let metrics = HTTPMetrics()
        metrics.record(routeID: 0, routeLabel: "/healthz", status: 200, durationNanoseconds: 20_000, bodyBytes: 15)
        metrics.record(routeID: 0, routeLabel: "/healthz", status: 200, durationNanoseconds: 3_000_000, bodyBytes: 15)
        metrics.record(routeID: HTTPMetrics.unmatchedRouteID, routeLabel: "unmatched", status: 404, durationNanoseconds: 5_000, bodyBytes: 100)
        metrics.record(routeID: HTTPMetrics.protocolErrorRouteID, routeLabel: "protocol_error", status: 400, durationNanoseconds: 0, bodyBytes: 90)
        var out: [UInt8] = []
        metrics.appendPrometheus(to: &out)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("# TYPE juesuan_http_requests_total counter\n"))
        #expect(text.contains(#"juesuan_http_requests_total{route="/healthz",status="200"} 2"#))
        #expect(text.contains(#"juesuan_http_requests_total{route="unmatched",status="404"} 1"#))
        #expect(text.contains(#"juesuan_http_requests_total{route="protocol_error",status="400"} 1"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="1e-05"} 0"#) == false)
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="0.00001"} 0"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="0.000025"} 1"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="0.0025"} 1"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="0.005"} 2"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"} 2"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_sum{route="/healthz"} 0.00302"#))
        #expect(text.contains(#"juesuan_http_request_duration_seconds_count{route="/healthz"} 2"#))
        #expect(text.contains(#"juesuan_http_response_body_bytes_total{route="/healthz"} 30"#))
    }

    @Test func formatsSecondsExactly() {
        #expect(PrometheusText.seconds(fromNanoseconds: 250_000) == "0.00025")
        #expect(PrometheusText.seconds(fromNanoseconds: 2_500_000_000) == "2.5")
        #expect(PrometheusText.seconds(fromNanoseconds: 1_000_000_000) == "1")
        #expect(PrometheusText.seconds(fromNanoseconds: 1) == "0.000000001")
    }

    @Test func escapesLabelValues() {
        var out: [UInt8] = []
        PrometheusText.appendSample("m", labels: [("route", "a\"b\\c\nd")], value: "1", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "m{route=\"a\\\"b\\\\c\\nd\"} 1\n")
    }

    @Test func processCollectorReportsMemoryAndDescriptors() {
        var out: [UInt8] = []
        ProcessMetricsCollector().appendPrometheus(to: &out)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("process_resident_memory_bytes "))
        #expect(text.contains("process_open_fds "))
        #expect((ProcessMetricsCollector.residentBytes() ?? 0) > 1_000_000)
        #expect((ProcessMetricsCollector.openDescriptors() ?? 0) >= 3)
    }
}
