import Synchronization

/// Request counters kept by the application for `/metrics`: requests by route template and status, a
/// latency histogram per route, and response body bytes per route.
///
/// Rows are indexed by route id (`PathEntry.id`, dense from 0) plus two fixed rows: requests that
/// matched no route (`unmatched`, id −1) and requests the HTTP core refused (`protocol_error`, id −2).
/// One lock guards the arrays; an update is a few array increments.
public final class HTTPMetrics: Sendable {
    /// Upper bounds of the latency buckets, nanoseconds (10 µs … 2.5 s).
    public static let bucketBoundsNanoseconds: [UInt64] = [
        10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000,
        25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000, 1_000_000_000, 2_500_000_000,
    ]

    /// Route id of requests that matched no route.
    public static let unmatchedRouteID = -1
    /// Route id of requests refused by the HTTP core before routing.
    public static let protocolErrorRouteID = -2
    /// Label of requests refused by the HTTP core before routing.
    public static let protocolErrorLabel = "protocol_error"

    /// The counters of one route label.
    struct Row {
        var label: String
        /// (status, count) pairs; a route answers with a handful of statuses, so a linear scan beats hashing.
        var statusCounts: [(status: Int, count: UInt64)] = []
        var buckets = [UInt64](repeating: 0, count: HTTPMetrics.bucketBoundsNanoseconds.count + 1)
        var durationSumNanoseconds: UInt64 = 0
        var count: UInt64 = 0
        var bodyBytes: UInt64 = 0
    }

    let rows: Mutex<[Row?]>

    public init() {
        rows = Mutex([Row(label: Self.protocolErrorLabel), Row(label: RequestContext.unmatchedLabel)])
    }

    /// Counts one answered request of route `routeID` (labelled `routeLabel`).
    public func record(routeID: Int, routeLabel: String, status: Int, durationNanoseconds: UInt64, bodyBytes: Int) {
        let index = max(routeID, Self.protocolErrorRouteID) + 2
        var bucket = 0
        let bounds = Self.bucketBoundsNanoseconds
        while bucket < bounds.count && durationNanoseconds > bounds[bucket] { bucket += 1 }
        rows.withLock { rows in
            if index >= rows.count { rows.append(contentsOf: repeatElement(nil, count: index - rows.count + 1)) }
            if rows[index] == nil { rows[index] = Row(label: routeLabel) }
            if let position = rows[index]?.statusCounts.firstIndex(where: { $0.status == status }) {
                rows[index]?.statusCounts[position].count += 1
            } else {
                rows[index]?.statusCounts.append((status, 1))
            }
            rows[index]?.buckets[bucket] += 1
            rows[index]?.durationSumNanoseconds &+= durationNanoseconds
            rows[index]?.count += 1
            rows[index]?.bodyBytes &+= UInt64(bodyBytes)
        }
    }

    /// The number of requests counted for a route label and status (tests, diagnostics).
    public func requestCount(route: String, status: Int) -> UInt64 {
        rows.withLock { rows in
            rows.first { $0?.label == route }??.statusCounts.first { $0.status == status }?.count ?? 0
        }
    }
}
