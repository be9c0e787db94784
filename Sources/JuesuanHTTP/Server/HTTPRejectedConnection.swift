import JuesuanTransport

/// A connection accepted above `maxConnections`: it gets a pre-serialised `503` with
/// `Connection: close`, then a short lingering close (shut the write side, discard input until end of
/// input, 64 KiB or 1 s) so the client reads the 503 rather than a reset. Loop thread only.
final class HTTPRejectedConnection: EventLoopHandler, EventLoopTimerHandler {
    let socket: Socket
    private unowned let loop: EventLoop
    private unowned let owner: HTTPServerLoop
    private lazy var timer = EventLoopTimer(handler: self)
    private var discarded = 0
    private(set) var isClosed = false

    /// How long the rejected connection drains before closing: 1 s.
    static let lingerNanoseconds: UInt64 = 1_000_000_000
    /// Most input discarded before closing anyway: 64 KiB.
    static let lingerByteLimit = 64 * 1024

    init(socket: Socket, loop: EventLoop, owner: HTTPServerLoop) {
        self.socket = socket
        self.loop = loop
        self.owner = owner
    }

    /// Sends `response` (best effort: it fits in an empty socket buffer), shuts the write side, drains.
    func start(response: [UInt8]) {
        let sent = response.withUnsafeBytes { bytes in (try? socket.send(bytes)) ?? .wouldBlock }
        guard case .completed = sent, (try? socket.shutdownWrite()) != nil,
            (try? loop.register(descriptor: socket.descriptor, interest: .read, handler: self)) != nil
        else {
            close()
            return
        }
        loop.schedule(timer, at: loop.now + Self.lingerNanoseconds)
    }

    func handleReadiness(_ readiness: Readiness) {
        switch (try? socket.read(into: loop.readBuffer)) ?? .completed(0) {
        case .wouldBlock:
            return
        case .completed(let count):
            discarded += count
            if count == 0 || discarded > Self.lingerByteLimit { close() }
        }
    }

    func timerFired() {
        close()
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        loop.cancel(timer)
        loop.deregister(descriptor: socket.descriptor)
        socket.close()
        owner.rejectionClosed(self)
    }
}
