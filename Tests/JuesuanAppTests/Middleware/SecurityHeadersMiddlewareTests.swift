import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct SecurityHeadersMiddlewareTests {
    @Test func addsFixedHeadersAndDefaultCacheControl() throws {
        let response = try run([SecurityHeadersMiddleware()], .make(.get, "/x")) { _ in HTTPResponse(status: .ok) }
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("Content-Security-Policy") == "default-src 'none'; frame-ancestors 'none'")
        #expect(response.header("X-Frame-Options") == "DENY")
        #expect(response.header("Referrer-Policy") == "no-referrer")
        #expect(response.header("Cache-Control") == "no-store")
    }

    @Test func keepsRouteCacheControl() throws {
        let response = try run([SecurityHeadersMiddleware()], .make(.get, "/x")) { _ in
            HTTPResponse(status: .ok, headers: HTTPHeaders([("Cache-Control", "public, max-age=60")]))
        }
        #expect(response.headers.values(name: "Cache-Control") == ["public, max-age=60"])
    }
}
