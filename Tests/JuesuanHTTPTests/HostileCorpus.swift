import JuesuanHTTP
import Testing

/// What the parser must report for a corpus case.
enum Expectation: Sendable {
    /// No request is delivered; the parser fails with this status.
    case rejected(Int)
    /// These requests are delivered completely, and nothing else happens.
    case accepted([ExpectedRequest])
    /// These requests are delivered (the last possibly without its end), then the parser fails.
    case acceptedThenRejected([ExpectedRequest], Int)
    /// Nothing is delivered and nothing is wrong yet: the parser waits for more bytes.
    case waiting
}

/// The parts of a delivered request a corpus case pins down.
struct ExpectedRequest: Sendable {
    var method: String
    var target: String
    var path: String?
    var query: String?
    var version = "HTTP/1.1"
    var body: [UInt8] = []
    var ended = true
    var trailerCount = 0

    init(
        _ method: String, _ target: String, path: String? = nil, query: String? = nil, version: String = "HTTP/1.1",
        body: String = "", ended: Bool = true, trailerCount: Int = 0
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.body = utf8(body)
        self.ended = ended
        self.trailerCount = trailerCount
    }
}

/// One hostile (or deliberately valid) byte-level request of RELIABILITY.md §1.6.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// `#<row of §1.6> short-name`.
    var name: String
    var bytes: [UInt8]
    var expectation: Expectation
    var limits = HTTPServerConfiguration.Limits()
    /// A body limit the "server" sets after each head (nil: the configured default).
    var bodyLimit: Int?

    var testDescription: String { name }

    init(_ name: String, _ bytes: [UInt8], _ expectation: Expectation, limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) {
        self.name = name
        self.bytes = bytes
        self.expectation = expectation
        self.limits = limits
        self.bodyLimit = bodyLimit
    }

    init(_ name: String, _ text: String, _ expectation: Expectation, limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) {
        self.init(name, utf8(text), expectation, limits: limits, bodyLimit: bodyLimit)
    }
}

/// The §1.6 hostile-request corpus, rows 1–42, expanded to every listed variant.
enum HostileCorpus {
    static let postHead = "POST /x HTTP/1.1\r\n" + hostA
    static let chunkedHead = postHead + "Transfer-Encoding: chunked\r\n\r\n"

    /// A POST with extra header lines (each ending in CRLF) and a body.
    static func post(_ headers: String, _ body: String = "") -> String {
        postHead + headers + "\r\n" + body
    }

    /// A GET of `/` with these bytes as the only header line (before CRLF) after Host.
    static func getWith(_ line: [UInt8]) -> [UInt8] {
        utf8("GET / HTTP/1.1\r\n" + hostA) + line + utf8("\r\n\r\n")
    }

    static func requestLine(_ line: [UInt8]) -> [UInt8] {
        line + utf8("\r\n" + hostA + "\r\n")
    }

    static func chunked(_ body: String) -> String { chunkedHead + body }

    static let helloPost = [ExpectedRequest("POST", "/x", body: "hello")]
    static let getRoot = [ExpectedRequest("GET", "/")]

    /// The head of `POST /x` is delivered, then the body framing fails with `status`.
    static func rejectedInBody(_ status: Int) -> Expectation {
        .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], status)
    }

    static let cases: [HostileCase] = framing + chunking + fields + requestLines + sizes + sessions

    /// Rows 1–11 and 19–22: message framing.
    static let framing: [HostileCase] = [
        .init("#1 CL.TE", post("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#2 TE.CL", post("Transfer-Encoding: chunked\r\nContent-Length: 30\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#3 CL twice different", post("Content-Length: 5\r\nContent-Length: 10\r\n", "helloworld"), .rejected(400)),
        .init("#4 CL twice same", post("Content-Length: 5\r\nContent-Length: 5\r\n", "hello"), .rejected(400)),
        .init("#4 CL list same", post("Content-Length: 5, 5\r\n", "hello"), .rejected(400)),
        .init("#5 CL plus sign", post("Content-Length: +5\r\n", "hello"), .rejected(400)),
        .init("#5 CL minus one", post("Content-Length: -1\r\n", "hello"), .rejected(400)),
        .init("#5 CL minus zero", post("Content-Length: -0\r\n", "hello"), .rejected(400)),
        .init("#5 CL hex", post("Content-Length: 0x5\r\n", "hello"), .rejected(400)),
        .init("#5 CL underscore", post("Content-Length: 1_0\r\n", "helloworld"), .rejected(400)),
        .init("#5 CL trailing junk", post("Content-Length: 5Z\r\n", "hello"), .rejected(400)),
        .init("#5 CL empty", post("Content-Length:\r\n", "hello"), .rejected(400)),
        .init("#5 CL inner space", post("Content-Length: 5 5\r\n", "hello"), .rejected(400)),
        .init("#5 CL fullwidth digit", Array(utf8(post("Content-Length: ")).dropLast(2)) + [0xEF, 0xBC, 0x95] + utf8("\r\n\r\nhello"), .rejected(400)),
        .init("#5 CL OWS around value is fine", post("Content-Length: \t5 \r\n", "hello"), .accepted(helloPost)),
        .init("#6 CL overflow 20 digits", post("Content-Length: 99999999999999999999\r\n", "x"), .rejected(400)),
        .init("#6 CL 19 digits", post("Content-Length: 1000000000000000000\r\n", "x"), .rejected(400)),
        .init("#6 CL 18 digits is 413", post("Content-Length: 999999999999999999\r\n", "x"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 413)),
        .init("#7 CL leading zeros are decimal", post("Content-Length: 010\r\n", "0123456789"),
              .accepted([ExpectedRequest("POST", "/x", body: "0123456789")])),
        .init("#8 TE chunked, gzip", post("Transfer-Encoding: chunked, gzip\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#9 TE gzip", post("Transfer-Encoding: gzip\r\n", "0\r\n\r\n"), .rejected(501)),
        .init("#9 TE xchunked", post("Transfer-Encoding: xchunked\r\n", "0\r\n\r\n"), .rejected(501)),
        .init("#9 TE Kelvin sign", utf8(postHead + "Transfer-Encoding: chun") + [0xE2, 0x84, 0xAA] + utf8("ed\r\n\r\n0\r\n\r\n"), .rejected(501)),
        .init("#9 TE gzip, chunked", post("Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n"), .rejected(501)),
        .init("#9 TE chunked with parameter", post("Transfer-Encoding: chunked;q=1\r\n", "0\r\n\r\n"), .rejected(501)),
        .init("#10 TE chunked, chunked", post("Transfer-Encoding: chunked, chunked\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#10 TE two lines", post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#10 TE empty", post("Transfer-Encoding:\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#10 TE leading comma", post("Transfer-Encoding: ,chunked\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#10 TE trailing comma", post("Transfer-Encoding: chunked,\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#10 TE upper case is chunked", post("Transfer-Encoding: CHUNKED\r\n", "5\r\nhello\r\n0\r\n\r\n"), .accepted(helloPost)),
        .init("#11 TE on HTTP/1.0 with CL", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nhello", .rejected(400)),
        .init("#11 TE on HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .rejected(400)),
        .init("#19 body on GET then pipelined request",
              "GET /a HTTP/1.1\r\n" + hostA + "Content-Length: 10\r\n\r\n0123456789GET /b HTTP/1.1\r\n" + hostA + "\r\n",
              .accepted([ExpectedRequest("GET", "/a", body: "0123456789"), ExpectedRequest("GET", "/b")])),
        .init("#20 unread body is framed, never a request",
              "POST /api/v1/imports HTTP/1.1\r\n" + hostA + "Content-Length: 60\r\n\r\n"
                + "GET /admin HTTP/1.1\r\n" + hostA + "X-Pad: 1234567890123456789\r\n\r\n"
                + "GET /healthz HTTP/1.1\r\n" + hostA + "\r\n",
              .accepted([
                  ExpectedRequest("POST", "/api/v1/imports", body: "GET /admin HTTP/1.1\r\n" + hostA + "X-Pad: 1234567890123456789\r\n\r\n"),
                  ExpectedRequest("GET", "/healthz"),
              ])),
        .init("#21 CL 0 then stray token byte is a separate request (501 by the server)",
              post("Content-Length: 0\r\n", "XGET / HTTP/1.1\r\n" + hostA + "\r\n"),
              .accepted([ExpectedRequest("POST", "/x"), ExpectedRequest("XGET", "/")])),
        .init("#21 CL 0 then stray control byte", utf8(post("Content-Length: 0\r\n")) + [0x01] + utf8("GET / HTTP/1.1\r\n" + hostA + "\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x")], 400)),
        .init("#22 Expect with CL over the limit", post("Expect: 100-continue\r\nContent-Length: 2000000000\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 413)),
    ]

    /// Rows 12–18: chunked framing.
    static let chunking: [HostileCase] = [
        .init("#12 chunk size 0x5", chunked("0x5\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size +5", chunked("+5\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size -0", chunked("-0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size 5_0", chunked("5_0\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size leading space", chunked(" 5\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size trailing space", chunked("5 \r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size space before extension", chunked("5 ;a\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size empty line", chunked("\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size longest valid prefix", chunked("1these-bytes\r\nx\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#12 chunk size 15 digits is fine", chunked("000000000000005\r\nhello\r\n0\r\n\r\n"), .accepted(helloPost)),
        .init("#13 chunk size 17 digits", chunked("10000000000000005\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#13 chunk size 16 digits", chunked("0000000000000005\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#14 chunk data without CRLF", chunked("5\r\nhelloXX0\r\n\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", body: "hello", ended: false)], 400)),
        .init("#14 chunk data with bare LF", chunked("5\r\nhello\n0\r\n\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", body: "hello", ended: false)], 400)),
        .init("#15 bare CR in chunk line", chunked("5\r\r;a\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#15 bare CR in chunk extension", chunked("5;a\rb\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#16 bare LF chunk framing", chunked("5\nhello\n0\n\n"), rejectedInBody(400)),
        .init("#16 bare LF after last chunk", chunked("5\r\nhello\r\n0\n\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", body: "hello", ended: false)], 400)),
        .init("#17 huge chunk extension", chunked("1;a=" + String(repeating: "b", count: 64 * 1024) + "\r\nZ\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#17 chunk extension at the limit", chunked("1;a=" + String(repeating: "b", count: 1021) + "\r\nZ\r\n0\r\n\r\n"),
              .accepted([ExpectedRequest("POST", "/x", body: "Z")])),
        .init("#17 chunk extension one over the limit", chunked("1;a=" + String(repeating: "b", count: 1022) + "\r\nZ\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#17 chunk extensions valid forms", chunked("5;a;b=c ; d = \"q \\\" ;\"\r\nhello\r\n0;last\r\n\r\n"), .accepted(helloPost)),
        .init("#17 chunk extension without name", chunked("5;=x\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#17 chunk extension unterminated quote", chunked("5;a=\"x\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#17 chunk extension NUL", utf8(chunked("5;a=")) + [0] + utf8("\r\nhello\r\n0\r\n\r\n"), rejectedInBody(400)),
        .init("#18 framing fields in trailers are not merged",
              chunked("5\r\nhello\r\n0\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nHost: evil\r\n\r\n"),
              .accepted([ExpectedRequest("POST", "/x", body: "hello", trailerCount: 3)])),
        .init("#18 obs-fold in trailers", chunked("0\r\nX: 1\r\n 2\r\n\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 400)),
    ]

    /// Rows 23–31: line endings, fields, Host.
    static let fields: [HostileCase] = [
        .init("#23 bare LF line endings", "GET / HTTP/1.1\nHost: a\n\n", .rejected(400)),
        .init("#23 bare LF after a field", "GET / HTTP/1.1\r\nHost: a\n\r\n", .rejected(400)),
        .init("#23 bare LF ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\n", .rejected(400)),
        .init("#23 CR CR LF ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\r\r\n", .rejected(400)),
        .init("#23 CRLF CR X ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\rX\r\n\r\n", .rejected(400)),
        .init("#24 bare CR in a value", getWith(utf8("X: a\rb")), .rejected(400)),
        .init("#24 bare CR in the request line", "GET /\r HTTP/1.1\r\n" + hostA + "\r\n", .rejected(400)),
        .init("#24 NUL in a value", getWith([0x58, 0x3A, 0x20, 0x61, 0x00, 0x62]), .rejected(400)),
        .init("#24 NUL in Host", utf8("GET / HTTP/1.1\r\nHost: a") + [0] + utf8(".evil\r\n\r\n"), .rejected(400)),
        .init("#25 obs-fold", getWith(utf8("X-A: 1\r\n 2")), .rejected(400)),
        .init("#25 obs-fold with tab", getWith(utf8("X-A: 1\r\n\t2")), .rejected(400)),
        .init("#26 space before colon in CL", post("Content-Length : 5\r\n", "hello"), .rejected(400)),
        .init("#26 space before colon in TE", post("Transfer-Encoding : chunked\r\n", "0\r\n\r\n"), .rejected(400)),
        .init("#26 tab before colon", getWith(utf8("X\t: 1")), .rejected(400)),
        .init("#27 whitespace before the first field", "GET / HTTP/1.1\r\n Host: a\r\n\r\n", .rejected(400)),
        .init("#28 space in name", getWith(utf8("X Y: 1")), .rejected(400)),
        .init("#28 quote in name", getWith(utf8("X\"Y: 1")), .rejected(400)),
        .init("#28 parenthesis in name", getWith(utf8("X(Y: 1")), .rejected(400)),
        .init("#28 slash in name", getWith(utf8("X/Y: 1")), .rejected(400)),
        .init("#28 DEL in name", getWith([0x58, 0x7F, 0x3A, 0x20, 0x31]), .rejected(400)),
        .init("#28 NEL 0x85 in name", getWith(utf8("Content-Length") + [0x85] + utf8(": 1")), .rejected(400)),
        .init("#28 long s in name", utf8(postHead + "Tran") + [0xC5, 0xBF] + utf8("fer-Encoding: chunked\r\n\r\n0\r\n\r\n"), .rejected(400)),
        .init("#28 NUL in name", getWith([0x58, 0x00, 0x3A, 0x20, 0x31]), .rejected(400)),
        .init("#28 NBSP after name", getWith(utf8("Content-Length") + [0xC2, 0xA0] + utf8(": 1")), .rejected(400)),
        .init("#29 SOH in value", getWith([0x58, 0x3A, 0x20, 0x01]), .rejected(400)),
        .init("#29 BS in value", getWith([0x58, 0x3A, 0x20, 0x61, 0x08]), .rejected(400)),
        .init("#29 VT in TE value", utf8(postHead + "Transfer-Encoding: ") + [0x0B] + utf8("chunked\r\n\r\n0\r\n\r\n"), .rejected(400)),
        .init("#29 FF in value", getWith([0x58, 0x3A, 0x20, 0x0C]), .rejected(400)),
        .init("#29 SO in value", getWith([0x58, 0x3A, 0x20, 0x0E]), .rejected(400)),
        .init("#29 US in value", getWith([0x58, 0x3A, 0x20, 0x1F]), .rejected(400)),
        .init("#29 DEL in value", getWith([0x58, 0x3A, 0x20, 0x7F]), .rejected(400)),
        .init("#29 HTAB and obs-text in value are fine", getWith([0x58, 0x3A, 0x09, 0x61, 0x09, 0xE4, 0xB8, 0xAD, 0xFF]), .accepted(getRoot)),
        .init("#30 empty name", getWith(utf8(": x")), .rejected(400)),
        .init("#30 no colon", post("Content-Length 10\r\n", "0123456789"), .rejected(400)),
        .init("#31 Host missing on HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", .rejected(400)),
        .init("#31 Host twice", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .rejected(400)),
        .init("#31 Host twice identical", "GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n", .rejected(400)),
        .init("#31 Host with space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", .rejected(400)),
        .init("#31 Host with userinfo", "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", .rejected(400)),
        .init("#31 Host with slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", .rejected(400)),
        .init("#31 Host with bad port", "GET / HTTP/1.1\r\nHost: a:8x\r\n\r\n", .rejected(400)),
        .init("#31 Host with port and IPv6 are fine", "GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\nGET / HTTP/1.1\r\nHost: a.example:80\r\n\r\n",
              .accepted(getRoot + getRoot)),
        .init("#31 Host empty is allowed", "GET / HTTP/1.1\r\nHost:\r\n\r\n", .accepted(getRoot)),
        .init("#31 HTTP/1.0 without Host is fine", "GET / HTTP/1.0\r\n\r\n", .accepted([ExpectedRequest("GET", "/", version: "HTTP/1.0")])),
    ]

    /// Rows 32–36: request line, versions, methods, targets, non-HTTP input.
    static let requestLines: [HostileCase] = [
        .init("#32 two spaces after method", requestLine(utf8("GET  / HTTP/1.1")), .rejected(400)),
        .init("#32 tab after method", requestLine(utf8("GET\t/ HTTP/1.1")), .rejected(400)),
        .init("#32 leading space", requestLine(utf8(" GET / HTTP/1.1")), .rejected(400)),
        .init("#32 trailing space", requestLine(utf8("GET / HTTP/1.1 ")), .rejected(400)),
        .init("#32 two spaces before version", requestLine(utf8("GET /  HTTP/1.1")), .rejected(400)),
        .init("#32 lower-case version", requestLine(utf8("GET / http/1.1")), .rejected(400)),
        .init("#32 missing target", requestLine(utf8("GET HTTP/1.1")), .rejected(400)),
        .init("#32 HTTP/0.9", "GET /\r\n", .rejected(400)),
        .init("#32 leading empty line is ignored", "\r\nGET / HTTP/1.1\r\n" + hostA + "\r\n", .accepted(getRoot)),
        .init("#33 HTTP/2.0", requestLine(utf8("GET / HTTP/2.0")), .rejected(505)),
        .init("#33 HTTP/3.0", requestLine(utf8("GET / HTTP/3.0")), .rejected(505)),
        .init("#33 HTTP/0.9 spelled out", requestLine(utf8("GET / HTTP/0.9")), .rejected(505)),
        .init("#33 HTTP/1.2 is served as 1.1", requestLine(utf8("GET / HTTP/1.2")), .accepted(getRoot)),
        .init("#33 HTTP/1.10", requestLine(utf8("GET / HTTP/1.10")), .rejected(400)),
        .init("#33 HTTP/01.1", requestLine(utf8("GET / HTTP/01.1")), .rejected(400)),
        .init("#33 HTTP/4294967295.255", requestLine(utf8("GET / HTTP/4294967295.255")), .rejected(400)),
        .init("#33 HTTP/1.", requestLine(utf8("GET / HTTP/1.")), .rejected(400)),
        .init("#33 HTTP/1", requestLine(utf8("GET / HTTP/1")), .rejected(400)),
        .init("#33 HTTP/1.1z", requestLine(utf8("GET / HTTP/1.1z")), .rejected(400)),
        .init("#34 unknown method FOO is delivered (501 by the server)", requestLine(utf8("FOO / HTTP/1.1")), .accepted([ExpectedRequest("FOO", "/")])),
        .init("#34 method with =", requestLine(utf8("G=T / HTTP/1.1")), .rejected(400)),
        .init("#34 method with NUL", requestLine(utf8("GE") + [0] + utf8("T / HTTP/1.1")), .rejected(400)),
        .init("#34 DELETE is delivered (405 by the router)", requestLine(utf8("DELETE /api/v1/departments HTTP/1.1")),
              .accepted([ExpectedRequest("DELETE", "/api/v1/departments")])),
        .init("#34 TRACE is delivered (405 by the router)", requestLine(utf8("TRACE / HTTP/1.1")), .accepted([ExpectedRequest("TRACE", "/")])),
        .init("#35 fragment", requestLine(utf8("GET /a#f HTTP/1.1")), .rejected(400)),
        .init("#35 raw UTF-8 in target", requestLine(utf8("GET /") + [0xC3, 0xA9] + utf8(" HTTP/1.1")), .rejected(400)),
        .init("#35 NUL in target", requestLine(utf8("GET /a") + [0] + utf8(" HTTP/1.1")), .rejected(400)),
        .init("#35 DEL in target", requestLine(utf8("GET /a") + [0x7F] + utf8(" HTTP/1.1")), .rejected(400)),
        .init("#35 bad percent-encoding", requestLine(utf8("GET /a%zz HTTP/1.1")), .rejected(400)),
        .init("#35 truncated percent-encoding", requestLine(utf8("GET /a% HTTP/1.1")), .rejected(400)),
        .init("#35 absolute-form", requestLine(utf8("GET http://a/x?y HTTP/1.1")),
              .accepted([ExpectedRequest("GET", "http://a/x?y", path: "/x", query: "y")])),
        .init("#35 absolute-form without path", requestLine(utf8("GET HTTPS://a.example:8443 HTTP/1.1")),
              .accepted([ExpectedRequest("GET", "HTTPS://a.example:8443", path: "/")])),
        .init("#35 absolute-form with userinfo", requestLine(utf8("GET http://u@a/x HTTP/1.1")), .rejected(400)),
        .init("#35 other scheme", requestLine(utf8("GET ftp://a/x HTTP/1.1")), .rejected(400)),
        .init("#35 relative target", requestLine(utf8("GET a/b HTTP/1.1")), .rejected(400)),
        .init("#35 dot segments are left to the router", requestLine(utf8("GET /../%2e%2e/x?q=1 HTTP/1.1")),
              .accepted([ExpectedRequest("GET", "/../%2e%2e/x?q=1", path: "/../%2e%2e/x", query: "q=1")])),
        .init("#35 asterisk-form on GET", requestLine(utf8("GET * HTTP/1.1")), .rejected(400)),
        .init("#35 OPTIONS *", requestLine(utf8("OPTIONS * HTTP/1.1")), .accepted([ExpectedRequest("OPTIONS", "*", path: "*")])),
        .init("#36 random bytes", randomBytes, .rejected(400)),
        .init("#36 TLS ClientHello", tlsClientHello, .rejected(400)),
        .init("#36 HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", .rejected(505)),
    ]

    /// Rows 37–39: sizes. Some use smaller limits so that every split offset stays cheap to test.
    static let sizes: [HostileCase] = [
        .init("#37 target of 9 KiB", "GET /" + String(repeating: "a", count: 9 * 1024) + " HTTP/1.1\r\n" + hostA + "\r\n", .rejected(414)),
        .init("#37 target of 9 KiB without LF yet", "GET /" + String(repeating: "a", count: 9 * 1024), .rejected(414)),
        .init("#37 request line exactly at the limit", "GET /" + String(repeating: "a", count: 8192 - 14) + " HTTP/1.1\r\n" + hostA + "\r\n",
              .accepted([ExpectedRequest("GET", "/" + String(repeating: "a", count: 8192 - 14))])),
        .init("#37 request line one over the limit", "GET /" + String(repeating: "a", count: 8192 - 13) + " HTTP/1.1\r\n" + hostA + "\r\n", .rejected(414)),
        .init("#38 one field of 9 KiB", getWith(utf8("X: " + String(repeating: "v", count: 9 * 1024))), .rejected(431)),
        .init("#38 field exactly at the limit", getWith(utf8("X: " + String(repeating: "v", count: 8192 - 3))), .accepted(getRoot)),
        .init("#38 field one over the limit", getWith(utf8("X: " + String(repeating: "v", count: 8192 - 2))), .rejected(431)),
        .init("#38 head of 33 KiB", "GET / HTTP/1.1\r\n" + hostA + (0..<5).map { "X-\($0): " + String(repeating: "v", count: 7000) + "\r\n" }.joined() + "\r\n",
              .rejected(431)),
        .init("#38 101 fields", "GET / HTTP/1.1\r\n" + hostA + (1...100).map { "X-\($0): v\r\n" }.joined() + "\r\n", .rejected(431)),
        .init("#38 100 fields are fine", "GET / HTTP/1.1\r\n" + hostA + (1...99).map { "X-\($0): v\r\n" }.joined() + "\r\n", .accepted(getRoot)),
        .init("#38 small limits: head over headerBytes", "GET / HTTP/1.1\r\n" + hostA + "X: 0123456789\r\n\r\n", .rejected(431),
              limits: limits(headerBytes: 40)),
        .init("#38 small limits: head exactly headerBytes", "GET / HTTP/1.1\r\n" + hostA + "X: 0123456789\r\n\r\n", .accepted(getRoot),
              limits: limits(headerBytes: 42)),
        .init("#39 CL 2147483648", post("Content-Length: 2147483648\r\n", "x"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 413)),
        .init("#39 chunk declaring more than 1 MiB", chunked("100001\r\n" + String(repeating: "z", count: 100)),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 413)),
        .init("#39 chunked stream crossing the limit", chunked("20\r\n" + String(repeating: "a", count: 32) + "\r\n20\r\n" + String(repeating: "b", count: 32) + "\r\n0\r\n\r\n"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", body: String(repeating: "a", count: 32), ended: false)], 413), bodyLimit: 48),
        .init("#39 chunked stream exactly at the limit", chunked("20\r\n" + String(repeating: "a", count: 32) + "\r\n10\r\n" + String(repeating: "b", count: 16) + "\r\n0\r\n\r\n"),
              .accepted([ExpectedRequest("POST", "/x", body: String(repeating: "a", count: 32) + String(repeating: "b", count: 16))]), bodyLimit: 48),
        .init("#39 CL over a lowered per-route limit", post("Content-Length: 11\r\n", "hello world"),
              .acceptedThenRejected([ExpectedRequest("POST", "/x", ended: false)], 413), bodyLimit: 10),
        .init("#39 CL raised per-route limit", post("Content-Length: 11\r\n", "hello world"),
              .accepted([ExpectedRequest("POST", "/x", body: "hello world")]), limits: limits(bodyBytes: 4), bodyLimit: 11),
    ]

    /// Rows 40–42: what the parser reports for slow, stalled and truncated input (the server owns the
    /// timers and the socket).
    static let sessions: [HostileCase] = [
        .init("#40 slowloris partial head waits", "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ", .waiting),
        .init("#41 stalled body delivers what came", post("Content-Length: 100\r\n", "0123456789"),
              .accepted([ExpectedRequest("POST", "/x", body: "0123456789", ended: false)])),
        .init("#42 half-close mid-head waits", "POST /x HTTP/1.1\r\nHo", .waiting),
        .init("valid pipelined requests",
              "GET /a?b=c HTTP/1.1\r\n" + hostA + "\r\nPOST /p HTTP/1.1\r\n" + hostA + "Content-Length: 3\r\n\r\nabcGET /z HTTP/1.0\r\n\r\n",
              .accepted([
                  ExpectedRequest("GET", "/a?b=c", path: "/a", query: "b=c"),
                  ExpectedRequest("POST", "/p", body: "abc"),
                  ExpectedRequest("GET", "/z", version: "HTTP/1.0"),
              ])),
        .init("valid chunked with trailers", chunked("5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nX-Checksum: 1\r\n\r\n"),
              .accepted([ExpectedRequest("POST", "/x", body: "hello world", trailerCount: 1)])),
        .init("valid Expect passes through", post("Expect: 100-continue\r\nContent-Length: 5\r\n", "hello"), .accepted(helloPost)),
    ]

    static func limits(headerBytes: Int? = nil, bodyBytes: Int? = nil) -> HTTPServerConfiguration.Limits {
        var limits = HTTPServerConfiguration.Limits()
        if let headerBytes { limits.headerBytes = headerBytes }
        if let bodyBytes { limits.bodyBytes = bodyBytes }
        return limits
    }

    /// 256 bytes from a fixed linear congruential sequence (deterministic "random" garbage).
    static let randomBytes: [UInt8] = {
        var state: UInt32 = 0x1234_5678
        return (0..<256).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }()

    /// The start of a TLS 1.2 ClientHello record.
    static let tlsClientHello: [UInt8] = [
        0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03, 0x5B, 0x90, 0x9D, 0x9B, 0x72,
        0x0B, 0xBC, 0x0C, 0xBC, 0x2B, 0x92, 0xA8, 0x48, 0x97, 0xCF, 0xBD, 0x39, 0x04, 0xCC, 0x16, 0x0A,
    ]
}
