import Synchronization

/// Counters the HTTP core keeps for the application's `/metrics`: open connections and bytes moved.
///
/// Lock-free (relaxed atomics), safe to read from any thread while the server runs. Byte counts are
/// what the sockets accepted or delivered, in bytes; connection counts are connections.
public final class HTTPServerMetrics: Sendable {
    private let open = Atomic<Int>(0)
    private let accepted = Atomic<Int>(0)
    private let rejected = Atomic<Int>(0)
    private let received = Atomic<Int>(0)
    private let sent = Atomic<Int>(0)
    private let acceptPauses = Atomic<Int>(0)

    public init() {}

    /// Client connections open now.
    public var openConnections: Int { open.load(ordering: .relaxed) }
    /// Connections accepted and served since start.
    public var acceptedConnections: Int { accepted.load(ordering: .relaxed) }
    /// Connections refused with 503 because `maxConnections` were open.
    public var rejectedConnections: Int { rejected.load(ordering: .relaxed) }
    /// Bytes read from clients.
    public var bytesReceived: Int { received.load(ordering: .relaxed) }
    /// Bytes written to clients.
    public var bytesSent: Int { sent.load(ordering: .relaxed) }
    /// Times accepting paused after an error such as `EMFILE` (back-off of 100 ms to 1 s).
    public var acceptBackoffs: Int { acceptPauses.load(ordering: .relaxed) }

    func connectionOpened() {
        open.wrappingAdd(1, ordering: .relaxed)
        accepted.wrappingAdd(1, ordering: .relaxed)
    }

    func connectionClosed() { open.wrappingSubtract(1, ordering: .relaxed) }
    func connectionRejected() { rejected.wrappingAdd(1, ordering: .relaxed) }
    func addReceived(_ count: Int) { received.wrappingAdd(count, ordering: .relaxed) }
    func addSent(_ count: Int) { sent.wrappingAdd(count, ordering: .relaxed) }
    func acceptPaused() { acceptPauses.wrappingAdd(1, ordering: .relaxed) }
}
