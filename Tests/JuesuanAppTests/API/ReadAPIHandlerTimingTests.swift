import Foundation
import JuesuanHTTP
import Testing
@testable import JuesuanApp

/// Handler time of the read API (route handler only: store lookup of the cached decoded disclosure, the ratio or
/// table computation, JSON writing), measured in process. docs/BENCHMARKS.md ("Handlers") records release
/// numbers from `swift test -c release -Xswiftc -enable-testing --filter ReadAPIHandlerTimingTests`.
@Suite struct ReadAPIHandlerTimingTests {
    /// This thread's CPU time in microseconds (the machine is shared, so wall time includes other processes).
    static func cpuMicroseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    /// Median and 99th percentile handler CPU time, and the median wall time, in microseconds over `iterations`
    /// calls of GET `target`.
    static func measure(_ app: Application, _ target: String, iterations: Int) throws -> (median: Double, p99: Double, wall: Double, bytes: Int) {
        let split = target.split(separator: "?", maxSplits: 1).map(String.init)
        let resolution = app.router.resolve(method: .get, path: split[0])
        guard case .found(let route, _, _) = resolution else { throw APIError.notFound(target) }
        let head = HTTPRequestHead(method: .get, target: target, path: split[0], query: split.count > 1 ? split[1] : nil,
                                   version: .http1_1, headers: HTTPHeaders([("Host", "127.0.0.1")]))
        let context = RequestContext(request: HTTPRequest(head: head), resolution: resolution)
        var bytes = try route.handler(context).body.count  // warms the decoded-document cache
        var cpu: [Double] = []
        var wall: [Double] = []
        cpu.reserveCapacity(iterations)
        wall.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let start = clock.now
            let startCPU = cpuMicroseconds()
            bytes = try route.handler(context).body.count
            cpu.append(cpuMicroseconds() - startCPU)
            let elapsed = clock.now - start
            wall.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        cpu.sort()
        wall.sort()
        return (cpu[cpu.count / 2], cpu[cpu.count * 99 / 100], wall[wall.count / 2], bytes)
    }

    #if DEBUG
    static let iterations = 40
    #else
    static let iterations = 2000
    #endif

    @Test func tableAndRatioHandlersAnswerWhileMeasured() throws {
        let seeded = try SeededStore()
        let app = seeded.application()
        let base = "/v1/disclosures/shifeng-sifaju/2020"
        var lines: [String] = []
        for target in [base + "/tables/02", base + "/tables/06", base + "/summary", base + "/three-public", base + "/budget-execution"] {
            let result = try Self.measure(app, target, iterations: Self.iterations)
            lines.append("\(target): CPU median \(String(format: "%.1f", result.median)) µs, p99 \(String(format: "%.1f", result.p99)) µs; wall median \(String(format: "%.1f", result.wall)) µs; \(result.bytes) bytes")
            // Timing is reported, never asserted (speed targets live in docs/BENCHMARKS.md); what is asserted is
            // that every measured call produced the full resource.
            #expect(result.bytes > 1_000, "\(target) answered \(result.bytes) bytes")
        }
        print("read API handler time:\n" + lines.joined(separator: "\n"))
    }
}
