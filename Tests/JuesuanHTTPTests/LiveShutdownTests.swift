import Dispatch
import Foundation
import Glibc
@testable import JuesuanHTTP
import JuesuanTransport
import Testing

@Suite("Live server: graceful shutdown")
struct LiveShutdownTests {
    private func makeServer(grace: Int = 2_000) throws -> HTTPServer {
        var configuration = HTTPServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.eventLoopCount = 2
        configuration.timeouts.shutdownGraceMilliseconds = grace
        return HTTPServer(configuration: configuration, responder: LiveTestResponder())
    }

    @Test func inFlightRequestCompletesIdleConnectionsCloseThenServerStops() throws {
        let server = try makeServer()
        try server.start()
        let port = server.port
        let idle = try LiveTestClient(port: port)
        try idle.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try idle.readResponse().status == 200)
        let busy = try LiveTestClient(port: port)
        try busy.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n01234")
        #expect(waitUntil(timeout: 5) { server.metrics.bytesReceived > 0 && server.metrics.openConnections == 2 })

        server.shutdown()
        #expect(try idle.waitForClose(timeout: 3))
        #expect(server.state == .stopping)
        // Once every loop has stopped listening, the socket is closed and connecting is refused.
        #expect(waitUntil(timeout: 5) { (try? LiveTestClient(port: port)) == nil })

        try busy.send("56789")
        let response = try busy.readResponse()
        #expect(response.status == 200)
        #expect(response.bodyText == "0123456789")
        #expect(response.header("Connection") == "close")
        #expect(try busy.waitForClose())
        server.waitUntilStopped()
        #expect(server.state == .stopped)
        #expect(server.metrics.openConnections == 0)
    }

    @Test func graceDeadlineClosesRequestsThatNeverFinish() throws {
        let server = try makeServer(grace: 200)
        try server.start()
        let stuck = try LiveTestClient(port: server.port)
        try stuck.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n01")
        #expect(waitUntil(timeout: 5) { server.metrics.bytesReceived > 0 })
        let started = LiveTestClient.now()
        server.shutdown()
        server.waitUntilStopped()
        let elapsed = Double(LiveTestClient.now() - started) / 1e9
        #expect(elapsed >= 0.15 && elapsed < 3)
        #expect(try stuck.readUntilClosed().isEmpty)
    }

    @Test func shutdownBeforeStartAndTwiceIsHarmless() throws {
        let server = try makeServer()
        server.shutdown()
        server.waitUntilStopped()
        try server.start()
        server.shutdown()
        server.shutdown()
        server.waitUntilStopped()
        #expect(server.state == .stopped)
    }

    @Test func runReturnsAfterSIGTERM() throws {
        let server = try makeServer()
        let finished = DispatchSemaphore(value: 0)
        let failure = LockedValue<String?>(nil)
        Thread.detachNewThread {
            do { try server.run() } catch { failure.withLock { $0 = "\(error)" } }
            finished.signal()
        }
        #expect(waitUntil(timeout: 5) { server.state == .running })
        try expectServerAlive(server)
        // Dispatch installs its handler asynchronously; repeat until the server reacts (bounded).
        var stopped = false
        for _ in 0..<100 where !stopped {
            kill(getpid(), SIGTERM)
            stopped = finished.wait(timeout: .now() + .milliseconds(50)) == .success
        }
        #expect(stopped)
        #expect(server.state == .stopped)
        #expect(failure.withLock { $0 } == nil)
    }
}
