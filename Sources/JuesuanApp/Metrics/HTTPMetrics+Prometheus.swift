extension HTTPMetrics: PrometheusCollector {
    /// Bucket bounds as Prometheus `le` labels, seconds.
    static let bucketLabels: [String] = bucketBoundsNanoseconds.map { PrometheusText.seconds(fromNanoseconds: $0) }

    public func appendPrometheus(to out: inout [UInt8]) {
        let snapshot = rows.withLock { $0 }.compactMap { $0 }.filter { $0.count > 0 }
        PrometheusText.appendHeader(
            "juesuan_http_requests_total", type: "counter",
            help: "HTTP requests answered, by route template and status code.", to: &out
        )
        for row in snapshot {
            let label = row.label
            for (status, count) in row.statusCounts.sorted(by: { $0.status < $1.status }) {
                PrometheusText.appendSample(
                    "juesuan_http_requests_total", labels: [("route", label), ("status", String(status))],
                    value: String(count), to: &out
                )
            }
        }

        PrometheusText.appendHeader(
            "juesuan_http_request_duration_seconds", type: "histogram",
            help: "Time from receiving a complete request to having its response, by route template.", to: &out
        )
        for row in snapshot {
            let label = row.label
            var cumulative: UInt64 = 0
            for (index, bucketLabel) in Self.bucketLabels.enumerated() {
                cumulative += row.buckets[index]
                PrometheusText.appendSample(
                    "juesuan_http_request_duration_seconds_bucket", labels: [("route", label), ("le", bucketLabel)],
                    value: String(cumulative), to: &out
                )
            }
            PrometheusText.appendSample(
                "juesuan_http_request_duration_seconds_bucket", labels: [("route", label), ("le", "+Inf")],
                value: String(row.count), to: &out
            )
            PrometheusText.appendSample(
                "juesuan_http_request_duration_seconds_sum", labels: [("route", label)],
                value: PrometheusText.seconds(fromNanoseconds: row.durationSumNanoseconds), to: &out
            )
            PrometheusText.appendSample(
                "juesuan_http_request_duration_seconds_count", labels: [("route", label)],
                value: String(row.count), to: &out
            )
        }

        PrometheusText.appendHeader(
            "juesuan_http_response_body_bytes_total", type: "counter",
            help: "Response body bytes sent (after compression), by route template.", to: &out
        )
        for row in snapshot {
            PrometheusText.appendSample(
                "juesuan_http_response_body_bytes_total", labels: [("route", row.label)],
                value: String(row.bodyBytes), to: &out
            )
        }
    }
}
