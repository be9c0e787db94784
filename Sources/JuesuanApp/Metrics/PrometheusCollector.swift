/// Something that contributes metric families to `/metrics` in the Prometheus text format 0.0.4.
public protocol PrometheusCollector: Sendable {
    /// Appends complete families (`# HELP`, `# TYPE`, samples), each line ending in `\n`.
    func appendPrometheus(to out: inout [UInt8])
}

/// A collector made from a closure, for adapting counters kept elsewhere (the HTTP core's connections).
public struct ClosurePrometheusCollector: PrometheusCollector {
    private let body: @Sendable (inout [UInt8]) -> Void

    public init(_ body: @escaping @Sendable (inout [UInt8]) -> Void) { self.body = body }

    public func appendPrometheus(to out: inout [UInt8]) { body(&out) }
}
