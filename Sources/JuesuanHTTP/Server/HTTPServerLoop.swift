import JuesuanTransport

/// The HTTP server's state on one event loop: its listener, the connections it accepted (it owns them
/// until they close), over-cap rejections, and the loop's `Date` cache.
///
/// Everything here runs on the loop's thread, except `init` and `startAccepting()` which run before the
/// loop's thread starts.
final class HTTPServerLoop: ListenerDelegate, @unchecked Sendable {
    // @unchecked: all mutable state is confined to `loop`'s thread (see the type's doc comment).
    let loop: EventLoop
    private let listener: Listener
    private let responder: any HTTPResponder
    private let settings: HTTPConnectionStateMachine.Settings
    private let limiter: ConnectionLimiter
    private let metrics: HTTPServerMetrics
    private let dateCache = HTTPDateCache()
    /// Called once this loop stopped accepting (the server closes the listening socket after the last).
    private let onListenerStopped: @Sendable () -> Void
    private var connections: [Int32: HTTPConnection] = [:]
    private var rejections: [Int32: HTTPRejectedConnection] = [:]
    private var nextConnectionNumber: UInt64 = 0
    private var isShuttingDown = false
    /// Every loop of the server (this one included), for spreading accepted connections round-robin.
    /// Set before the loops' threads start and cleared after they stop (it forms a reference cycle).
    var group: [HTTPServerLoop] = []
    private let balancer: ConnectionBalancer

    /// Most rejected connections lingering at once on one loop; beyond it they are closed at once.
    static let maxLingeringRejections = 128

    init(
        loop: EventLoop, listeningSocket: Socket, responder: any HTTPResponder,
        configuration: HTTPServerConfiguration, limiter: ConnectionLimiter, metrics: HTTPServerMetrics,
        acceptBatch: Int, balancer: ConnectionBalancer, onListenerStopped: @escaping @Sendable () -> Void
    ) {
        self.balancer = balancer
        self.loop = loop
        self.listener = Listener(socket: listeningSocket, loop: loop, acceptBatch: acceptBatch)
        self.responder = responder
        self.settings = HTTPConnectionStateMachine.Settings(configuration)
        self.limiter = limiter
        self.metrics = metrics
        self.onListenerStopped = onListenerStopped
    }

    /// Registers the listener; called before the loop's thread starts.
    func startAccepting() throws(SystemError) {
        listener.delegate = self
        try listener.start()
    }

    // MARK: - ListenerDelegate

    func listener(_ listener: Listener, didAccept socket: Socket) {
        if isShuttingDown {
            socket.close()
            return
        }
        guard limiter.tryAcquire() else {
            reject(socket)
            return
        }
        if group.count > 1 {
            // The kernel wakes the same loop first for every connection; hand them out in turn instead.
            let target = group[balancer.nextIndex(count: group.count)]
            if target !== self {
                if !target.loop.execute({ target.adopt(socket) }) {
                    socket.close()
                    limiter.release()
                }
                return
            }
        }
        adopt(socket)
    }

    /// Takes over an accepted connection whose `limiter` slot is already reserved.
    func adopt(_ socket: Socket) {
        if isShuttingDown {
            socket.close()
            limiter.release()
            return
        }
        try? socket.setNoDelay()
        let peer = try? socket.peerAddress()
        nextConnectionNumber += 1
        let info = ConnectionInfo(
            peerAddress: peer?.host ?? "", peerPort: peer?.port ?? 0,
            id: UInt64(loop.index) << 48 | nextConnectionNumber, requestIndex: 0)
        let machine = HTTPConnectionStateMachine(
            settings: settings, responder: responder, connection: info, dateCache: dateCache, now: loop.now)
        let connection = HTTPConnection(socket: socket, loop: loop, owner: self, machine: machine, metrics: metrics)
        connections[socket.descriptor] = connection
        metrics.connectionOpened()
        do {
            try connection.start()
        } catch {
            connection.close()
        }
    }

    func listener(_ listener: Listener, didPauseAfter error: SystemError, backoffNanoseconds: UInt64) {
        metrics.acceptPaused()
    }

    // MARK: - Connections

    func connectionClosed(_ connection: HTTPConnection) {
        guard connections.removeValue(forKey: connection.socket.descriptor) != nil else { return }
        limiter.release()
        metrics.connectionClosed()
        stopIfDrained()
    }

    func rejectionClosed(_ rejection: HTTPRejectedConnection) {
        rejections.removeValue(forKey: rejection.socket.descriptor)
        stopIfDrained()
    }

    private func reject(_ socket: Socket) {
        metrics.connectionRejected()
        let error = HTTPProtocolError(
            status: .serviceUnavailable, reason: "too-many-connections",
            detail: "the server is at its limit of \(limiter.maximum) open connections; retry later")
        var bytes: [UInt8] = []
        HTTPResponseSerializer.append(
            responder.respond(toProtocolError: error, head: nil, connection: ConnectionInfo()),
            headOnly: false, connection: .close, dateLine: dateCache.headerLine(), to: &bytes)
        guard rejections.count < Self.maxLingeringRejections else {
            _ = bytes.withUnsafeBytes { try? socket.send($0) }
            socket.close()
            return
        }
        let rejection = HTTPRejectedConnection(socket: socket, loop: loop, owner: self)
        rejections[socket.descriptor] = rejection
        rejection.start(response: bytes)
    }

    // MARK: - Shutdown

    /// Stops accepting, closes idle connections, lets in-flight requests finish within the grace period;
    /// the loop stops once every connection has closed.
    func beginShutdown() {
        guard !isShuttingDown else { return }
        isShuttingDown = true
        listener.stop()
        onListenerStopped()
        for rejection in Array(rejections.values) { rejection.close() }
        for connection in Array(connections.values) { connection.beginShutdown() }
        stopIfDrained()
    }

    private func stopIfDrained() {
        if isShuttingDown && connections.isEmpty && rejections.isEmpty {
            loop.stop()
        }
    }
}
