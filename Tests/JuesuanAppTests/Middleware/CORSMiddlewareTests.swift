import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct CORSMiddlewareTests {
    private func middleware(_ origins: [String], credentials: Bool = false) -> CORSMiddleware {
        var configuration = CORSConfiguration()
        configuration.allowedOrigins = origins
        configuration.allowCredentials = credentials
        return CORSMiddleware(configuration: configuration)
    }

    private func optionsResolution() -> RouteResolution {
        var router = Router()
        router.get("/things/{id}") { _ in HTTPResponse(status: .ok) }
        return router.resolve(method: .options, path: "/things/1")
    }

    private let ok: @Sendable (inout RequestContext) throws -> HTTPResponse = { _ in HTTPResponse(status: .ok) }

    @Test func allowedOriginIsReflectedWithVary() throws {
        let response = try run([middleware(["https://dash.example.org"], credentials: true)],
                               .make(.get, "/things/1", headers: [("Origin", "https://dash.example.org")]), endpoint: ok)
        #expect(response.header("Access-Control-Allow-Origin") == "https://dash.example.org")
        #expect(response.header("Access-Control-Allow-Credentials") == "true")
        #expect(response.header("Vary") == "Origin")
        #expect(response.header("Access-Control-Expose-Headers") == "ETag, X-Request-Id")
    }

    @Test func otherOriginsGetNoCORSButStillVary() throws {
        for origin in ["https://evil.example", "https://dash.example.org.evil.example", "null", "HTTPS://DASH.EXAMPLE.ORG"] {
            let response = try run([middleware(["https://dash.example.org"])],
                                   .make(.get, "/things/1", headers: [("Origin", origin)]), endpoint: ok)
            #expect(response.header("Access-Control-Allow-Origin") == nil)
            #expect(response.header("Vary") == "Origin")
        }
    }

    @Test func wildcardNeverCarriesCredentials() throws {
        let response = try run([middleware(["*"])], .make(.get, "/things/1", headers: [("Origin", "https://any.example")]), endpoint: ok)
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        #expect(response.header("Access-Control-Allow-Credentials") == nil)
        #expect(response.header("Vary") == nil)
    }

    @Test func disabledWithoutOrigins() throws {
        let response = try run([middleware([])], .make(.get, "/things/1", headers: [("Origin", "https://a.example")]), endpoint: ok)
        #expect(response.header("Access-Control-Allow-Origin") == nil)
        #expect(response.header("Vary") == nil)
    }

    @Test func preflightFromAllowedOrigin() throws {
        let request = HTTPRequest.make(.options, "/things/1", headers: [
            ("Origin", "https://dash.example.org"), ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "x-request-id"),
        ])
        let response = try run([middleware(["https://dash.example.org"])], request, resolution: optionsResolution()) { _ in
            Issue.record("preflight must not reach the endpoint")
            return HTTPResponse(status: .ok)
        }
        #expect(response.status == .noContent)
        #expect(response.header("Access-Control-Allow-Origin") == "https://dash.example.org")
        #expect(response.header("Access-Control-Allow-Methods") == "GET, HEAD, OPTIONS")
        #expect(response.header("Access-Control-Allow-Headers") == "Authorization, Content-Type, If-Match, If-None-Match, X-Request-Id")
        #expect(response.header("Access-Control-Max-Age") == "600")
        #expect(response.header("Vary") == "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
    }

    @Test func preflightForUnsupportedMethodOrOriginFallsThrough() throws {
        for (origin, method) in [("https://dash.example.org", "DELETE"), ("https://evil.example", "GET")] {
            let request = HTTPRequest.make(.options, "/things/1", headers: [("Origin", origin), ("Access-Control-Request-Method", method)])
            let response = try run([middleware(["https://dash.example.org"])], request, resolution: optionsResolution()) { _ in
                HTTPResponse(status: .noContent, headers: HTTPHeaders([("Allow", "GET, HEAD, OPTIONS")]))
            }
            #expect(response.header("Access-Control-Allow-Methods") == nil)
            #expect(response.status == .noContent)
        }
    }
}
