import Testing
@testable import JuesuanApp

@Suite struct RouteParametersTests {
    @Test func typedAccessNamesTheParameter() throws {
        let parameters = RouteParameters([("year", "20x3"), ("no", "05")])
        #expect(try parameters.string("no") == "05")
        #expect(try parameters.int("no") == 5)
        do {
            _ = try parameters.int("year", in: 1990...2100)
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(error.status.code == 400)
            #expect(error.detail == "path parameter 'year' must be an integer from 1990 to 2100, got \"20x3\"")
        }
        #expect(throws: (any Error).self) { try parameters.string("dept") }
    }
}
