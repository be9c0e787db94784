import Synchronization
import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct RequestIDMiddlewareTests {
    let middleware = RequestIDMiddleware(generator: RequestIDGenerator())

    private func respond(_ headers: [(String, String)]) throws -> (HTTPResponse, String) {
        let seen = SeenID()
        let response = try run([middleware], .make(.get, "/x", headers: headers)) { context in
            seen.value = context.requestID
            return HTTPResponse(status: .ok)
        }
        return (response, seen.value)
    }

    @Test func echoesSafeClientID() throws {
        let (response, seen) = try respond([("X-Request-Id", "abc-DEF_0.9")])
        #expect(seen == "abc-DEF_0.9")
        #expect(response.header("X-Request-Id") == "abc-DEF_0.9")
    }

    @Test(arguments: ["", "has space", "semi;colon", "quote\"", String(repeating: "a", count: 129), "ünïcode"])
    func replacesUnsafeClientID(_ supplied: String) throws {
        let (response, seen) = try respond([("X-Request-Id", supplied)])
        #expect(seen != supplied)
        #expect(seen.utf8.count == 32)
        #expect(response.header("X-Request-Id") == seen)
    }

    @Test func generatedIDsAreUniqueHex() {
        let generator = RequestIDGenerator()
        let ids = (0..<10_000).map { _ in generator.next() }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.utf8.count == 32 && $0.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) } })
        #expect(RequestIDGenerator.isValid(String(repeating: "a", count: 128)))
    }
}

/// A box a test endpoint writes into.
final class SeenID: Sendable {
    private let stored = Mutex("")

    var value: String {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
