import JuesuanHTTP
import Testing

/// NIO-style exhaustive sweeps: every byte value 0–255 at each position class of the grammar, with the
/// expected acceptance written out independently from RFC 9110/9112 (not from the parser's tables).
@Suite("Byte sweeps")
struct ByteSweepTests {
    static let allBytes = (0...255).map { UInt8($0) }

    /// RFC 9110 `tchar`.
    static let tokenBytes = Set(utf8("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    static let hexBytes = Set(utf8("0123456789ABCDEFabcdef"))

    /// The outcome of one swept input: accepted (all requests ended, no error) or the error status.
    static func verdict(_ bytes: [UInt8]) -> Int {
        let outcome = ParserHarness.whole(bytes)
        if let error = outcome.error { return error.status.code }
        if !outcome.requests.isEmpty && outcome.requests.allSatisfy({ $0.ended }) && outcome.leftover == 0 { return 200 }
        return 0
    }

    static func expectSweep(
        _ make: (UInt8) -> [UInt8], accepts: (UInt8) -> Bool, rejectedStatus: Int = 400,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var wrong: [String] = []
        for byte in allBytes {
            let verdict = verdict(make(byte))
            let expected = accepts(byte) ? 200 : rejectedStatus
            if verdict != expected { wrong.append("0x\(String(byte, radix: 16)): \(verdict) (expected \(expected))") }
        }
        #expect(wrong.isEmpty, "\(wrong)", sourceLocation: sourceLocation)
    }

    @Test func methodBytes() {
        Self.expectSweep({ utf8("G") + [$0] + utf8("T / HTTP/1.1\r\nHost: a\r\n\r\n") }, accepts: { Self.tokenBytes.contains($0) })
    }

    @Test func firstMethodByte() {
        // CR and LF start an ignorable empty line or a bare-LF error; neither is accepted here.
        Self.expectSweep({ [$0] + utf8("ET / HTTP/1.1\r\nHost: a\r\n\r\n") }, accepts: { Self.tokenBytes.contains($0) })
    }

    @Test func targetBytes() {
        // VCHAR except '#'; '%' is followed by 'z' here, so it is invalid percent-encoding.
        Self.expectSweep({ utf8("GET /a") + [$0] + utf8("z HTTP/1.1\r\nHost: a\r\n\r\n") }, accepts: {
            $0 >= 0x21 && $0 <= 0x7E && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "%")
        })
    }

    @Test func percentEncodingBytes() {
        Self.expectSweep({ utf8("GET /a%4") + [$0] + utf8(" HTTP/1.1\r\nHost: a\r\n\r\n") }, accepts: { Self.hexBytes.contains($0) })
    }

    @Test func versionSeparatorBytes() {
        Self.expectSweep({ utf8("GET / HTTP/1") + [$0] + utf8("1\r\nHost: a\r\n\r\n") }, accepts: { $0 == UInt8(ascii: ".") })
    }

    @Test func versionMinorBytes() {
        Self.expectSweep({ utf8("GET / HTTP/1.") + [$0] + utf8("\r\nHost: a\r\n\r\n") }, accepts: { $0 >= 0x30 && $0 <= 0x39 })
    }

    @Test func versionMajorBytes() {
        for byte in Self.allBytes {
            let verdict = Self.verdict(utf8("GET / HTTP/") + [byte] + utf8(".1\r\nHost: a\r\n\r\n"))
            let expected = byte == UInt8(ascii: "1") ? 200 : (byte >= 0x30 && byte <= 0x39 ? 505 : 400)
            #expect(verdict == expected, "0x\(String(byte, radix: 16))")
        }
    }

    @Test func versionNameBytes() {
        Self.expectSweep({ utf8("GET / HT") + [$0] + utf8("P/1.1\r\nHost: a\r\n\r\n") }, accepts: { $0 == UInt8(ascii: "T") })
    }

    @Test func headerNameBytes() {
        // ':' ends the name early ("X" with value "Y: v"), which is valid.
        Self.expectSweep({ utf8("GET / HTTP/1.1\r\nHost: a\r\nX") + [$0] + utf8("Y: v\r\n\r\n") }, accepts: {
            Self.tokenBytes.contains($0) || $0 == UInt8(ascii: ":")
        })
    }

    @Test func headerValueBytes() {
        // HTAB, SP, VCHAR and obs-text; every other control byte (CR, LF, NUL, DEL …) is rejected.
        Self.expectSweep({ utf8("GET / HTTP/1.1\r\nHost: a\r\nX: a") + [$0] + utf8("b\r\n\r\n") }, accepts: {
            $0 == 0x09 || $0 == 0x20 || ($0 >= 0x21 && $0 <= 0x7E) || $0 >= 0x80
        })
    }

    @Test func hostValueBytes() {
        // reg-name: unreserved, sub-delims, '%'; ':' would start a port, and "b" is not one.
        let allowed = Set(utf8("-._~!$&'()*+,;=%0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
        Self.expectSweep({ utf8("GET / HTTP/1.1\r\nHost: a") + [$0] + utf8("b\r\n\r\n") }, accepts: { allowed.contains($0) })
    }

    @Test func contentLengthBytes() {
        // "1<byte>1": a digit makes 101…191 bytes, which are sent; anything else is not a length.
        Self.expectSweep({
            utf8("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1") + [$0] + utf8("1\r\n\r\n")
                + Array(repeating: 0x61, count: 101 + 10 * Int($0 &- 0x30))
        }, accepts: { $0 >= 0x30 && $0 <= 0x39 })
    }

    static let chunkedHead = utf8("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")

    @Test func chunkSizeBytes() {
        for byte in Self.allBytes {
            let size = Int(byte)
            let digits = Array(utf8("0123456789abcdef"))
            let value = Self.hexBytes.contains(byte) ? digits.firstIndex(of: byte | 0x20) ?? -1 : -1
            var input = Self.chunkedHead + [byte] + utf8("\r\n")
            if value > 0 { input += Array(repeating: 0x7A, count: value) + utf8("\r\n0\r\n\r\n") } else { input += utf8("\r\n") }
            let verdict = Self.verdict(input)
            #expect(verdict == (value >= 0 ? 200 : 400), "0x\(String(size, radix: 16))")
        }
    }

    @Test func byteAfterChunkSize() {
        // Only CRLF or ';' may follow the size; ';' alone (no extension name) is invalid too.
        for byte in Self.allBytes where !Self.hexBytes.contains(byte) {
            let verdict = Self.verdict(Self.chunkedHead + utf8("5") + [byte] + utf8("\r\nhello\r\n0\r\n\r\n"))
            #expect(verdict == 400, "0x\(String(byte, radix: 16))")
        }
    }

    @Test func chunkExtensionNameBytes() {
        // ';' starts a second extension and '=' a value ("5;a;b", "5;a=b"), both valid.
        Self.expectSweep({ Self.chunkedHead + utf8("5;a") + [$0] + utf8("b\r\nhello\r\n0\r\n\r\n") }, accepts: {
            Self.tokenBytes.contains($0) || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "=")
        })
    }

    @Test func chunkExtensionTokenValueBytes() {
        // ';' starts a second extension ("5;a=b;c"), which is valid.
        Self.expectSweep({ Self.chunkedHead + utf8("5;a=b") + [$0] + utf8("c\r\nhello\r\n0\r\n\r\n") }, accepts: {
            Self.tokenBytes.contains($0) || $0 == UInt8(ascii: ";")
        })
    }

    @Test func chunkExtensionQuotedValueBytes() {
        // qdtext: HTAB, SP, '!', '#'–'[', ']'–'~', obs-text.
        Self.expectSweep({ Self.chunkedHead + utf8("5;a=\"") + [$0] + utf8("\"\r\nhello\r\n0\r\n\r\n") }, accepts: {
            $0 == 0x09 || $0 == 0x20 || $0 == 0x21 || ($0 >= 0x23 && $0 <= 0x5B) || ($0 >= 0x5D && $0 <= 0x7E) || $0 >= 0x80
        })
    }

    @Test func chunkExtensionQuotedPairBytes() {
        // quoted-pair: '\' followed by HTAB, SP, VCHAR or obs-text.
        Self.expectSweep({ Self.chunkedHead + utf8("5;a=\"\\") + [$0] + utf8("\"\r\nhello\r\n0\r\n\r\n") }, accepts: {
            $0 == 0x09 || $0 == 0x20 || ($0 >= 0x21 && $0 <= 0x7E) || $0 >= 0x80
        })
    }

    @Test func everyByteIsOpaqueInsideBodies() {
        let body = Self.allBytes
        let fixed = utf8("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 256\r\n\r\n") + body
        let chunked = Self.chunkedHead + utf8("100\r\n") + body + utf8("\r\n0\r\n\r\n")
        for input in [fixed, chunked] {
            let outcome = ParserHarness.byteByByte(input)
            #expect(outcome.error == nil)
            #expect(outcome.requests.first?.body == body)
        }
    }
}
