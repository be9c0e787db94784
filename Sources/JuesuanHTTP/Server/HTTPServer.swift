import Glibc
public import JuesuanTransport
import Synchronization

/// The HTTP/1.1 server: one listening socket shared by N event-loop threads (epoll, level-triggered),
/// each owning the connections it accepts and answering them through the one `HTTPResponder`.
///
/// `start()` binds (port 0 picks a free port: read `localAddress` afterwards) and starts the loops;
/// `shutdown()` begins a graceful stop (stop accepting, close idle connections, let in-flight requests
/// finish within `timeouts.shutdownGraceMilliseconds`); `waitUntilStopped()` returns when every loop has
/// stopped. `run()` does all three, shutting down on SIGTERM or SIGINT.
public final class HTTPServer: Sendable {
    /// Where the server is in its life.
    public enum State: Sendable, Equatable {
        case idle, running, stopping, stopped
    }

    public let configuration: HTTPServerConfiguration
    /// Connection and byte counters, readable while the server runs.
    public let metrics: HTTPServerMetrics
    private let responder: any HTTPResponder
    private let mutable = LockedValue(Mutable())

    private struct Mutable: Sendable {
        var state = State.idle
        var loops: [HTTPServerLoop] = []
        var localAddress: SocketAddress?
        /// `shutdown()` was called before `start()` finished: stop right after starting.
        var shutdownRequested = false
    }

    public init(configuration: HTTPServerConfiguration, responder: some HTTPResponder, metrics: HTTPServerMetrics = HTTPServerMetrics()) {
        self.configuration = configuration
        self.responder = responder
        self.metrics = metrics
    }

    /// The bound address once started (with the real port when `configuration.port` was 0).
    public var localAddress: SocketAddress? { mutable.withLock { $0.localAddress } }

    /// The bound port once started, 0 before.
    public var port: UInt16 { localAddress?.port ?? 0 }

    public var state: State { mutable.withLock { $0.state } }

    /// Number of event-loop threads the server runs (after `start()`).
    public var eventLoopCount: Int { mutable.withLock { $0.loops.count } }

    /// Binds the listening socket and starts the event loops. Throws `SocketAddressError` for a host that
    /// is not a numeric address and `SystemError` (naming the call) when binding or starting fails.
    public func start() throws {
        SignalWatcher.ignoreBrokenPipe()
        try mutable.withLock { mutable in
            guard mutable.state == .idle else { throw SystemError(call: "HTTPServer.start", errno: EALREADY) }
            let address = try SocketAddress(host: configuration.host, port: configuration.port)
            let socket = try Socket.listening(on: address, backlog: configuration.backlog)
            var loops: [HTTPServerLoop] = []
            do {
                let local = try socket.localAddress()
                let count = configuration.eventLoopCount > 0
                    ? configuration.eventLoopCount : SystemClock.availableProcessorCount
                let limiter = ConnectionLimiter(maximum: max(1, configuration.limits.maxConnections))
                let countdown = ListeningSocketCountdown(socket: socket, loops: count)
                let balancer = ConnectionBalancer()
                for index in 0..<count {
                    let serverLoop = HTTPServerLoop(
                        loop: try EventLoop(index: index), listeningSocket: socket, responder: responder,
                        configuration: configuration, limiter: limiter, metrics: metrics,
                        acceptBatch: 64, balancer: balancer,
                        onListenerStopped: { countdown.loopStoppedListening() })
                    try serverLoop.startAccepting()
                    loops.append(serverLoop)
                }
                for serverLoop in loops { serverLoop.group = loops }
                for serverLoop in loops { try serverLoop.loop.start() }
                mutable.localAddress = local
            } catch {
                for serverLoop in loops {
                    serverLoop.loop.stop()
                    serverLoop.loop.waitUntilStopped()
                    serverLoop.group = []
                }
                socket.close()
                throw error
            }
            mutable.loops = loops
            mutable.state = .running
        }
        if mutable.withLock({ $0.shutdownRequested }) { shutdown() }
    }

    /// Begins a graceful shutdown and returns at once: stop accepting (the listening socket is closed),
    /// close idle connections, answer in-flight requests with `Connection: close`, and close whatever is
    /// left when the grace period ends. Idempotent; safe from any thread (a signal handler's queue).
    public func shutdown() {
        let loops = mutable.withLock { mutable -> [HTTPServerLoop] in
            guard mutable.state == .running else {
                if mutable.state == .idle { mutable.shutdownRequested = true }
                return []
            }
            mutable.state = .stopping
            return mutable.loops
        }
        for serverLoop in loops {
            serverLoop.loop.execute { serverLoop.beginShutdown() }
        }
    }

    /// Blocks until every event loop has stopped (after `shutdown()`), or at once if never started.
    public func waitUntilStopped() {
        let loops = mutable.withLock { $0.loops }
        for serverLoop in loops { serverLoop.loop.waitUntilStopped() }
        let first = mutable.withLock { mutable -> Bool in
            guard mutable.state == .stopping else { return false }
            mutable.state = .stopped
            return true
        }
        // Every loop thread has returned and only the first waiter gets here: break the loops' cycle.
        if first { for serverLoop in loops { serverLoop.group = [] } }
    }

    /// Starts the server, runs until SIGTERM or SIGINT, shuts down gracefully and returns, so the process
    /// can exit 0.
    public func run() throws {
        let watcher = SignalWatcher(signals: [SIGTERM, SIGINT]) { [self] _ in shutdown() }
        defer { watcher.cancel() }
        try start()
        waitUntilStopped()
    }
}

/// Closes the shared listening socket once the last loop has removed it from its epoll set.
private final class ListeningSocketCountdown: Sendable {
    private let socket: Socket
    private let remaining: Atomic<Int>

    init(socket: Socket, loops: Int) {
        self.socket = socket
        remaining = Atomic(loops)
    }

    func loopStoppedListening() {
        if remaining.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            socket.close()
        }
    }
}
