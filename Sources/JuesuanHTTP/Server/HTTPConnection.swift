import JuesuanTransport

/// Drives one client connection on its event loop: moves bytes between the socket and its
/// `HTTPConnectionStateMachine`, keeps the epoll interest and the connection's one timer in step with
/// the machine, and closes the socket when told. Loop thread only.
///
/// Reads go into the loop's shared buffer (one `read` per readiness report, level-triggered); all
/// queued responses leave in one `send`. A vanished peer (`EPIPE`, `ECONNRESET`) or any other socket
/// error is a quiet close.
final class HTTPConnection: EventLoopHandler, EventLoopTimerHandler {
    let socket: Socket
    private unowned let loop: EventLoop
    private unowned let owner: HTTPServerLoop
    private let metrics: HTTPServerMetrics
    private var machine: HTTPConnectionStateMachine
    private lazy var timer = EventLoopTimer(handler: self)
    private var interest: Interest = .read
    private(set) var isClosed = false

    init(socket: Socket, loop: EventLoop, owner: HTTPServerLoop, machine: HTTPConnectionStateMachine, metrics: HTTPServerMetrics) {
        self.socket = socket
        self.loop = loop
        self.owner = owner
        self.machine = machine
        self.metrics = metrics
    }

    /// Registers the socket for input and arms the idle deadline.
    func start() throws(SystemError) {
        try loop.register(descriptor: socket.descriptor, interest: .read, handler: self)
        updateTimer()
    }

    func beginShutdown() {
        apply(machine.beginShutdown(now: loop.now))
    }

    func handleReadiness(_ readiness: Readiness) {
        if readiness.contains(.writable) && machine.hasPendingOutput {
            apply(.write)
            if isClosed { return }
        }
        if !readiness.isDisjoint(with: [.readable, .hangup, .error]) {
            if interest.contains(.read) {
                readOnce()
            } else if !readiness.isDisjoint(with: [.hangup, .error]) {
                // Not reading, and the socket is dead in both directions: nothing can be delivered.
                close()
            }
        }
    }

    func timerFired() {
        apply(machine.timerFired(now: loop.now))
    }

    private func readOnce() {
        let buffer = loop.readBuffer
        let result: IOResult<Int>
        do {
            result = try socket.read(into: buffer)
        } catch {
            close()
            return
        }
        switch result {
        case .wouldBlock:
            return
        case .completed(0):
            apply(machine.receiveEndOfInput(now: loop.now))
        case .completed(let count):
            metrics.addReceived(count)
            apply(machine.receive(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), now: loop.now))
        }
    }

    private func apply(_ first: HTTPConnectionStateMachine.Action) {
        var action = first
        loop: while true {
            switch action {
            case .none:
                break loop
            case .write:
                guard let next = flush() else { return }
                action = next
            case .shutdownWriteAndDrain:
                do {
                    try socket.shutdownWrite()
                } catch {
                    close()
                    return
                }
                break loop
            case .close:
                close()
                return
            }
        }
        updateInterest()
        updateTimer()
    }

    /// One `send` of everything pending. Returns the next action, or nil when the connection closed.
    private func flush() -> HTTPConnectionStateMachine.Action? {
        let pending = machine.pendingOutputCount
        let sent = machine.withPendingOutput { bytes in
            Result { () throws(SystemError) -> IOResult<Int> in try socket.send(bytes) }
        }
        guard case .success(let result) = sent else {
            close()
            return nil
        }
        switch result {
        case .wouldBlock:
            return HTTPConnectionStateMachine.Action.none
        case .completed(let count):
            metrics.addSent(count)
            let next = machine.wrote(count, now: loop.now)
            // A short write means the socket buffer is full: wait for EPOLLOUT rather than retry now.
            if count < pending && next == .write { return HTTPConnectionStateMachine.Action.none }
            return next
        }
    }

    private func updateInterest() {
        var wanted: Interest = []
        if machine.wantsToRead { wanted.insert(.read) }
        if machine.hasPendingOutput { wanted.insert(.write) }
        guard wanted != interest else { return }
        do {
            try loop.setInterest(wanted, descriptor: socket.descriptor)
            interest = wanted
        } catch {
            close()
        }
    }

    private func updateTimer() {
        guard !isClosed, let deadline = machine.deadline else { return }
        if !timer.isArmed || deadline < timer.deadline {
            loop.schedule(timer, at: deadline)
        }
    }

    /// Closes the socket and tells the loop; idempotent.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        loop.cancel(timer)
        loop.deregister(descriptor: socket.descriptor)
        socket.close()
        owner.connectionClosed(self)
    }
}
