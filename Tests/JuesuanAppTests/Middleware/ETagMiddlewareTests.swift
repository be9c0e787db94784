import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct ETagMiddlewareTests {
    let body = Array(#"{"a":1}"#.utf8)

    private func respond(_ method: HTTPMethod = .get, headers: [(String, String)] = [], cacheControl: String = "public, max-age=60", status: HTTPStatus = .ok) throws -> HTTPResponse {
        let body = body
        return try run([ETagMiddleware()], .make(method, "/things/1", headers: headers)) { _ in
            HTTPResponse(status: status, headers: HTTPHeaders([
                ("Content-Type", "application/json"), ("Cache-Control", cacheControl), ("Vary", "Accept-Encoding"),
            ]), body: body)
        }
    }

    @Test func tagsSuccessfulGet() throws {
        let response = try respond()
        #expect(response.header("ETag") == EntityTag(body: body).headerValue)
        #expect(response.body == body)
    }

    @Test func matchingIfNoneMatchGives304WithoutBody() throws {
        let tag = EntityTag(body: body).headerValue
        for value in [tag, "W/\(tag)", "\"nope\", \(tag)", "*"] {
            let response = try respond(headers: [("If-None-Match", value)])
            #expect(response.status == .notModified)
            #expect(response.body.isEmpty)
            #expect(response.header("ETag") == tag)
            #expect(response.header("Cache-Control") == "public, max-age=60")
            #expect(response.header("Vary") == "Accept-Encoding")
            #expect(response.header("Content-Type") == nil)
        }
        #expect(try respond(.head, headers: [("If-None-Match", tag)]).status == .notModified)
    }

    @Test func staleTagGivesFull200() throws {
        let response = try respond(headers: [("If-None-Match", "\"0000000000000000\"")])
        #expect(response.status == .ok)
        #expect(response.body == body)
    }

    @Test func skipsNoStoreErrorsAndUnsafeMethods() throws {
        #expect(try respond(cacheControl: "no-store").header("ETag") == nil)
        #expect(try respond(status: .notFound).header("ETag") == nil)
        #expect(try respond(.post, headers: [("If-None-Match", "*")]).status == .ok)
    }

    @Test func keepsExistingTag() throws {
        let response = try run([ETagMiddleware()], .make(.get, "/x", headers: [("If-None-Match", "\"given\"")])) { _ in
            HTTPResponse(status: .ok, headers: HTTPHeaders([("ETag", "\"given\"")]), body: [1, 2, 3])
        }
        #expect(response.status == .notModified)
        #expect(response.header("ETag") == "\"given\"")
    }
}
