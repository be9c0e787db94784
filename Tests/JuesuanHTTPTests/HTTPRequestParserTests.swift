import JuesuanHTTP
import Testing

/// Valid requests, the reasons of key rejections, the state queries and the buffer behaviour of
/// `HTTPRequestParser`.
@Suite("HTTPRequestParser")
struct HTTPRequestParserTests {
    /// Parses `text` whole and returns its outcome.
    static func parse(_ text: String, bodyLimit: Int? = nil) -> ParseOutcome {
        ParserHarness.whole(utf8(text), bodyLimit: bodyLimit)
    }

    // MARK: Valid requests

    @Test func simpleGetHasMethodTargetVersionAndHeadersInOrder() throws {
        let outcome = Self.parse("GET /api/v1/departments?year=2023&page=2 HTTP/1.1\r\nHost: api.example\r\nAccept: application/json\r\nX-Multi: 1\r\nx-multi: 2\r\n\r\n")
        #expect(outcome.error == nil)
        let request = try #require(outcome.requests.first)
        #expect(request.method == "GET")
        #expect(request.target == "/api/v1/departments?year=2023&page=2")
        #expect(request.path == "/api/v1/departments")
        #expect(request.query == "year=2023&page=2")
        #expect(request.version == "HTTP/1.1")
        #expect(request.framing == .none)
        #expect(request.ended)
        #expect(request.headers == [
            .init(name: "Host", value: "api.example"), .init(name: "Accept", value: "application/json"),
            .init(name: "X-Multi", value: "1"), .init(name: "x-multi", value: "2"),
        ])
    }

    @Test func headEventCarriesAWorkingHTTPRequestHead() throws {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8("GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nDELETE /b HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"))
        guard case let .head(first, framing) = parser.next() else { Issue.record("expected a head"); return }
        #expect(framing == .none)
        #expect(first.version == .http1_0)
        #expect(first.wantsKeepAlive)
        #expect(first.method == .get && first.method.isKnown)
        guard case .end = parser.next() else { Issue.record("expected the end"); return }
        guard case let .head(second, _) = parser.next() else { Issue.record("expected a head"); return }
        #expect(second.method == .delete)
        #expect(!second.wantsKeepAlive)
        #expect(second.headers["host"] == "a")
        guard case .end = parser.next() else { Issue.record("expected the end"); return }
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.isIdle)
    }

    @Test func emptyQueryIsEmptyStringNotNil() throws {
        let request = try #require(Self.parse("GET /a? HTTP/1.1\r\nHost: a\r\n\r\n").requests.first)
        #expect(request.path == "/a")
        #expect(request.query == "")
    }

    @Test func unknownMethodIsDeliveredAndNotKnown() throws {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n"))
        guard case let .head(head, _) = parser.next() else { Issue.record("expected a head"); return }
        #expect(head.method.rawValue == "BREW")
        #expect(!head.method.isKnown)
    }

    @Test func contentLengthWithLeadingZerosIsDecimal() throws {
        let outcome = Self.parse("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 010\r\n\r\n0123456789")
        let request = try #require(outcome.requests.first)
        #expect(request.framing == .contentLength(10))
        #expect(request.body == utf8("0123456789"))
        #expect(outcome.leftover == 0)
    }

    @Test func contentLengthZeroHasNoBody() throws {
        let request = try #require(Self.parse("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n").requests.first)
        #expect(request.framing == .none)
        #expect(request.ended)
    }

    @Test func http10RequestWithoutHost() throws {
        let request = try #require(Self.parse("GET / HTTP/1.0\r\n\r\n").requests.first)
        #expect(request.version == "HTTP/1.0")
        #expect(request.headers.isEmpty)
    }

    @Test func http12IsReportedAsHTTP11() throws {
        let request = try #require(Self.parse("GET / HTTP/1.2\r\nHost: a\r\n\r\n").requests.first)
        #expect(request.version == "HTTP/1.1")
    }

    @Test func http12StillRequiresHost() {
        #expect(Self.parse("GET / HTTP/1.2\r\n\r\n").error?.reason == "missing-host")
    }

    @Test func absoluteFormTargetSplitsPathAndQuery() throws {
        let request = try #require(Self.parse("GET http://a/x?y HTTP/1.1\r\nHost: a\r\n\r\n").requests.first)
        #expect(request.target == "http://a/x?y")
        #expect(request.path == "/x")
        #expect(request.query == "y")
    }

    @Test func absoluteFormWithOnlyQueryHasRootPath() throws {
        let request = try #require(Self.parse("GET http://a:8080?q=1 HTTP/1.1\r\nHost: a\r\n\r\n").requests.first)
        #expect(request.path == "/")
        #expect(request.query == "q=1")
    }

    @Test func optionsAsteriskIsAccepted() throws {
        let request = try #require(Self.parse("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").requests.first)
        #expect(request.method == "OPTIONS")
        #expect(request.target == "*")
        #expect(request.path == "*")
        #expect(request.query == nil)
    }

    @Test func connectAuthorityFormIsDeliveredWithEmptyPath() throws {
        let request = try #require(Self.parse("CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n").requests.first)
        #expect(request.method == "CONNECT")
        #expect(request.target == "a.example:443")
        #expect(request.path == "")
    }

    @Test func expectHeaderPassesThroughUntouched() throws {
        let request = try #require(Self.parse("POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok").requests.first)
        #expect(request.headers.contains(.init(name: "Expect", value: "100-continue")))
        #expect(request.body == utf8("ok"))
    }

    @Test func fieldValueOWSIsTrimmedAndInnerSpacesKept() throws {
        let request = try #require(Self.parse("GET / HTTP/1.1\r\nHost: a\r\nX-A: \t a  b \t\r\nX-B:\r\nX-C:   \r\n\r\n").requests.first)
        #expect(request.headers == [
            .init(name: "Host", value: "a"), .init(name: "X-A", value: "a  b"),
            .init(name: "X-B", value: ""), .init(name: "X-C", value: ""),
        ])
    }

    @Test func obsTextValuesAreKeptLosslessly() throws {
        var bytes = utf8("GET / HTTP/1.1\r\nHost: a\r\nX-Utf8: ")
        bytes += [0xE5, 0x86, 0xB3, 0xE7, 0xAE, 0x97] + utf8("\r\nX-Latin1: caf") + [0xE9] + utf8("\r\n\r\n")
        let request = try #require(ParserHarness.whole(bytes).requests.first)
        #expect(request.headers[1].value == "决算")
        #expect(request.headers[2].value == "caf\u{E9}")
        #expect(request.headers[2].value.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
    }

    @Test func pipelinedRequestsInOneBufferComeOutInOrder() throws {
        let text = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
            + "POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /3 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
            + "GET /4 HTTP/1.1\r\nHost: a\r\n\r\n"
        let outcome = Self.parse(text)
        #expect(outcome.error == nil)
        #expect(outcome.requests.map(\.target) == ["/1", "/2", "/3", "/4"])
        #expect(outcome.requests.map { String(decoding: $0.body, as: UTF8.self) } == ["", "hello", "abc", ""])
        #expect(outcome.requests.allSatisfy { $0.ended })
        #expect(outcome.leftover == 0)
    }

    @Test func chunkedBodyWithTrailersKeepsTrailersApart() throws {
        let outcome = Self.parse("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\n0\r\nX-Sum: 42\r\nContent-Length: 99\r\n\r\n")
        let request = try #require(outcome.requests.first)
        #expect(request.framing == .chunked)
        #expect(request.body == utf8("hello"))
        #expect(request.trailers == [.init(name: "X-Sum", value: "42"), .init(name: "Content-Length", value: "99")])
        #expect(!request.headers.contains { $0.name == "X-Sum" || $0.name == "Content-Length" })
    }

    @Test func leadingEmptyLinesBeforeARequestAreIgnored() throws {
        let outcome = Self.parse("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome.requests.map(\.target) == ["/"])
    }

    // MARK: Rejection reasons

    @Test(arguments: [
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n", "content-length-and-transfer-encoding"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nContent-Length: 4\r\n\r\n", "duplicate-content-length"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +4\r\n\r\n", "invalid-content-length"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", "chunked-not-final"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", "chunked-twice"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", "transfer-coding-unsupported"),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", "transfer-encoding-http10"),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", "duplicate-host"),
        ("GET / HTTP/1.1\r\n\r\n", "missing-host"),
        ("GET / HTTP/1.1\nHost: a\n\n", "bare-lf"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n", "obs-fold"),
        ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", "whitespace-in-field-name"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", "bare-cr"),
        ("GET / HTTP/1.1\r\nHost: a\r\n: a\r\n\r\n", "empty-field-name"),
        ("GET /#x HTTP/1.1\r\nHost: a\r\n\r\n", "target-fragment"),
        ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", "version-not-supported"),
        ("GET / HTTP/1.1 \r\nHost: a\r\n\r\n", "invalid-version"),
    ])
    func rejectionNamesTheReason(text: String, reason: String) {
        #expect(Self.parse(text).error?.reason == reason)
    }

    @Test func errorResponseIsProblemJSONWithTheStatus() throws {
        let error = try #require(Self.parse("GET / HTTP/3.0\r\n\r\n").error)
        let response = error.defaultResponse()
        #expect(response.status.code == 505)
        #expect(response.headers["Content-Type"] == "application/problem+json")
    }

    @Test func parserStaysDeadAfterAnError() {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"))
        guard case .error(let first) = parser.next() else { Issue.record("expected an error"); return }
        parser.append(utf8("GET / HTTP/1.1\r\nHost: a\r\n\r\n"))
        guard case .error(let second) = parser.next() else { Issue.record("expected the same error"); return }
        #expect(first == second)
        #expect(!parser.isIdle && !parser.isReadingHead && !parser.isReadingBody)
    }

    // MARK: Body limits

    @Test func declaredLengthAboveTheLimitIs413WithoutConsumingTheBody() {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 20\r\n\r\n0123456789"))
        guard case .head(_, .contentLength(20)) = parser.next() else { Issue.record("expected a head"); return }
        parser.setBodyLimit(19)
        guard case .error(let error) = parser.next() else { Issue.record("expected 413"); return }
        #expect(error.status == .contentTooLarge)
        #expect(parser.bufferedByteCount == 10)
    }

    @Test func bodyLimitResetsToTheDefaultForTheNextRequest() {
        var parser = HTTPRequestParser(limits: .init())
        let request = utf8("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello")
        parser.append(request + request)
        guard case .head = parser.next() else { Issue.record("expected a head"); return }
        parser.setBodyLimit(100)
        guard case .body(let body) = parser.next(), body == utf8("hello") else { Issue.record("expected the body"); return }
        guard case .end = parser.next() else { Issue.record("expected the end"); return }
        guard case .head = parser.next() else { Issue.record("expected the second head"); return }
        parser.setBodyLimit(4)
        guard case .error(let error) = parser.next() else { Issue.record("expected 413"); return }
        #expect(error.status.code == 413)
    }

    @Test func hugeConfiguredLimitsDoNotOverflow() throws {
        var limits = HTTPServerConfiguration.Limits()
        limits.requestLineBytes = .max
        limits.headerFieldBytes = .max
        limits.headerBytes = .max
        limits.chunkExtensionBytes = .max
        limits.bodyBytes = .max
        let text = "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\n\r\n"
        let outcome = ParserHarness.byteByByte(utf8(text), limits: limits)
        #expect(outcome.error == nil)
        #expect(try #require(outcome.requests.first).body == utf8("hello"))
    }

    // MARK: State queries and buffering

    @Test func stateQueriesFollowTheRequest() {
        var parser = HTTPRequestParser(limits: .init())
        #expect(parser.isIdle && !parser.isReadingHead && !parser.isReadingBody)
        parser.append(utf8("P"))
        _ = parser.next()
        #expect(!parser.isIdle && parser.isReadingHead && !parser.isReadingBody)
        parser.append(utf8("OST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nab"))
        guard case .head = parser.next() else { Issue.record("expected a head"); return }
        #expect(!parser.isReadingHead && parser.isReadingBody)
        guard case .body = parser.next() else { Issue.record("expected a body piece"); return }
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.isReadingBody && !parser.isIdle)
        parser.append(utf8("cd"))
        guard case .body = parser.next() else { Issue.record("expected a body piece"); return }
        guard case .end = parser.next() else { Issue.record("expected the end"); return }
        #expect(parser.isIdle && !parser.isReadingBody && !parser.isReadingHead)
    }

    @Test func emptyLineBeforeARequestStartsTheHeaderDeadline() {
        var parser = HTTPRequestParser(limits: .init())
        parser.append(utf8("\r\n"))
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.isReadingHead)
        #expect(!parser.isIdle)
    }

    @Test func bufferedByteCountCountsUnconsumedBytes() {
        var parser = HTTPRequestParser(limits: .init())
        let first = utf8("GET /1 HTTP/1.1\r\nHost: a\r\n\r\n")
        let second = utf8("GET /2 HTTP/1.1\r\nHo")
        parser.append(first + second)
        #expect(parser.bufferedByteCount == first.count + second.count)
        guard case .head = parser.next() else { Issue.record("expected a head"); return }
        #expect(parser.bufferedByteCount == second.count)
        guard case .end = parser.next() else { Issue.record("expected the end"); return }
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.bufferedByteCount == second.count - "GET /2 HTTP/1.1\r\n".utf8.count)
    }

    @Test func appendFromRawBufferCopiesTheBytes() {
        var parser = HTTPRequestParser(limits: .init())
        var bytes = utf8("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        bytes.withUnsafeBytes { parser.append($0) }
        bytes = Array(repeating: 0, count: bytes.count)
        guard case let .head(head, _) = parser.next() else { Issue.record("expected a head"); return }
        #expect(head.path == "/")
    }

    @Test func manyPipelinedRequestsFedInSmallPiecesKeepTheBufferCompact() {
        var parser = HTTPRequestParser(limits: .init())
        let request = utf8("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc")
        var stream: [UInt8] = []
        for _ in 0..<2000 { stream += request }
        var ended = 0
        var maxBuffered = 0
        var offset = 0
        while offset < stream.count {
            let end = min(offset + 37, stream.count)
            parser.append(stream[offset..<end])
            offset = end
            loop: while true {
                switch parser.next() {
                case .needMoreData: break loop
                case .end: ended += 1
                case .error(let error): Issue.record("unexpected \(error)"); return
                default: break
                }
            }
            maxBuffered = max(maxBuffered, parser.bufferedByteCount)
        }
        #expect(ended == 2000)
        #expect(maxBuffered < request.count + 37)
        #expect(parser.isIdle)
    }

    /// A 32 KiB head fed one byte at a time must stay cheap: every call resumes where the last stopped
    /// (a parser that re-validated the partial line on each call would do ~500M byte checks here).
    @Test(.timeLimit(.minutes(1)))
    func headFedOneByteAtATimeIsLinear() {
        var limits = HTTPServerConfiguration.Limits()
        limits.headerFieldBytes = 31 * 1024
        var parser = HTTPRequestParser(limits: limits)
        let head = utf8("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "v", count: 31 * 1024 - 8) + "\r\n\r\n")
        #expect(head.count <= limits.headerBytes)
        var heads = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for byte in head {
                parser.append(CollectionOfOne(byte))
                if case .head = parser.next() { heads += 1 }
            }
        }
        #expect(heads == 1)
        #expect(elapsed < .seconds(5))
    }
}
