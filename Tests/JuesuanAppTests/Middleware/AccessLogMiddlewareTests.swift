import Foundation
import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct AccessLogMiddlewareTests {
    @Test func writesOneStructuredLinePerRequest() throws {
        let sink = MemoryLogSink()
        let middleware = AccessLogMiddleware(accessLogger: AccessLogger(logger: .memory(sink)))
        let request = HTTPRequest.make(.get, "/things/1?x=y", peer: "198.51.100.7")
        let response = try run([middleware], request, resolution: foundResolution()) { _ in
            HTTPResponse(status: .ok, body: Array("hello".utf8))
        }
        #expect(response.status == .ok)
        #expect(sink.lines.count == 1)
        let line = try #require(sink.lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["msg"] as? String == "request")
        #expect(object["level"] as? String == "info")
        #expect(object["method"] as? String == "GET")
        #expect(object["route"] as? String == "/things/{id}")
        #expect(object["status"] as? Int == 200)
        #expect(object["bytes"] as? Int == 5)
        #expect(object["request_id"] as? String == "test-id")
        #expect(object["peer"] as? String == "198.51.100.7")
        #expect((object["duration_ms"] as? NSNumber) != nil)
        #expect((object["ts"] as? String)?.hasSuffix("Z") == true)
        // Field order is fixed: ts, level, msg, then the access fields.
        #expect(line.hasPrefix(#"{"ts":""#))
        let order = ["\"level\"", "\"msg\"", "\"method\"", "\"route\"", "\"status\"", "\"bytes\"", "\"duration_ms\"", "\"request_id\"", "\"peer\""]
        let positions = order.compactMap { line.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test func headAndNotModifiedCountNoBodyBytes() throws {
        let sink = MemoryLogSink()
        let middleware = AccessLogMiddleware(accessLogger: AccessLogger(logger: .memory(sink)))
        _ = try run([middleware], .make(.head, "/things/1"), resolution: foundResolution()) { _ in
            HTTPResponse(status: .ok, body: Array("hello".utf8))
        }
        #expect(sink.lines.first?.contains(#""bytes":0"#) == true)
        #expect(sink.lines.first?.contains(#""method":"HEAD""#) == true)
    }

    @Test func escapedErrorIsLoggedAs500AndRethrown() {
        let sink = MemoryLogSink()
        let middleware = AccessLogMiddleware(accessLogger: AccessLogger(logger: .memory(sink)))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try run([middleware], .make(.get, "/nowhere")) { _ in throw Boom() }
        }
        #expect(sink.lines.count == 1)
        #expect(sink.lines.first?.contains(#""status":500"#) == true)
        #expect(sink.lines.first?.contains(#""route":"unmatched""#) == true)
    }
}
