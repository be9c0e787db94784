import Glibc
@testable import JuesuanHTTP
import Testing

@Suite("Live server: limits and timeouts")
struct LiveLimitsAndTimeoutsTests {
    /// Sends `request`, expects `status` with `Connection: close`, then the close, then a healthy server.
    private func expectRefusal(_ request: [UInt8], status: Int, server: HTTPServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let client = try LiveTestClient(port: server.port)
        try client.send(request)
        let response = try client.readResponse()
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.header("Connection") == "close", sourceLocation: sourceLocation)
        #expect(response.header("Content-Type") == "application/problem+json", sourceLocation: sourceLocation)
        _ = try client.readUntilClosed()
        try expectServerAlive(server, sourceLocation: sourceLocation)
    }

    @Test func overlongTargetIs414() throws {
        try withLiveServer { server in
            let target = "/" + String(repeating: "a", count: 9 * 1024)
            try expectRefusal(Array("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n".utf8), status: 414, server: server)
        }
    }

    @Test func overlongFieldIs431() throws {
        try withLiveServer { server in
            let value = String(repeating: "v", count: 9 * 1024)
            try expectRefusal(Array("GET / HTTP/1.1\r\nHost: a\r\nX-Big: \(value)\r\n\r\n".utf8), status: 431, server: server)
        }
    }

    @Test func overlongHeadIs431() throws {
        try withLiveServer { server in
            let fields = (0..<5).map { "X-F\($0): " + String(repeating: "v", count: 7 * 1024) + "\r\n" }.joined()
            try expectRefusal(Array("GET / HTTP/1.1\r\nHost: a\r\n\(fields)\r\n".utf8), status: 431, server: server)
        }
    }

    @Test func tooManyFieldsIs431() throws {
        try withLiveServer { server in
            let fields = (0..<101).map { "X-F\($0): v\r\n" }.joined()
            try expectRefusal(Array("GET / HTTP/1.1\r\nHost: a\r\n\(fields)\r\n".utf8), status: 431, server: server)
        }
    }

    @Test func declaredBodyOverOneMebibyteIs413BeforeTheBody() throws {
        try withLiveServer { server in
            try expectRefusal(Array("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n".utf8), status: 413, server: server)
            try expectRefusal(Array("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2147483648\r\n\r\n".utf8), status: 413, server: server)
        }
    }

    @Test func chunkedBodyCrossingTheLimitIs413AndTheClientReadsIt() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            var bytes = Array("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            let chunk = Array("10000\r\n".utf8) + [UInt8](repeating: 0x61, count: 0x10000) + Array("\r\n".utf8)
            for _ in 0..<17 { bytes += chunk }
            try client.send(bytes)
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.header("Connection") == "close")
            try expectServerAlive(server)
        }
    }

    @Test func headerTimeoutGives408FromTheFirstByte() throws {
        try withLiveServer(configure: { $0.timeouts.headerMilliseconds = 200 }) { server in
            let client = try LiveTestClient(port: server.port)
            let started = LiveTestClient.now()
            try client.send("GET /hello HTTP/1.1\r\nHo")
            let response = try client.readResponse(timeout: 3)
            let elapsed = Double(LiveTestClient.now() - started) / 1e9
            #expect(response.status == 408)
            #expect(response.header("Connection") == "close")
            #expect(elapsed >= 0.19 && elapsed < 2)
            #expect(try client.waitForClose(timeout: 4))
            try expectServerAlive(server)
        }
    }

    @Test func slowHeadTricklingBytesStillTimesOut() throws {
        try withLiveServer(configure: { $0.timeouts.headerMilliseconds = 300 }) { server in
            let client = try LiveTestClient(port: server.port)
            let started = LiveTestClient.now()
            let head = Array("GET /hello HTTP/1.1\r\nHost: a\r\nX-Slow: ".utf8)
            var answered: LiveResponse?
            // One byte every ~50 ms (the wait is a bounded read that expects nothing yet).
            for byte in head + Array(repeating: UInt8(ascii: "z"), count: 40) {
                try client.send([byte])
                if !(try client.receivesNothing(within: 0.05)) {
                    answered = try client.readResponse()
                    break
                }
            }
            let elapsed = Double(LiveTestClient.now() - started) / 1e9
            #expect(answered?.status == 408)
            #expect(elapsed < 1.5)
        }
    }

    @Test func bodyIdleTimeoutGives408() throws {
        try withLiveServer(configure: { $0.timeouts.bodyIdleMilliseconds = 200 }) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n0123456789")
            let response = try client.readResponse(timeout: 3)
            #expect(response.status == 408)
            #expect(response.header("X-Error-Reason") == "body-timeout")
            #expect(try client.waitForClose(timeout: 4))
        }
    }

    @Test func idleKeepAliveConnectionIsClosedQuietly() throws {
        try withLiveServer(configure: { $0.timeouts.idleMilliseconds = 200 }) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            let started = LiveTestClient.now()
            #expect(try client.waitForClose(timeout: 3))
            let elapsed = Double(LiveTestClient.now() - started) / 1e9
            #expect(elapsed >= 0.15 && elapsed < 2)
        }
    }

    @Test func defaultIdleTimeoutOutlivesNginxUpstreamKeepAlive() {
        #expect(HTTPServerConfiguration().timeouts.idleMilliseconds == 75_000)
    }

    @Test func clientThatStopsReadingIsClosedByTheWriteStallTimeout() throws {
        try withLiveServer(configure: { $0.timeouts.writeStallMilliseconds = 200 }) { server in
            let client = try LiveTestClient(port: server.port, receiveBuffer: 4096)
            try client.send("GET /bytes/16000000 HTTP/1.1\r\nHost: a\r\n\r\n")
            // The client never reads: the server's send buffer fills, then the stall timeout closes it.
            #expect(waitUntil(timeout: 5) { server.metrics.openConnections == 0 })
            #expect(client.unreadBytes.isEmpty)
            try expectServerAlive(server)
        }
    }
}
