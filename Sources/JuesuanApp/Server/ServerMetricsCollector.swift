import JuesuanHTTP

/// Exports the HTTP core's connection and byte counters (`HTTPServerMetrics`) in Prometheus text.
struct ServerMetricsCollector: PrometheusCollector {
    let metrics: HTTPServerMetrics

    func appendPrometheus(to out: inout [UInt8]) {
        let families: [(String, String, String, Int)] = [
            ("juesuan_http_open_connections", "gauge", "Client connections open now.", metrics.openConnections),
            ("juesuan_http_connections_accepted_total", "counter", "Client connections accepted.", metrics.acceptedConnections),
            ("juesuan_http_connections_rejected_total", "counter", "Connections refused with 503 at the connection limit.", metrics.rejectedConnections),
            ("juesuan_http_received_bytes_total", "counter", "Bytes read from clients.", metrics.bytesReceived),
            ("juesuan_http_sent_bytes_total", "counter", "Bytes written to clients.", metrics.bytesSent),
            ("juesuan_http_accept_backoffs_total", "counter", "Times accepting paused after EMFILE or a similar error.", metrics.acceptBackoffs),
        ]
        for (name, type, help, value) in families {
            PrometheusText.appendHeader(name, type: type, help: help, to: &out)
            PrometheusText.appendSample(name, value: String(value), to: &out)
        }
    }
}
