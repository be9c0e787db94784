/// Splits a request path into percent-decoded segments and refuses paths that could escape or confuse
/// routing (RFC 3986 §2.1, §3.3).
///
/// `/v1/a%20b/c` → `["v1", "a b", "c"]`; `/` → `[]`. Refused with 400 problem+json naming the path:
/// malformed escapes (`%zz`, `%4`), `%00` and other control characters, an encoded slash (`%2F`),
/// dot segments (`.`, `..`, also when encoded as `%2e%2e`), and bytes that are not UTF-8 after decoding.
/// One pass over the bytes; segments without escapes are copied straight into (small, inline) strings.
public enum PathDecoder {
    /// The decoded segments of `path`, which must begin with `/`.
    public static func segments(of path: String) throws(APIError) -> [String] {
        var path = path
        let result = path.withUTF8 { bytes in Result { () throws(APIError) in try segments(bytes) } }
        return try result.get()
    }

    private static func segments(_ bytes: UnsafeBufferPointer<UInt8>) throws(APIError) -> [String] {
        guard bytes.first == UInt8(ascii: "/") else {
            throw APIError.badRequest("the request path must begin with '/'", type: "invalid-path")
        }
        if bytes.count == 1 { return [] }
        var segments: [String] = []
        segments.reserveCapacity(8)
        var start = 1
        var index = 1
        var hasEscape = false
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                segments.append(try hasEscape ? decodeEscaped(raw) : plain(raw))
                start = index + 1
                hasEscape = false
            } else {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") {
                    hasEscape = true
                } else if byte < 0x20 || byte == 0x7F {
                    throw controlError()
                }
            }
            index += 1
        }
        return segments
    }

    private static func plain(_ raw: UnsafeBufferPointer<UInt8>) throws(APIError) -> String {
        if isDotSegment(raw) { throw dotSegmentError() }
        return String(decoding: raw, as: UTF8.self)
    }

    private static func decodeEscaped(_ raw: UnsafeBufferPointer<UInt8>) throws(APIError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < raw.count, let high = hexValue(raw[index + 1]), let low = hexValue(raw[index + 2]) else {
                    throw malformedError()
                }
                let value = high << 4 | low
                if value == 0x2F { throw APIError.badRequest("the request path contains an encoded '/' (%2F)", type: "invalid-path") }
                if value < 0x20 || value == 0x7F { throw controlError() }
                decoded.append(value)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        if isDotSegment(decoded) { throw dotSegmentError() }
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw APIError.badRequest("the request path is not valid UTF-8 after percent-decoding", type: "invalid-path")
        }
        return text
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func isDotSegment<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        (bytes.count == 1 || bytes.count == 2) && bytes.allSatisfy { $0 == UInt8(ascii: ".") }
    }

    private static func dotSegmentError() -> APIError {
        APIError.badRequest("the request path contains a '.' or '..' segment", type: "invalid-path")
    }

    private static func controlError() -> APIError {
        APIError.badRequest("the request path contains a NUL or control character", type: "invalid-path")
    }

    private static func malformedError() -> APIError {
        APIError.badRequest("the request path contains a malformed percent-escape", type: "invalid-path")
    }
}
