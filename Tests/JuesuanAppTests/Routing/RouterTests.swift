import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct RouterTests {
    private func makeRouter() -> Router {
        var router = Router()
        let ok: RouteHandler = { _ in HTTPResponse(status: .ok) }
        router.get("/v1/disclosures/{dept}/{year}/tables/{no}", handler: ok)
        router.get("/v1/disclosures/{dept}/{year}", handler: ok)
        router.get("/v1/disclosures/search", handler: ok)
        router.get("/v1/disclosures/search/recent/x", handler: ok)
        router.post("/v1/imports", handler: ok)
        router.get("/", handler: ok)
        return router
    }

    @Test func matchesTemplatesAndDecodesParameters() throws {
        let router = makeRouter()
        guard case .found(let route, let parameters, let entry) = router.resolve(
            method: .get, path: "/v1/disclosures/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80/2023/tables/05"
        ) else {
            Issue.record("no match")
            return
        }
        #expect(route.template.text == "/v1/disclosures/{dept}/{year}/tables/{no}")
        #expect(entry.template.text == route.template.text)
        #expect(parameters["dept"] == "市财政局")
        #expect(try parameters.int("year", in: 2000...2100) == 2023)
        #expect(parameters["no"] == "05")
    }

    @Test func literalWinsAndBacktracksToParameter() {
        let router = makeRouter()
        guard case .found(let literal, _, _) = router.resolve(method: .get, path: "/v1/disclosures/search") else {
            Issue.record("literal not matched")
            return
        }
        #expect(literal.template.text == "/v1/disclosures/search")
        // "search" is tried as a literal first, then as {dept} with year "2023".
        guard case .found(let backtracked, let parameters, _) = router.resolve(method: .get, path: "/v1/disclosures/search/2023") else {
            Issue.record("backtracking failed")
            return
        }
        #expect(backtracked.template.text == "/v1/disclosures/{dept}/{year}")
        #expect(parameters["dept"] == "search")
    }

    @Test func headUsesGetAndOptionsIsAnswered() {
        let router = makeRouter()
        guard case .found(let route, _, _) = router.resolve(method: .head, path: "/v1/disclosures/a/2023") else {
            Issue.record("HEAD not served by GET")
            return
        }
        #expect(route.method == .get)
        guard case .options(let entry) = router.resolve(method: .options, path: "/v1/disclosures/a/2023") else {
            Issue.record("OPTIONS not answered")
            return
        }
        #expect(entry.allow == "GET, HEAD, OPTIONS")
    }

    @Test func unsupportedKnownMethodIs405WithAllow() {
        let router = makeRouter()
        guard case .methodNotAllowed(let entry) = router.resolve(method: .delete, path: "/v1/imports") else {
            Issue.record("expected 405")
            return
        }
        #expect(entry.allow == "POST, OPTIONS")
        guard case .methodNotAllowed = router.resolve(method: .trace, path: "/v1/disclosures/a/2023") else {
            Issue.record("TRACE should be 405")
            return
        }
    }

    @Test func unknownMethodTokenIs501() {
        guard case .unknownMethod = makeRouter().resolve(method: HTTPMethod("BREW"), path: "/v1/imports") else {
            Issue.record("expected 501")
            return
        }
    }

    @Test func unknownPathsAndEmptySegmentsAre404() {
        let router = makeRouter()
        for path in ["/v2", "/v1/disclosures", "/v1/disclosures/a/2023/", "/v1/disclosures//2023", "/v1/imports/x"] {
            guard case .notFound = router.resolve(method: .get, path: path) else {
                Issue.record("expected 404 for \(path)")
                continue
            }
        }
    }

    @Test func badPathsAre400AndAsteriskOnlyForOptions() {
        let router = makeRouter()
        guard case .invalid(let error) = router.resolve(method: .get, path: "/v1/disclosures/%2e%2e/2023") else {
            Issue.record("expected 400")
            return
        }
        #expect(error.status.code == 400)
        guard case .serverOptions = router.resolve(method: .options, path: "*") else {
            Issue.record("OPTIONS * not answered")
            return
        }
        guard case .invalid = router.resolve(method: .get, path: "*") else {
            Issue.record("GET * must be 400")
            return
        }
        #expect(router.serverAllow == "GET, HEAD, POST, OPTIONS")
    }

    @Test func routeIDsAreDenseAndStable() {
        let router = makeRouter()
        #expect(router.entries.map(\.id) == Array(0..<router.entries.count))
        #expect(router.entries[0].template.text == "/v1/disclosures/{dept}/{year}/tables/{no}")
        #expect(router.resolve(method: .get, path: "/").pathEntry?.template.text == "/")
    }
}
