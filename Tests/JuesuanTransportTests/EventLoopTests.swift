import Dispatch
import Foundation
import Glibc
@testable import JuesuanTransport
import Synchronization
import Testing

/// The order in which timers fired, shared between the loop and the test thread.
final class TimerLog: Sendable {
    let names = LockedValue<[String]>([])
}

/// Records timer expiries (on the loop thread) for the test thread.
final class TimerRecorder: EventLoopTimerHandler, Sendable {
    let name: String
    let log: TimerLog
    let fired: DispatchSemaphore

    init(name: String, log: TimerLog, fired: DispatchSemaphore) {
        self.name = name
        self.log = log
        self.fired = fired
    }

    func timerFired() {
        log.names.withLock { $0.append(name) }
        fired.signal()
    }
}

/// Echoes whatever a registered socket receives (on the loop thread).
final class EchoHandler: EventLoopHandler, @unchecked Sendable {
    // @unchecked: touched only on the loop thread after registration.
    let socket: Socket
    unowned let loop: EventLoop

    init(socket: Socket, loop: EventLoop) {
        self.socket = socket
        self.loop = loop
    }

    func handleReadiness(_ readiness: Readiness) {
        guard case .completed(let count) = (try? socket.read(into: loop.readBuffer)) ?? .completed(0), count > 0 else {
            loop.deregister(descriptor: socket.descriptor)
            socket.close()
            return
        }
        _ = try? socket.send(UnsafeRawBufferPointer(rebasing: loop.readBuffer[0..<count]))
    }
}

@Suite("EventLoop")
struct EventLoopTests {
    @Test func tasksFromManyThreadsRunOnTheLoopInSubmissionOrderPerThread() throws {
        let loop = try EventLoop(index: 3)
        try loop.start()
        let seen = LockedValue<[Int: [Int]]>([:])
        let offLoop = Atomic<Int>(0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for sequence in 0..<500 {
                loop.execute {
                    if !loop.inEventLoop { offLoop.wrappingAdd(1, ordering: .relaxed) }
                    seen.withLock { $0[thread, default: []].append(sequence) }
                    if seen.withLock({ $0.values.reduce(0) { $0 + $1.count } }) == 2_000 { done.signal() }
                }
            }
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(!loop.inEventLoop)
        #expect(offLoop.load(ordering: .relaxed) == 0)
        for thread in 0..<4 { #expect(seen.withLock { $0[thread] } == Array(0..<500)) }
        loop.stop()
        loop.waitUntilStopped()
    }

    @Test func timersFireInDeadlineOrderAndCancelledOnesNever() throws {
        let loop = try EventLoop()
        let log = TimerLog()
        let fired = DispatchSemaphore(value: 0)
        let recorders = ["c", "a", "cancelled", "b", "moved"].map { TimerRecorder(name: $0, log: log, fired: fired) }
        let timers = recorders.map { EventLoopTimer(handler: $0) }
        let base = loop.now
        loop.schedule(timers[0], at: base + 90_000_000)
        loop.schedule(timers[1], at: base + 30_000_000)
        loop.schedule(timers[2], at: base + 40_000_000)
        loop.schedule(timers[3], at: base + 60_000_000)
        loop.schedule(timers[4], at: base + 10_000_000)
        loop.schedule(timers[4], at: base + 120_000_000)
        loop.cancel(timers[2])
        #expect(loop.armedTimerCount == 4)
        #expect(!timers[2].isArmed)
        try loop.start()
        for _ in 0..<4 { #expect(fired.wait(timeout: .now() + 5) == .success) }
        #expect(log.names.withLock { $0 } == ["a", "b", "c", "moved"])
        #expect(SystemClock.uptimeNanoseconds() >= base + 120_000_000)
        loop.stop()
        loop.waitUntilStopped()
        withExtendedLifetime(recorders) {}
    }

    @Test func heapKeepsOrderUnderManyRandomSchedulesAndCancels() throws {
        let loop = try EventLoop()
        let log = TimerLog()
        let fired = DispatchSemaphore(value: 0)
        var generator = SystemRandomNumberGenerator()
        let recorders = (0..<300).map { TimerRecorder(name: String($0), log: log, fired: fired) }
        let timers = recorders.map { EventLoopTimer(handler: $0) }
        var expected: [(UInt64, String)] = []
        for (index, timer) in timers.enumerated() {
            loop.schedule(timer, at: loop.now + UInt64.random(in: 1...50_000_000, using: &generator))
            if index % 3 == 0 { loop.cancel(timer) }
        }
        for (index, timer) in timers.enumerated() where index % 3 != 0 {
            expected.append((timer.deadline, String(index)))
        }
        try loop.start()
        for _ in 0..<expected.count { #expect(fired.wait(timeout: .now() + 5) == .success) }
        let order = log.names.withLock { $0 }
        let deadlines = order.map { name in expected.first { $0.1 == name }!.0 }
        #expect(deadlines == deadlines.sorted())
        #expect(Set(order) == Set(expected.map(\.1)))
        loop.stop()
        loop.waitUntilStopped()
        withExtendedLifetime(recorders) {}
    }

    @Test func registeredSocketGetsReadinessAndEchoes() throws {
        let loop = try EventLoop()
        let listener = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 16)
        defer { listener.close() }
        let client = try connectClient(port: try listener.localAddress().port)
        defer { close(client) }
        let server = try acceptOne(listener)
        let handler = EchoHandler(socket: server, loop: loop)
        try loop.register(descriptor: server.descriptor, interest: .read, handler: handler)
        #expect(loop.registeredCount == 1)
        try loop.start()
        for word in ["one", "two", "three"] {
            _ = send(client, word, word.utf8.count, 0)
            var buffer = [UInt8](repeating: 0, count: 16)
            var readable = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            _ = poll(&readable, 1, 5_000)
            let count = recv(client, &buffer, 16, 0)
            #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self) == word)
        }
        loop.stop()
        loop.waitUntilStopped()
    }

    @Test func executeAfterTheLoopReturnedIsRefused() throws {
        let loop = try EventLoop()
        try loop.start()
        let ran = DispatchSemaphore(value: 0)
        #expect(loop.execute { ran.signal() })
        #expect(ran.wait(timeout: .now() + 5) == .success)
        loop.stop()
        loop.waitUntilStopped()
        #expect(!loop.execute { ran.signal() })
    }

    @Test func stopWithoutStartAndWaitReturn() throws {
        let loop = try EventLoop()
        loop.stop()
        loop.waitUntilStopped()
        #expect(loop.waitUntilStopped(timeoutNanoseconds: 1_000_000))
    }
}
