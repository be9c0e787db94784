import Foundation
import JuesuanHTTP
import Logging
import Synchronization
import Testing
@testable import JuesuanApp

/// The wired server (`ServerAssembly`: HTTP core + application) on port 0, over real sockets.
@Suite struct ServerAssemblyLiveTests {
    struct Tables: RouteCollection {
        func register(in router: inout Router) {
            router.get("/v1/disclosures/{dept}/{year}/tables/{no}", cache: .publicData) { context in
                let year = try context.parameters.int("year", in: 1990...2100)
                let dept = try context.parameters.string("dept")
                var rows: [String] = []
                for index in 0..<60 { rows.append(#"{"code":"2010\#(index)","name":"一般公共服务支出","amount":622.52}"#) }
                return .json(Array(#"{"dept":"\#(dept)","year":\#(year),"rows":[\#(rows.joined(separator: ","))]}"#.utf8))
            }
        }
    }

    /// Starts a server; the caller must call `stop`.
    static func start(sink: MemoryLogSink, configure: (inout AppConfiguration) -> Void = { _ in }) throws -> ServerAssembly {
        var configuration = AppConfiguration()
        configuration.server.port = 0
        configuration.server.eventLoopCount = 1
        configuration.server.timeouts.shutdownGraceMilliseconds = 2000
        configure(&configuration)
        let assembly = ServerAssembly(
            configuration: configuration, logger: .memory(sink), routes: [Tables()],
            readinessChecks: [ReadinessCheck(name: "storage") {}],
            openAPIDocument: Array("openapi: 3.1.0\n".utf8),
            dataVersion: { 7 }
        )
        try assembly.start()
        return assembly
    }

    static func stop(_ assembly: ServerAssembly) {
        assembly.shutdown()
        assembly.waitUntilStopped()
    }

    @Test func readyLineHealthAndReadiness() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        defer { Self.stop(assembly) }
        let port = assembly.server.port
        #expect(port != 0)
        let ready = try #require(sink.lines(message: "ready").first)
        #expect(ready.contains(#""port":\#(port)"#))
        #expect(ready.contains(#""level":"notice""#))

        let connection = try LiveConnection(port: port)
        let health = try connection.request("GET", "/healthz")
        #expect(health.status == 200)
        #expect(health.text == #"{"status":"ok"}"#)
        #expect(health.header("Content-Type") == "application/json; charset=utf-8")
        #expect(health.header("Date") != nil)
        let readiness = try connection.request("GET", "/readyz", headers: ["X-Request-Id: live-1"])
        #expect(readiness.status == 200)
        #expect(readiness.header("X-Request-Id") == "live-1")
    }

    @Test func cachedTableWithGzipETagAnd304OnOneConnection() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        defer { Self.stop(assembly) }
        let connection = try LiveConnection(port: assembly.server.port)
        let target = "/v1/disclosures/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80/2023/tables/05"
        let first = try connection.request("GET", target, headers: ["Accept-Encoding: gzip"])
        #expect(first.status == 200)
        #expect(first.header("Content-Encoding") == "gzip")
        #expect(first.header("Vary") == "Accept-Encoding")
        #expect(first.header("Cache-Control") == "public, max-age=60")
        let plain = String(decoding: try Gzip.decompress(first.body), as: UTF8.self)
        #expect(plain.hasPrefix(#"{"dept":"市财政局","year":2023,"rows":[{"code":"20100","name":"一般公共服务支出","amount":622.52}"#))
        let tag = try #require(first.header("ETag"))

        let revalidated = try connection.request("GET", target, headers: ["Accept-Encoding: gzip", "If-None-Match: \(tag)"])
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        #expect(revalidated.header("ETag") == tag)

        let head = try connection.request("HEAD", target, headers: ["Accept-Encoding: gzip"])
        #expect(head.status == 200)
        #expect(head.header("ETag") == tag)
        #expect(head.body.isEmpty)

        let identity = try connection.request("GET", target)
        #expect(identity.header("Content-Encoding") == nil)
        #expect(identity.text == plain)
        #expect(sink.lines(message: "request").count == 4)
        #expect(sink.lines(message: "request").allSatisfy { $0.contains(#""route":"/v1/disclosures/{dept}/{year}/tables/{no}""#) })
    }

    @Test func errorsAreProblemJSONOverTheWire() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        defer { Self.stop(assembly) }
        let connection = try LiveConnection(port: assembly.server.port)
        let missing = try connection.request("GET", "/v1/nothing")
        #expect(missing.status == 404)
        #expect(missing.header("Content-Type") == "application/problem+json")
        #expect(missing.text.contains(#""detail":"no resource at /v1/nothing""#))

        let wrongMethod = try connection.request("DELETE", "/healthz")
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.header("Allow") == "GET, HEAD, OPTIONS")

        let badYear = try connection.request("GET", "/v1/disclosures/a/year/tables/01")
        #expect(badYear.status == 400)
        #expect(badYear.text.contains("path parameter 'year'"))

        let traversal = try connection.request("GET", "/v1/disclosures/%2e%2e/2023/tables/01")
        #expect(traversal.status == 400)

        let unknown = try connection.request("BREW", "/healthz")
        #expect(unknown.status == 501)
        #expect(unknown.header("Content-Type") == "application/problem+json")
    }

    @Test func coreProtocolErrorsComeFromTheApplication() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        defer { Self.stop(assembly) }
        let connection = try LiveConnection(port: assembly.server.port)
        try connection.send("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        let response = try connection.readResponse()
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        let requestID = try #require(response.header("X-Request-Id"))
        #expect(response.text.contains(#""type":"urn:juesuan:problem:duplicate-content-length""#))
        #expect(response.text.contains(#""request_id":"\#(requestID)""#))
        #expect(connection.isClosedByPeer())
        let line = try #require(sink.lines(message: "request").first { $0.contains(requestID) })
        #expect(line.contains(#""route":"protocol_error","status":400"#))
    }

    @Test func oversizedBodyIs413WithTheClientsRequestID() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink) { $0.server.limits.bodyBytes = 1024 }
        defer { Self.stop(assembly) }
        let connection = try LiveConnection(port: assembly.server.port)
        try connection.send("POST /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: big-1\r\nContent-Length: 4096\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 413)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("X-Request-Id") == "big-1")
        #expect(response.text.contains(#""request_id":"big-1""#))
        #expect(sink.lines(message: "request").contains { $0.contains(#""method":"POST","route":"protocol_error","status":413"#) && $0.contains("big-1") })
    }

    @Test func metricsIncludeCoreCounters() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        defer { Self.stop(assembly) }
        let connection = try LiveConnection(port: assembly.server.port)
        _ = try connection.request("GET", "/healthz")
        let metrics = try connection.request("GET", "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.text.contains(#"juesuan_http_requests_total{route="/healthz",status="200"} 1"#))
        #expect(metrics.text.contains("juesuan_http_open_connections 1\n"))
        #expect(metrics.text.contains("juesuan_http_connections_accepted_total 1\n"))
        #expect(metrics.text.contains("# TYPE juesuan_http_request_duration_seconds histogram"))
    }

    @Test func gracefulShutdownStopsAccepting() throws {
        let sink = MemoryLogSink()
        let assembly = try Self.start(sink: sink)
        let port = assembly.server.port
        let connection = try LiveConnection(port: port)
        #expect(try connection.request("GET", "/healthz").status == 200)
        Self.stop(assembly)
        #expect(sink.lines(message: "stopped").count == 1)
        #expect(connection.isClosedByPeer())
        #expect(throws: LiveConnection.Failure.self) { _ = try LiveConnection(port: port) }
    }
}
