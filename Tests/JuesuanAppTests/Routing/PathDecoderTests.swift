import Testing
@testable import JuesuanApp

@Suite struct PathDecoderTests {
    @Test func splitsAndDecodes() throws {
        #expect(try PathDecoder.segments(of: "/") == [])
        #expect(try PathDecoder.segments(of: "/v1/departments") == ["v1", "departments"])
        #expect(try PathDecoder.segments(of: "/v1/a%20b/%E9%83%A8%E9%97%A8") == ["v1", "a b", "部门"])
        #expect(try PathDecoder.segments(of: "/a/") == ["a", ""])
        #expect(try PathDecoder.segments(of: "/a//b") == ["a", "", "b"])
        #expect(try PathDecoder.segments(of: "/a/%2e%2e%2e") == ["a", "..."])
    }

    @Test(arguments: [
        "/a/%00", "/a/%0a", "/a/b%", "/a/%4", "/a/%zz", "/a/%2F", "/a/%2f/b",
        "/a/..", "/a/.", "/a/%2e%2e", "/a/.%2E", "/%2E/x", "/a/%FF", "/a/%C3", "relative", "",
    ])
    func refusesUnsafePaths(_ path: String) {
        #expect(throws: APIError.self) { try PathDecoder.segments(of: path) }
        do {
            _ = try PathDecoder.segments(of: path)
        } catch {
            #expect(error.status.code == 400)
            #expect(error.type == "urn:juesuan:problem:invalid-path")
        }
    }
}
