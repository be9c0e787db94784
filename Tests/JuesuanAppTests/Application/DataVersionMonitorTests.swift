import Synchronization
import Testing
@testable import JuesuanApp

@Suite struct DataVersionMonitorTests {
    final class Source: Sendable {
        let version = Atomic<Int64>(3)
        let failing = Atomic<Bool>(false)

        func read() throws -> Int64 {
            struct Locked: Error {}
            if failing.load(ordering: .relaxed) { throw Locked() }
            return version.load(ordering: .relaxed)
        }
    }

    @Test func readsAtStartAndOnRefresh() {
        let source = Source()
        let sink = MemoryLogSink()
        let monitor = DataVersionMonitor(read: { try source.read() }, pollMilliseconds: 60_000, logger: .memory(sink))
        #expect(monitor.current == 3)
        source.version.store(4, ordering: .relaxed)
        #expect(monitor.current == 3)
        monitor.cell.refresh()
        #expect(monitor.current == 4)
    }

    @Test func failedReadKeepsTheLastVersionAndWarns() {
        let source = Source()
        let sink = MemoryLogSink()
        let monitor = DataVersionMonitor(read: { try source.read() }, pollMilliseconds: 60_000, logger: .memory(sink))
        source.failing.store(true, ordering: .relaxed)
        monitor.cell.refresh()
        #expect(monitor.current == 3)
        #expect(sink.lines(message: "data version read failed").count == 1)
        #expect(sink.lines.first?.contains(#""level":"warning""#) == true)
    }

    @Test func startAndStopAreIdempotent() {
        let monitor = DataVersionMonitor(read: { 1 }, pollMilliseconds: 60_000, logger: .memory(MemoryLogSink()))
        monitor.start()
        monitor.start()
        monitor.stop()
        monitor.stop()
        #expect(monitor.current == 1)
        // Never started: stopping must still release the Dispatch source safely.
        DataVersionMonitor(read: { 2 }, pollMilliseconds: 60_000, logger: .memory(MemoryLogSink())).stop()
    }
}
