import Glibc

/// Told about connections a `Listener` accepts. Called on the listener's loop thread.
public protocol ListenerDelegate: AnyObject {
    /// A new non-blocking connection; the delegate owns it from now on.
    func listener(_ listener: Listener, didAccept socket: Socket)
    /// Accepting failed (e.g. `EMFILE`); the listener stops watching the socket for `backoffNanoseconds`.
    func listener(_ listener: Listener, didPauseAfter error: SystemError, backoffNanoseconds: UInt64)
}

/// Accepts connections from a listening socket on one event loop.
///
/// Accepts up to `acceptBatch` connections per readiness report. When `accept4` fails for lack of
/// descriptors or memory (`EMFILE`, `ENFILE`, `ENOBUFS`, `ENOMEM`) or any unexpected reason, it removes the
/// socket from epoll and retries after a back-off of 100 ms doubling to 1 s, so a listening socket that
/// stays readable never makes the loop spin (RELIABILITY §2). Several loops may share one listening
/// socket (`EPOLLEXCLUSIVE`: one loop is woken per connection).
public final class Listener: EventLoopHandler, EventLoopTimerHandler {
    /// The listening socket (not closed by the listener).
    public let socket: Socket
    /// Most connections accepted per readiness report before other descriptors get a turn.
    public let acceptBatch: Int
    /// First back-off after an accept failure: 100 ms.
    public static let minimumBackoffNanoseconds: UInt64 = 100_000_000
    /// Longest back-off: 1 s.
    public static let maximumBackoffNanoseconds: UInt64 = 1_000_000_000

    public weak var delegate: (any ListenerDelegate)?
    private unowned let loop: EventLoop
    private var backoff: UInt64 = 0
    private var registered = false
    private var stopped = false
    private lazy var timer = EventLoopTimer(handler: self)

    public init(socket: Socket, loop: EventLoop, acceptBatch: Int = 64) {
        self.socket = socket
        self.loop = loop
        self.acceptBatch = acceptBatch
    }

    /// Starts accepting on the loop. Loop thread only.
    public func start() throws(SystemError) {
        stopped = false
        try loop.register(descriptor: socket.descriptor, interest: .read, handler: self, exclusive: true)
        registered = true
    }

    /// Stops accepting for good (the socket stays open). Loop thread only.
    public func stop() {
        stopped = true
        loop.cancel(timer)
        if registered {
            loop.deregister(descriptor: socket.descriptor)
            registered = false
        }
    }

    /// Whether the listener is waiting out a back-off.
    public var isPaused: Bool { timer.isArmed }

    public func handleReadiness(_ readiness: Readiness) {
        for _ in 0..<acceptBatch {
            guard !stopped, registered else { return }
            do {
                switch try socket.accept() {
                case .completed(let connection):
                    backoff = 0
                    if let delegate {
                        delegate.listener(self, didAccept: connection)
                    } else {
                        connection.close()
                    }
                case .wouldBlock:
                    return
                }
            } catch {
                if Self.isTransient(error.errno) { continue }
                pause(after: error)
                return
            }
        }
    }

    public func timerFired() {
        guard !stopped, !registered else { return }
        do {
            try loop.register(descriptor: socket.descriptor, interest: .read, handler: self, exclusive: true)
            registered = true
        } catch {
            pause(after: error)
        }
    }

    private func pause(after error: SystemError) {
        backoff = backoff == 0
            ? Self.minimumBackoffNanoseconds : min(backoff * 2, Self.maximumBackoffNanoseconds)
        if registered {
            loop.deregister(descriptor: socket.descriptor)
            registered = false
        }
        loop.schedule(timer, at: loop.now + backoff)
        delegate?.listener(self, didPauseAfter: error, backoffNanoseconds: backoff)
    }

    /// Errors `accept(2)` says to treat like `EAGAIN`: the aborted connection is gone, try the next one.
    private static func isTransient(_ code: Int32) -> Bool {
        code == ECONNABORTED || code == EPROTO || code == ENETDOWN || code == ENOPROTOOPT || code == EHOSTDOWN
            || code == ENONET || code == EHOSTUNREACH || code == EOPNOTSUPP || code == ENETUNREACH
            || code == EPERM
    }
}
