import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct EntityTagTests {
    let tag = EntityTag(body: Array("foobar".utf8))

    @Test func strongTagIsQuotedHashHex() {
        #expect(tag.headerValue == "\"85944171f73967e8\"")
        #expect(EntityTag(body: Array("foobaz".utf8)) != tag)
    }

    private func matches(_ value: String) -> Bool {
        tag.matchesIfNoneMatch(in: HTTPHeaders([("If-None-Match", value)]))
    }

    @Test func ifNoneMatchForms() {
        #expect(matches("\"85944171f73967e8\""))
        #expect(matches("W/\"85944171f73967e8\""))
        #expect(matches("\"other\", \"85944171f73967e8\""))
        #expect(matches("\"a\",W/\"85944171f73967e8\" , \"b\""))
        #expect(matches("*"))
        #expect(matches(" * "))
    }

    @Test func nonMatchesAndMalformed() {
        #expect(!matches("\"85944171f73967e9\""))
        #expect(!matches("85944171f73967e8"))
        #expect(!matches("\"85944171f73967e8"))
        #expect(!matches("*, \"x\""))
        #expect(!matches(""))
        #expect(!tag.matchesIfNoneMatch(in: HTTPHeaders()))
    }

    @Test func secondFieldCounts() {
        let headers = HTTPHeaders([("If-None-Match", "\"x\""), ("If-None-Match", "\"85944171f73967e8\"")])
        #expect(tag.matchesIfNoneMatch(in: headers))
    }
}
