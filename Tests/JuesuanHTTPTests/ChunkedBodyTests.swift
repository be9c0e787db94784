import JuesuanHTTP
import Testing

/// The chunked transfer coding (RFC 9112 §7.1): sizes, data pieces, limits, trailers.
@Suite("Chunked bodies")
struct ChunkedBodyTests {
    static let head = "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"

    static func parse(_ chunks: String, limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) -> ParseOutcome {
        ParserHarness.whole(utf8(head + chunks), limits: limits, bodyLimit: bodyLimit)
    }

    @Test func hexSizesInEitherCaseAreDecoded() throws {
        let body = String(repeating: "x", count: 0x1A) + String(repeating: "y", count: 0xb)
        let outcome = Self.parse("1A\r\n" + String(repeating: "x", count: 0x1A) + "\r\nb\r\n" + String(repeating: "y", count: 0xb) + "\r\n0\r\n\r\n")
        let request = try #require(outcome.requests.first)
        #expect(request.body == utf8(body))
        #expect(request.ended)
        #expect(outcome.error == nil)
    }

    @Test func chunkDataIsDeliveredAsItArrives() {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8(Self.head + "a\r\n0123"))
        guard case .head(_, .chunked) = parser.next() else { Issue.record("expected a chunked head"); return }
        guard case .body(let first) = parser.next() else { Issue.record("expected a body piece"); return }
        #expect(first == utf8("0123"))
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.isReadingBody)
        parser.append(utf8("456789\r\n0\r\n\r\n"))
        guard case .body(let second) = parser.next() else { Issue.record("expected a body piece"); return }
        #expect(second == utf8("456789"))
        guard case .end(let trailers) = parser.next() else { Issue.record("expected the end"); return }
        #expect(trailers.isEmpty)
        #expect(parser.isIdle)
    }

    @Test func largestFifteenDigitSizeIs413NotAnOverflow() {
        let outcome = Self.parse("FFFFFFFFFFFFFFF\r\nabc")
        #expect(outcome.error?.status.code == 413)
        #expect(outcome.requests.first?.body == [])
    }

    @Test func crossingTheBodyLimitIs413BeforeTheDataIsRead() {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8(Self.head + "8\r\n01234567\r\n9\r\n"))
        guard case .head = parser.next() else { Issue.record("expected a head"); return }
        parser.setBodyLimit(16)
        guard case .body = parser.next() else { Issue.record("expected a body piece"); return }
        guard case .error(let error) = parser.next() else { Issue.record("expected 413"); return }
        #expect(error.status == .contentTooLarge)
        #expect(error.reason == "body-too-large")
    }

    @Test func defaultBodyLimitAppliesToChunkedBodies() {
        var limits = HTTPServerConfiguration.Limits()
        limits.bodyBytes = 10
        #expect(Self.parse("6\r\nabcdef\r\n5\r\nghijk\r\n0\r\n\r\n", limits: limits).error?.status.code == 413)
        #expect(Self.parse("6\r\nabcdef\r\n4\r\nghij\r\n0\r\n\r\n", limits: limits).error == nil)
    }

    @Test func lastChunkMayCarryExtensions() throws {
        let outcome = Self.parse("3;x=1\r\nabc\r\n0;done=\"yes\"\r\n\r\n")
        #expect(try #require(outcome.requests.first).body == utf8("abc"))
        #expect(outcome.error == nil)
    }

    @Test func trailersAreReturnedWithTheEndNotMergedIntoTheHead() throws {
        let outcome = Self.parse("3\r\nabc\r\n0\r\nHost: evil\r\nX-Digest: sha-256=abc\r\n\r\n")
        let request = try #require(outcome.requests.first)
        #expect(request.trailers == [.init(name: "Host", value: "evil"), .init(name: "X-Digest", value: "sha-256=abc")])
        #expect(request.headers.filter { $0.name == "Host" }.map(\.value) == ["a"])
    }

    @Test func trailerFieldsAreValidatedLikeHeaderFields() {
        #expect(Self.parse("0\r\nBad Name: x\r\n\r\n").error?.status.code == 400)
        #expect(Self.parse("0\r\nX: a\u{1}b\r\n\r\n").error?.status.code == 400)
        #expect(Self.parse("0\r\nX: 1\n\r\n").error?.reason == "bare-lf")
    }

    @Test func trailerSectionIsBoundedByTheHeaderLimits() {
        var limits = HTTPServerConfiguration.Limits()
        limits.headerCount = 3
        #expect(Self.parse("0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits).error == nil)
        #expect(Self.parse("0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", limits: limits).error?.status.code == 431)
        limits = HTTPServerConfiguration.Limits()
        limits.headerFieldBytes = 16
        #expect(Self.parse("0\r\nX: " + String(repeating: "v", count: 20) + "\r\n\r\n", limits: limits).error?.status.code == 431)
    }

    @Test func chunkedRequestIsFollowedByAPipelinedRequest() {
        let outcome = ParserHarness.byteByByte(utf8(Self.head + "2\r\nhi\r\n0\r\n\r\nGET /next HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(outcome.requests.map(\.target) == ["/upload", "/next"])
        #expect(outcome.requests.map(\.body) == [utf8("hi"), []])
        #expect(outcome.error == nil)
    }

    @Test func manySmallChunksAddUp() throws {
        var chunks = ""
        var expected: [UInt8] = []
        for index in 1...200 {
            let piece = String(repeating: Character(Unicode.Scalar(UInt8(0x61 + index % 26))), count: index % 17 + 1)
            chunks += String(piece.utf8.count, radix: 16) + "\r\n" + piece + "\r\n"
            expected += utf8(piece)
        }
        let outcome = Self.parse(chunks + "0\r\n\r\n")
        #expect(try #require(outcome.requests.first).body == expected)
        #expect(outcome.leftover == 0)
    }
}
