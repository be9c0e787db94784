import Foundation
import JuesuanHTTP
import Logging
import Synchronization
import Testing
@testable import JuesuanApp

/// The whole application through `respond(to:)`, as the HTTP core calls it.
@Suite struct ApplicationTests {
    struct Things: RouteCollection {
        func register(in router: inout Router) {
            router.get("/v1/things/{id}", cache: .publicData) { context in
                let id = try context.parameters.int("id", in: 1...999)
                let query = try context.query()
                let repeatCount = try query.int("repeat", in: 1...500) ?? 1
                var body = Array(#"{"id":\#(id),"items":["#.utf8)
                for index in 0..<repeatCount {
                    if index > 0 { body.append(UInt8(ascii: ",")) }
                    body.append(contentsOf: #""预算执行率 \#(index)""#.utf8)
                }
                body.append(contentsOf: "]}".utf8)
                return .json(body)
            }
            router.post("/v1/echo", bodyLimit: 64) { context in .json(context.request.body) }
            router.get("/v1/crash") { _ in throw CocoaError(.fileNoSuchFile) }
        }
    }

    final class Readiness: Sendable {
        let healthy = Atomic<Bool>(true)
    }

    static func makeApplication(
        sink: MemoryLogSink = MemoryLogSink(), readiness: Readiness = Readiness(),
        configure: (inout AppConfiguration) -> Void = { _ in }
    ) -> Application {
        var configuration = AppConfiguration()
        configuration.cors.allowedOrigins = ["https://dash.example.org"]
        configure(&configuration)
        return Application(
            configuration: configuration, routes: [Things()], logger: .memory(sink),
            readinessChecks: [ReadinessCheck(name: "storage") {
                struct Down: Error, CustomStringConvertible { var description: String { "database is locked" } }
                if !readiness.healthy.load(ordering: .relaxed) { throw Down() }
            }],
            openAPIDocument: Array("openapi: 3.1.0\n".utf8)
        )
    }

    @Test func healthzAnswersOK() {
        let response = Self.makeApplication().respond(to: .make(.get, "/healthz"))
        #expect(response.status == .ok)
        #expect(response.bodyText == #"{"status":"ok"}"#)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.header("Cache-Control") == "no-store")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("X-Request-Id")?.utf8.count == 32)
        #expect(response.header("ETag") == nil)
    }

    @Test func readyzFollowsTheCheck() throws {
        let readiness = Readiness()
        let application = Self.makeApplication(readiness: readiness)
        let ready = application.respond(to: .make(.get, "/readyz"))
        #expect(ready.status == .ok)
        #expect(ready.bodyText == #"{"status":"ready","checks":{"storage":"ok"}}"#)
        readiness.healthy.store(false, ordering: .relaxed)
        let down = application.respond(to: .make(.get, "/readyz"))
        #expect(down.status.code == 503)
        #expect(down.header("Content-Type") == "application/problem+json")
        #expect(down.bodyText.contains("storage is not ready: database is locked"))
    }

    @Test func unknownPathIs404ProblemWithRequestID() throws {
        let sink = MemoryLogSink()
        let response = Self.makeApplication(sink: sink).respond(to: .make(.get, "/v1/nothing", headers: [("X-Request-Id", "req-42")]))
        #expect(response.status.code == 404)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("X-Request-Id") == "req-42")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["status"] as? Int == 404)
        #expect(object["detail"] as? String == "no resource at /v1/nothing")
        #expect(object["instance"] as? String == "/v1/nothing")
        #expect(object["request_id"] as? String == "req-42")
        #expect(sink.lines(message: "request").count == 1)
        #expect(sink.lines(message: "request").first?.contains(#""route":"unmatched","status":404"#) == true)
    }

    @Test func knownPathWrongMethodIs405WithAllow() {
        let application = Self.makeApplication()
        for method in [HTTPMethod.post, .put, .delete, .patch, .trace] {
            let response = application.respond(to: .make(method, "/v1/things/1"))
            #expect(response.status.code == 405)
            #expect(response.header("Allow") == "GET, HEAD, OPTIONS")
            #expect(response.header("Content-Type") == "application/problem+json")
        }
        #expect(application.respond(to: .make(.get, "/v1/echo")).header("Allow") == "POST, OPTIONS")
    }

    @Test func unknownMethodIs501AndBadPathIs400() {
        let application = Self.makeApplication()
        #expect(application.respond(to: .make(HTTPMethod("PROPFIND"), "/v1/things/1")).status.code == 501)
        #expect(application.respond(to: .make(.get, "/v1/things/%00")).status.code == 400)
        #expect(application.respond(to: .make(.get, "/v1/../healthz")).status.code == 400)
    }

    @Test func optionsListsMethods() {
        let application = Self.makeApplication()
        let response = application.respond(to: .make(.options, "/v1/things/1"))
        #expect(response.status == .noContent)
        #expect(response.header("Allow") == "GET, HEAD, OPTIONS")
        let server = application.respond(to: .make(.options, "*"))
        #expect(server.status == .noContent)
        #expect(server.header("Allow") == "GET, HEAD, POST, OPTIONS")
    }

    @Test func corsPreflightThroughTheWholeChain() {
        let response = Self.makeApplication().respond(to: .make(.options, "/v1/things/1", headers: [
            ("Origin", "https://dash.example.org"), ("Access-Control-Request-Method", "GET"),
        ]))
        #expect(response.status == .noContent)
        #expect(response.header("Access-Control-Allow-Origin") == "https://dash.example.org")
        #expect(response.header("Access-Control-Allow-Methods") == "GET, HEAD, OPTIONS")
        #expect(response.header("X-Request-Id") != nil)
        #expect(response.header("X-Content-Type-Options") == "nosniff")
    }

    @Test func dataRouteIsCachedGzippedTaggedAndConditional() throws {
        let application = Self.makeApplication()
        let request = HTTPRequest.make(.get, "/v1/things/7?repeat=200", headers: [("Accept-Encoding", "gzip")])
        let first = application.respond(to: request)
        #expect(first.status == .ok)
        #expect(first.header("Content-Encoding") == "gzip")
        #expect(first.header("Cache-Control") == "public, max-age=60")
        #expect(first.header("Vary") == "Accept-Encoding, Origin")
        let plain = try Gzip.decompress(first.body)
        #expect(String(decoding: plain, as: UTF8.self).hasPrefix(#"{"id":7,"items":["预算执行率 0","#))
        let tag = try #require(first.header("ETag"))

        let second = application.respond(to: request)
        #expect(second.body == first.body)
        #expect(second.header("ETag") == tag)
        #expect(second.header("X-Request-Id") != first.header("X-Request-Id"))
        #expect(application.responseCache.statistics.hits == 1)

        let conditional = application.respond(to: .make(.get, "/v1/things/7?repeat=200", headers: [
            ("Accept-Encoding", "gzip"), ("If-None-Match", tag),
        ]))
        #expect(conditional.status == .notModified)
        #expect(conditional.body.isEmpty)
        #expect(conditional.header("ETag") == tag)

        let head = application.respond(to: .make(.head, "/v1/things/7?repeat=200", headers: [("Accept-Encoding", "gzip")]))
        #expect(head.status == .ok)
        #expect(head.header("ETag") == tag)
    }

    @Test func handlerParameterErrorsAre400() throws {
        let application = Self.makeApplication()
        let badID = application.respond(to: .make(.get, "/v1/things/abc"))
        #expect(badID.status.code == 400)
        #expect(badID.bodyText.contains("path parameter 'id' must be an integer from 1 to 999, got \\\"abc\\\""))
        let badQuery = application.respond(to: .make(.get, "/v1/things/1?repeat=9999"))
        #expect(badQuery.status.code == 400)
        #expect(badQuery.bodyText.contains(#""errors":[{"path":"repeat""#))
    }

    @Test func unexpectedErrorIs500AndLogged() {
        let sink = MemoryLogSink()
        let response = Self.makeApplication(sink: sink).respond(to: .make(.get, "/v1/crash"))
        #expect(response.status.code == 500)
        #expect(sink.lines(message: "unhandled error").count == 1)
        #expect(sink.lines(message: "unhandled error").first?.contains(#""level":"error""#) == true)
        #expect(sink.lines(message: "request").first?.contains(#""status":500"#) == true)
    }

    @Test func metricsEndpointReportsRequests() {
        let application = Self.makeApplication()
        _ = application.respond(to: .make(.get, "/healthz"))
        _ = application.respond(to: .make(.get, "/healthz"))
        _ = application.respond(to: .make(.get, "/missing"))
        let response = application.respond(to: .make(.get, "/metrics"))
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        let text = response.bodyText
        #expect(text.contains(#"juesuan_http_requests_total{route="/healthz",status="200"} 2"#))
        #expect(text.contains(#"juesuan_http_requests_total{route="unmatched",status="404"} 1"#))
        #expect(text.contains("process_resident_memory_bytes"))
    }

    @Test func openAPIIsServedAsYAML() {
        let response = Self.makeApplication().respond(to: .make(.get, "/openapi.yaml"))
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "application/yaml")
        #expect(response.bodyText == "openapi: 3.1.0\n")
        #expect(response.header("ETag") != nil)
    }

    @Test func protocolErrorsAreProblemJSONLoggedAndCounted() throws {
        let sink = MemoryLogSink()
        let application = Self.makeApplication(sink: sink)
        let head = HTTPRequestHead(
            method: .post, target: "/v1/echo", path: "/v1/echo", query: nil, version: .http1_1,
            headers: HTTPHeaders([("X-Request-Id", "from-nginx-1"), ("Content-Length", "1"), ("Content-Length", "2")])
        )
        let error = HTTPProtocolError(status: .badRequest, reason: "duplicate-content-length", detail: "Content-Length is given twice")
        let response = application.respond(toProtocolError: error, head: head, connection: ConnectionInfo(peerAddress: "192.0.2.1"))
        #expect(response.status.code == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("X-Request-Id") == "from-nginx-1")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["type"] as? String == "urn:juesuan:problem:duplicate-content-length")
        #expect(object["detail"] as? String == "Content-Length is given twice")
        #expect(object["request_id"] as? String == "from-nginx-1")
        let line = try #require(sink.lines(message: "request").first)
        #expect(line.contains(#""method":"POST","route":"protocol_error","status":400"#))
        #expect(application.metrics.requestCount(route: "protocol_error", status: 400) == 1)

        let headless = application.respond(
            toProtocolError: HTTPProtocolError(status: .uriTooLong, reason: "request-line-too-long", detail: "the request line exceeds 8192 bytes"),
            head: nil, connection: ConnectionInfo()
        )
        #expect(headless.status.code == 414)
        #expect(headless.header("X-Request-Id")?.utf8.count == 32)
    }

    @Test func bodyLimitComesFromTheRoute() {
        let application = Self.makeApplication()
        func head(_ method: HTTPMethod, _ path: String) -> HTTPRequestHead {
            HTTPRequestHead(method: method, target: path, path: path, query: nil, version: .http1_1, headers: HTTPHeaders())
        }
        #expect(application.bodyLimit(for: head(.post, "/v1/echo")) == 64)
        #expect(application.bodyLimit(for: head(.get, "/v1/echo")) == nil)
        #expect(application.bodyLimit(for: head(.post, "/nowhere")) == nil)
    }

    @Test func accessLogCanBeTurnedOff() {
        let sink = MemoryLogSink()
        let application = Self.makeApplication(sink: sink) { $0.accessLog = false }
        _ = application.respond(to: .make(.get, "/healthz"))
        #expect(sink.lines(message: "request").isEmpty)
    }

    @Test func trustedProxyAddressIsLogged() {
        let sink = MemoryLogSink()
        let application = Self.makeApplication(sink: sink)
        _ = application.respond(to: .make(.get, "/healthz", headers: [("X-Real-IP", "198.51.100.23")], peer: "127.0.0.1"))
        _ = application.respond(to: .make(.get, "/healthz", headers: [("X-Real-IP", "198.51.100.23")], peer: "203.0.113.5"))
        let lines = sink.lines(message: "request")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""peer":"198.51.100.23""#) == true)
        #expect(lines.last?.contains(#""peer":"203.0.113.5""#) == true)
    }
}
