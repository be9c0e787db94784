/// Writes responses onto the wire format (RFC 9112 §4, §6): status line, the responder's headers,
/// `Date`, `Content-Length` and `Connection` added by the core, then the body unless the request was
/// HEAD or the status forbids one (1xx, 204, 304).
enum HTTPResponseSerializer {
    /// What the core says in the `Connection` field.
    enum ConnectionField: Equatable {
        /// Nothing: HTTP/1.1 persistence is the default.
        case omitted
        /// `Connection: keep-alive` (an HTTP/1.0 client asked for persistence).
        case keepAlive
        /// `Connection: close`: the server closes after this response.
        case close
    }

    /// The interim response sent for `Expect: 100-continue`.
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Appends `response` to `output`. `headOnly` is true for HEAD requests: `Content-Length` is the length
    /// the body would have, and the body is not written. Responder fields that the core owns (`Date`,
    /// `Content-Length`, `Connection`, `Transfer-Encoding`) and fields containing CR, LF or NUL are dropped.
    static func append(
        _ response: HTTPResponse, headOnly: Bool, connection: ConnectionField, dateLine: [UInt8],
        to output: HTTPOutputBuffer
    ) {
        let status = response.status
        let writesBody = !headOnly && !status.forbidsBody
        output.reserve(160 + response.headers.count * 64 + (writesBody ? response.body.count : 0))
        output.append(statusPrefix)
        output.append(decimal: max(100, min(status.code, 999)))
        output.append(byte: 0x20)
        if isSafeText(status.reasonPhrase) {
            output.append(status.reasonPhrase)
        }
        output.append(crlf)
        output.append(dateLine)
        for field in response.headers.fields where !isCoreOwned(field.name) {
            guard isSafeName(field.name) && isSafeText(field.value) else { continue }
            output.append(field.name)
            output.append(colonSpace)
            output.append(field.value)
            output.append(crlf)
        }
        if status.code >= 200 && status.code != 204 && status.code != 304 {
            output.append(contentLengthPrefix)
            output.append(decimal: response.body.count)
            output.append(crlf)
        }
        switch connection {
        case .omitted: break
        case .keepAlive: output.append(keepAliveLine)
        case .close: output.append(closeLine)
        }
        output.append(crlf)
        if writesBody {
            output.append(response.body)
        }
    }

    /// Appends `response` to a byte array (over-cap 503s and tests).
    static func append(
        _ response: HTTPResponse, headOnly: Bool, connection: ConnectionField, dateLine: [UInt8],
        to output: inout [UInt8]
    ) {
        let buffer = HTTPOutputBuffer()
        append(response, headOnly: headOnly, connection: connection, dateLine: dateLine, to: buffer)
        output.append(contentsOf: buffer.readableBytes)
    }

    private static let statusPrefix: [UInt8] = Array("HTTP/1.1 ".utf8)
    private static let crlf: [UInt8] = [0x0D, 0x0A]
    private static let colonSpace: [UInt8] = [0x3A, 0x20]
    private static let contentLengthPrefix: [UInt8] = Array("Content-Length: ".utf8)
    private static let keepAliveLine: [UInt8] = Array("Connection: keep-alive\r\n".utf8)
    private static let closeLine: [UInt8] = Array("Connection: close\r\n".utf8)

    /// Header names the core writes itself.
    private static func isCoreOwned(_ name: String) -> Bool {
        let length = name.utf8.count
        guard length == 4 || length == 10 || length == 14 || length == 17 else { return false }
        return HTTPHeaders.namesEqual(name, "Content-Length") || HTTPHeaders.namesEqual(name, "Connection")
            || HTTPHeaders.namesEqual(name, "Date") || HTTPHeaders.namesEqual(name, "Transfer-Encoding")
    }

    /// A field name must be a non-empty token (RFC 9110 §5.6.2): no controls, spaces, separators.
    private static func isSafeName(_ name: String) -> Bool {
        var utf8 = name.utf8
        if let safe = utf8.withContiguousStorageIfAvailable({ bytes in
            !bytes.isEmpty && !bytes.contains { !isTokenByte($0) }
        }) {
            return safe
        }
        utf8 = name.utf8
        return !utf8.isEmpty && !utf8.contains { !isTokenByte($0) }
    }

    /// Field values and reason phrases: no CR, LF, NUL or other controls except HTAB (no response splitting).
    private static func isSafeText(_ text: String) -> Bool {
        if let safe = text.utf8.withContiguousStorageIfAvailable({ bytes in
            !bytes.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }
        }) {
            return safe
        }
        return !text.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }
    }

    @inline(__always)
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }
}
