import Dispatch
import Glibc
@testable import JuesuanTransport
import Synchronization
import Testing

/// Collects what a listener reports (on the loop thread) for the test thread.
final class ListenerRecorder: ListenerDelegate, Sendable {
    let accepted = LockedValue<[Socket]>([])
    let pauses = LockedValue<[(errno: Int32, backoff: UInt64, at: UInt64)]>([])
    let event = DispatchSemaphore(value: 0)

    func listener(_ listener: Listener, didAccept socket: Socket) {
        accepted.withLock { $0.append(socket) }
        event.signal()
    }

    func listener(_ listener: Listener, didPauseAfter error: SystemError, backoffNanoseconds: UInt64) {
        pauses.withLock { $0.append((error.errno, backoffNanoseconds, SystemClock.uptimeNanoseconds())) }
        event.signal()
    }
}

@Suite("Listener and ConnectionLimiter")
struct ListenerTests {
    @Test func acceptsEveryConnectionOnTheLoop() throws {
        let loop = try EventLoop()
        let socket = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 64)
        defer { socket.close() }
        let recorder = ListenerRecorder()
        let listener = Listener(socket: socket, loop: loop, acceptBatch: 4)
        listener.delegate = recorder
        try listener.start()
        try loop.start()
        let clients = try (0..<20).map { _ in try connectClient(port: try socket.localAddress().port) }
        for _ in 0..<20 { #expect(recorder.event.wait(timeout: .now() + 5) == .success) }
        #expect(recorder.accepted.withLock { $0.count } == 20)
        for client in clients { close(client) }
        for accepted in recorder.accepted.withLock({ $0 }) { accepted.close() }
        loop.stop()
        loop.waitUntilStopped()
        withExtendedLifetime(listener) {}
    }

    @Test func acceptFailuresBackOffFrom100msDoublingInsteadOfSpinning() throws {
        let loop = try EventLoop()
        let socket = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 64)
        defer { socket.close() }
        let recorder = ListenerRecorder()
        let listener = Listener(socket: socket, loop: loop)
        listener.delegate = recorder
        try listener.start()
        // A shut-down listening socket stays readable and every accept fails (EINVAL): the case a
        // level-triggered loop would spin on.
        Glibc.shutdown(socket.descriptor, Int32(SHUT_RDWR))
        try loop.start()
        for _ in 0..<4 { #expect(recorder.event.wait(timeout: .now() + 5) == .success) }
        let pauses = recorder.pauses.withLock { $0 }
        #expect(pauses.map(\.backoff) == [100_000_000, 200_000_000, 400_000_000, 800_000_000])
        #expect(pauses.allSatisfy { $0.errno == EINVAL })
        #expect(pauses[3].at - pauses[0].at >= 690_000_000)
        loop.stop()
        loop.waitUntilStopped()
        withExtendedLifetime(listener) {}
    }

    @Test func limiterNeverExceedsItsMaximumUnderContention() {
        let limiter = ConnectionLimiter(maximum: 100)
        let granted = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<1_000 where limiter.tryAcquire() { granted.wrappingAdd(1, ordering: .relaxed) }
        }
        #expect(granted.load(ordering: .relaxed) == 100)
        #expect(limiter.current == 100)
        limiter.release()
        #expect(limiter.tryAcquire())
        #expect(!limiter.tryAcquire())
    }

    @Test func signalWatcherDeliversSignalsToItsHandler() {
        let received = DispatchSemaphore(value: 0)
        let numbers = LockedValue<[Int32]>([])
        let watcher = SignalWatcher(signals: [SIGUSR2]) { number in
            numbers.withLock { $0.append(number) }
            received.signal()
        }
        // Dispatch installs its handler asynchronously after `resume()`: a signal sent before that is
        // ignored (SIG_IGN), so keep sending until one arrives (bounded).
        var delivered = false
        for _ in 0..<100 where !delivered {
            kill(getpid(), SIGUSR2)
            delivered = received.wait(timeout: .now() + .milliseconds(50)) == .success
        }
        #expect(delivered)
        #expect(numbers.withLock { $0 }.first == SIGUSR2)
        watcher.cancel()
    }

    @Test func availableProcessorCountIsPositive() {
        #expect(SystemClock.availableProcessorCount >= 1)
    }
}
