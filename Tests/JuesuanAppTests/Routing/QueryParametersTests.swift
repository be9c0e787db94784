import Testing
@testable import JuesuanApp

@Suite struct QueryParametersTests {
    @Test func parsesPairs() throws {
        let query = try QueryParameters(parsing: "year=2023&name=%E8%B4%A2%E6%94%BF+%E5%B1%80&flag&&empty=")
        #expect(try query.int("year", in: 2000...2100) == 2023)
        #expect(try query.string("name") == "财政 局")
        #expect(try query.string("flag") == "")
        #expect(try query.string("empty") == "")
        #expect(try query.string("missing") == nil)
        #expect(try QueryParameters(parsing: nil).pairs.isEmpty)
    }

    private func failure(_ body: () throws -> Void) -> APIError? {
        do {
            try body()
            return nil
        } catch {
            return error as? APIError
        }
    }

    @Test func errorsNameTheParameter() {
        let range = failure { _ = try QueryParameters(parsing: "limit=500").int("limit", in: 1...100) }
        #expect(range?.status.code == 400)
        #expect(range?.detail == "query parameter 'limit' must be an integer from 1 to 100, got \"500\"")
        #expect(range?.errors.first?.path == "limit")

        let plus = failure { _ = try QueryParameters(parsing: "page=%2B5").int("page") }
        #expect(plus?.detail == "query parameter 'page' must be an integer, got \"+5\"")

        let twice = failure { _ = try QueryParameters(parsing: "page=1&page=2").string("page") }
        #expect(twice?.detail == "query parameter 'page' must be given at most once")

        let escape = failure { _ = try QueryParameters(parsing: "region=%zz") }
        #expect(escape?.detail == "query parameter 'region' contains a malformed percent-escape")

        let nul = failure { _ = try QueryParameters(parsing: "q=a%00b") }
        #expect(nul?.detail == "query parameter 'q' contains a NUL or control character")

        let choice = failure { _ = try QueryParameters(parsing: "order=up").oneOf("order", ["asc", "desc"]) }
        #expect(choice?.detail == "query parameter 'order' must be one of asc, desc, got \"up\"")

        let flag = failure { _ = try QueryParameters(parsing: "csv=yes").bool("csv") }
        #expect(flag?.detail == "query parameter 'csv' must be true or false, got \"yes\"")

        let unknown = failure { try QueryParameters(parsing: "year=1&colour=red").rejectUnknown(allowed: ["year"]) }
        #expect(unknown?.detail == "query parameter 'colour' is not accepted here (accepted: year)")
    }

    @Test func booleansAndChoices() throws {
        let query = try QueryParameters(parsing: "a=true&b=0&order=desc")
        #expect(try query.bool("a") == true)
        #expect(try query.bool("b") == false)
        #expect(try query.oneOf("order", ["asc", "desc"]) == "desc")
        #expect(query.values("a") == ["true"])
    }
}
