/// Everything that bounds the HTTP server: where it listens, its limits, its timeouts.
///
/// Every default is the safe production value recommended in `shared/RELIABILITY.md` §1.5; `Config/README.md`
/// documents the matching configuration keys.
public struct HTTPServerConfiguration: Sendable, Hashable {
    /// Address to bind, e.g. `127.0.0.1`, `0.0.0.0` or `::1`.
    public var host: String = "127.0.0.1"
    /// TCP port to bind; 0 picks a free port (tests).
    public var port: UInt16 = 8080
    /// `listen(2)` backlog.
    public var backlog: Int32 = 511
    /// Number of event-loop threads; 0 means one per CPU core.
    public var eventLoopCount: Int = 0
    /// Limits on what one request may contain.
    public var limits = Limits()
    /// Deadlines that close slow or idle connections.
    public var timeouts = Timeouts()

    public init() {}

    /// Size and count limits. Exceeding one gets the status named on each property and `Connection: close`.
    public struct Limits: Sendable, Hashable {
        /// Longest request line in bytes, method to version: 8 KiB → 414 URI Too Long.
        public var requestLineBytes: Int = 8 * 1024
        /// Longest single header field line (name, colon, value) in bytes: 8 KiB → 431.
        public var headerFieldBytes: Int = 8 * 1024
        /// Largest request head (request line and all fields) in bytes: 32 KiB → 431.
        public var headerBytes: Int = 32 * 1024
        /// Most header fields in one request: 100 → 431.
        public var headerCount: Int = 100
        /// Largest request body in bytes, declared or chunked, unless the responder raises it per route:
        /// 1 MiB → 413, answered before the body is read.
        public var bodyBytes: Int = 1024 * 1024
        /// Longest chunk extension in bytes (after the size, before CRLF): 1 KiB → 400.
        public var chunkExtensionBytes: Int = 1024
        /// Most open client connections; above it a new connection gets 503 and is closed.
        public var maxConnections: Int = 1024
        /// Most complete requests parsed ahead of the one being answered on a connection; reading
        /// pauses beyond it.
        public var maxPipelinedRequests: Int = 16
        /// Most unparsed input buffered per connection while a response is pending, in bytes: 64 KiB.
        public var maxBufferedInputBytes: Int = 64 * 1024
        /// Output high-water mark per connection in bytes: above it the server stops reading from
        /// that client until its output drains (slow readers cannot pin memory): 1 MiB.
        public var outputHighWaterBytes: Int = 1024 * 1024

        public init() {}
    }

    /// Timeouts in milliseconds.
    public struct Timeouts: Sendable, Hashable {
        /// Whole request head must arrive within this time of its first byte: 10 s → 408 and close.
        public var headerMilliseconds: Int = 10_000
        /// Longest silence while a body is being received: 10 s → 408 and close.
        public var bodyIdleMilliseconds: Int = 10_000
        /// Idle keep-alive connection lifetime between requests: 75 s (outlives nginx's upstream 60 s).
        public var idleMilliseconds: Int = 75_000
        /// Longest time a write may make no progress: 30 s → close.
        public var writeStallMilliseconds: Int = 30_000
        /// On SIGTERM/SIGINT, how long in-flight requests may take before connections are closed: 10 s.
        public var shutdownGraceMilliseconds: Int = 10_000

        public init() {}
    }
}
