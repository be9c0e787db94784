import Foundation
import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct ErrorMiddlewareTests {
    @Test func apiErrorBecomesProblemJSON() throws {
        let sink = MemoryLogSink()
        let response = try run([ErrorMiddleware(logger: .memory(sink))], .make(.get, "/v1/things?limit=500")) { _ in
            throw APIError.invalidParameter("limit", in: .query, reason: "must be an integer from 1 to 100, got \"500\"")
        }
        #expect(response.status.code == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("Cache-Control") == "no-store")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["type"] as? String == "urn:juesuan:problem:invalid-parameter")
        #expect(object["title"] as? String == "Invalid parameter")
        #expect(object["status"] as? Int == 400)
        #expect(object["detail"] as? String == "query parameter 'limit' must be an integer from 1 to 100, got \"500\"")
        #expect(object["instance"] as? String == "/v1/things")
        #expect(object["request_id"] as? String == "test-id")
        let errors = try #require(object["errors"] as? [[String: String]])
        #expect(errors == [["path": "limit", "detail": "must be an integer from 1 to 100, got \"500\""]])
        #expect(sink.lines.isEmpty)
    }

    @Test func extraHeadersSurvive() throws {
        let response = try run([ErrorMiddleware(logger: .memory(MemoryLogSink()))], .make(.delete, "/x")) { _ in
            throw APIError.methodNotAllowed(method: .delete, path: "/x", allow: "GET, HEAD, OPTIONS")
        }
        #expect(response.status.code == 405)
        #expect(response.header("Allow") == "GET, HEAD, OPTIONS")
    }

    @Test func unknownErrorIs500AndLoggedAtErrorLevel() throws {
        struct DiskOnFire: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let sink = MemoryLogSink()
        let response = try run([ErrorMiddleware(logger: .memory(sink))], .make(.get, "/x"), resolution: foundResolution()) { _ in
            throw DiskOnFire()
        }
        #expect(response.status.code == 500)
        #expect(!response.bodyText.contains("disk on fire"))
        #expect(response.bodyText.contains(#""request_id":"test-id""#))
        let line = try #require(sink.lines.first)
        #expect(line.contains(#""level":"error""#))
        #expect(line.contains(#""error":"disk on fire""#))
        #expect(line.contains(#""request_id":"test-id""#))
        #expect(line.contains(#""route":"/things/{id}""#))
    }
}
