/// Byte-level parsing of the request line and of field lines (RFC 9112 §3, §5; RFC 9110 §5).
extension HTTPRequestParser {
    /// A validated request line, with the target split into path and query.
    struct RequestLine: Sendable {
        var method: HTTPMethod
        var target: String
        var path: String
        var query: String?
        var version: HTTPVersion
    }

    /// What `Transfer-Encoding` asks for, decided from its value alone.
    enum TransferCoding: Sendable {
        case chunked
        /// Malformed list, chunked twice or not final: 400.
        case invalid(HTTPProtocolError)
        /// A coding other than chunked: 501.
        case unsupported
    }

    /// The fields whose meaning the parser itself needs.
    enum FieldKind {
        case other
        case host
        case contentLength(Int)
        case transferEncoding(TransferCoding)
    }

    /// A validated field line.
    struct ParsedField {
        var name: String
        var value: String
        var kind: FieldKind
    }

    // MARK: Request line

    /// Parses `method SP request-target SP HTTP-version` (CRLF already removed).
    static func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPProtocolError) -> RequestLine {
        let count = line.count
        var index = 0
        while index < count && HTTPByte.isTokenChar(line[index]) { index += 1 }
        if index == 0 { throw invalidMethod }
        guard index < count && line[index] == HTTPByte.space else {
            throw HTTPProtocolError.badRequest("invalid-method", "The method must be a token followed by exactly one space.")
        }
        let methodEnd = index
        index += 1
        let targetStart = index
        while index < count && line[index] != HTTPByte.space {
            let byte = line[index]
            guard HTTPByte.isTargetChar(byte) else {
                if byte == HTTPByte.hash {
                    throw HTTPProtocolError.badRequest("target-fragment", "The request target must not contain a fragment (#).")
                }
                throw HTTPProtocolError.badRequest(
                    "invalid-target-char", "The request target contains a byte that is not a visible ASCII character."
                )
            }
            if byte == HTTPByte.percent {
                guard index + 2 < count, HTTPByte.hexValue(line[index + 1]) != nil, HTTPByte.hexValue(line[index + 2]) != nil else {
                    throw HTTPProtocolError.badRequest(
                        "invalid-percent-encoding", "A % in the request target must be followed by two hex digits."
                    )
                }
            }
            index += 1
        }
        let targetEnd = index
        if targetEnd == targetStart {
            throw HTTPProtocolError.badRequest("missing-target", "The method must be followed by exactly one space and a request target.")
        }
        guard index < count else {
            throw HTTPProtocolError.badRequest("missing-version", "The request line has no HTTP version (HTTP/0.9 is not supported).")
        }
        index += 1
        guard count - index == 8,
              line[index] == 0x48, line[index + 1] == 0x54, line[index + 2] == 0x54, line[index + 3] == 0x50,
              line[index + 4] == HTTPByte.slash, HTTPByte.isDigit(line[index + 5]),
              line[index + 6] == 0x2E, HTTPByte.isDigit(line[index + 7])
        else {
            throw HTTPProtocolError.badRequest(
                "invalid-version", "The request line must end with one space and HTTP/<digit>.<digit>."
            )
        }
        let major = line[index + 5] &- 0x30
        let minor = line[index + 7] &- 0x30
        guard major == 1 else { throw HTTPProtocolError.versionNotSupported }
        // RFC 9110 §2.5: a higher minor version is processed as the highest minor version we implement.
        let version: HTTPVersion = minor == 0 ? .http1_0 : .http1_1

        let method = UnsafeBufferPointer(rebasing: line[0..<methodEnd])
        let target = UnsafeBufferPointer(rebasing: line[targetStart..<targetEnd])
        let (path, query) = try splitTarget(target, method: method)
        return RequestLine(
            method: makeMethod(method), target: path.isTarget ? path.text : string(target),
            path: path.text, query: query, version: version
        )
    }

    /// The method as an `HTTPMethod`, reusing the shared instances of the common ones.
    static func makeMethod(_ bytes: UnsafeBufferPointer<UInt8>) -> HTTPMethod {
        switch bytes.count {
        case 3:
            if bytes[0] == 0x47 && bytes[1] == 0x45 && bytes[2] == 0x54 { return .get }
            if bytes[0] == 0x50 && bytes[1] == 0x55 && bytes[2] == 0x54 { return .put }
        case 4:
            if bytes[0] == 0x50 && bytes[1] == 0x4F && bytes[2] == 0x53 && bytes[3] == 0x54 { return .post }
            if bytes[0] == 0x48 && bytes[1] == 0x45 && bytes[2] == 0x41 && bytes[3] == 0x44 { return .head }
        default:
            break
        }
        return HTTPMethod(string(bytes))
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the ASCII bytes spell `text` exactly (case-sensitive).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, equal text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let expected = text.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }

    /// The path of a target; `isTarget` when the path is the whole target (so the String is shared).
    struct TargetPath {
        var text: String
        var isTarget: Bool
    }

    /// Splits a request target into path and query according to its form (RFC 9112 §3.2).
    static func splitTarget(
        _ target: UnsafeBufferPointer<UInt8>, method: UnsafeBufferPointer<UInt8>
    ) throws(HTTPProtocolError) -> (TargetPath, String?) {
        let count = target.count
        if target[0] == HTTPByte.slash {
            return pathAndQuery(target, from: 0)
        }
        if count == 1 && target[0] == 0x2A {
            guard bytes(method, equal: "OPTIONS") else {
                throw HTTPProtocolError.badRequest("invalid-asterisk-form", "The request target * is only allowed with OPTIONS.")
            }
            return (TargetPath(text: "*", isTarget: true), nil)
        }
        var schemeEnd = 0
        while schemeEnd < count && target[schemeEnd] != HTTPByte.colon { schemeEnd += 1 }
        let scheme = UnsafeBufferPointer(rebasing: target[0..<schemeEnd])
        if schemeEnd + 2 < count && target[schemeEnd + 1] == HTTPByte.slash && target[schemeEnd + 2] == HTTPByte.slash
            && (HTTPByte.equalsLowercase(scheme, "http") || HTTPByte.equalsLowercase(scheme, "https")) {
            let authorityStart = schemeEnd + 3
            var authorityEnd = authorityStart
            while authorityEnd < count && target[authorityEnd] != HTTPByte.slash && target[authorityEnd] != HTTPByte.question {
                authorityEnd += 1
            }
            let authority = UnsafeBufferPointer(rebasing: target[authorityStart..<authorityEnd])
            guard authority.count > 0, isValidHost(authority) else {
                throw HTTPProtocolError.badRequest(
                    "invalid-authority", "The authority of the absolute-form target is not a valid host[:port]."
                )
            }
            if authorityEnd == count || target[authorityEnd] == HTTPByte.question {
                let query = authorityEnd == count
                    ? nil : string(UnsafeBufferPointer(rebasing: target[(authorityEnd + 1)...]))
                return (TargetPath(text: "/", isTarget: false), query)
            }
            let (path, query) = pathAndQuery(target, from: authorityEnd)
            return (TargetPath(text: path.text, isTarget: false), query)
        }
        if bytes(method, equal: "CONNECT") {
            guard isValidHost(target) else {
                throw HTTPProtocolError.badRequest("invalid-authority", "The CONNECT target is not a valid host:port.")
            }
            return (TargetPath(text: "", isTarget: false), nil)
        }
        throw HTTPProtocolError.badRequest(
            "invalid-target", "The request target must be an absolute path, an http(s) URI, or * for OPTIONS."
        )
    }

    /// Path and query of the part of `target` starting at `start` (a `/`).
    static func pathAndQuery(_ target: UnsafeBufferPointer<UInt8>, from start: Int) -> (TargetPath, String?) {
        var index = start
        let count = target.count
        while index < count && target[index] != HTTPByte.question { index += 1 }
        if index == count {
            return (TargetPath(text: string(UnsafeBufferPointer(rebasing: target[start...])), isTarget: start == 0), nil)
        }
        let path = string(UnsafeBufferPointer(rebasing: target[start..<index]))
        let query = string(UnsafeBufferPointer(rebasing: target[(index + 1)...]))
        return (TargetPath(text: path, isTarget: false), query)
    }

    /// Whether the bytes are `uri-host [ ":" port ]` (RFC 9110 §7.2): a reg-name or IPv4 address, or an
    /// IPv6 literal in brackets, then an optional port of at most 5 digits. Empty is valid (RFC 9110 §7.2).
    static func isValidHost(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = host.count
        guard count > 0 else { return true }
        var index = 0
        if host[0] == 0x5B {
            index = 1
            while index < count && host[index] != 0x5D {
                let byte = host[index]
                guard HTTPByte.hexValue(byte) != nil || byte == HTTPByte.colon || byte == 0x2E else { return false }
                index += 1
            }
            guard index < count && index > 1 else { return false }
            index += 1
        } else {
            while index < count && host[index] != HTTPByte.colon {
                guard HTTPByte.isRegNameChar(host[index]) else { return false }
                index += 1
            }
            guard index > 0 else { return false }
        }
        if index == count { return true }
        guard host[index] == HTTPByte.colon, count - index - 1 <= 5 else { return false }
        index += 1
        while index < count {
            guard HTTPByte.isDigit(host[index]) else { return false }
            index += 1
        }
        return true
    }

    // MARK: Field lines

    /// Parses `field-name ":" OWS field-value OWS` (CRLF already removed, line not empty). With
    /// `framing`, also interprets Host, Content-Length and Transfer-Encoding.
    static func parseField(_ line: UnsafeBufferPointer<UInt8>, framing: Bool) throws(HTTPProtocolError) -> ParsedField {
        let count = line.count
        if HTTPByte.isWhitespace(line[0]) {
            throw HTTPProtocolError.badRequest(
                "obs-fold", "A field line must not start with whitespace (obs-fold, or whitespace before the first field)."
            )
        }
        var index = 0
        while index < count && HTTPByte.isTokenChar(line[index]) { index += 1 }
        guard index < count && line[index] == HTTPByte.colon else {
            if index < count && HTTPByte.isWhitespace(line[index]) {
                throw HTTPProtocolError.badRequest(
                    "whitespace-in-field-name", "A field name must be followed directly by a colon, without whitespace."
                )
            }
            if index == count {
                throw HTTPProtocolError.badRequest("missing-colon", "A field line has no colon.")
            }
            throw HTTPProtocolError.badRequest("invalid-field-name", "A field name contains a byte that is not a token character.")
        }
        if index == 0 {
            throw HTTPProtocolError.badRequest("empty-field-name", "A field line has an empty name.")
        }
        let nameEnd = index
        index += 1
        while index < count && HTTPByte.isWhitespace(line[index]) { index += 1 }
        let valueStart = index
        var valueEnd = index
        var isASCII = true
        while index < count {
            let byte = line[index]
            if byte > 0x20 {
                if byte == 0x7F {
                    throw HTTPProtocolError.badRequest("invalid-field-value", "A field value contains the DEL control byte.")
                }
                if byte >= 0x80 { isASCII = false }
                valueEnd = index + 1
            } else if byte != HTTPByte.space && byte != HTTPByte.tab {
                if byte == HTTPByte.cr {
                    throw HTTPProtocolError.badRequest("bare-cr", "A field value contains a bare CR.")
                }
                if byte == 0 {
                    throw HTTPProtocolError.badRequest("nul-byte", "A field value contains a NUL byte.")
                }
                throw HTTPProtocolError.badRequest("invalid-field-value", "A field value contains a control byte.")
            }
            index += 1
        }
        let name = UnsafeBufferPointer(rebasing: line[0..<nameEnd])
        let value = UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd])
        var kind = FieldKind.other
        if framing {
            switch nameEnd {
            case 4 where HTTPByte.equalsLowercase(name, "host"):
                guard isValidHost(value) else {
                    throw HTTPProtocolError.badRequest("invalid-host", "The Host field is not a valid host[:port].")
                }
                kind = .host
            case 14 where HTTPByte.equalsLowercase(name, "content-length"):
                guard let length = parseContentLength(value) else {
                    throw HTTPProtocolError.badRequest(
                        "invalid-content-length", "Content-Length must be 1 to 18 decimal digits and nothing else."
                    )
                }
                kind = .contentLength(length)
            case 17 where HTTPByte.equalsLowercase(name, "transfer-encoding"):
                kind = .transferEncoding(transferCoding(value))
            default:
                break
            }
        }
        return ParsedField(name: string(name), value: fieldValueString(value, isASCII: isASCII), kind: kind)
    }

    /// A field value as a String: UTF-8 when it is valid UTF-8, otherwise each byte as the code point of
    /// the same number (ISO-8859-1), so obs-text is kept losslessly and never replaced by U+FFFD.
    static func fieldValueString(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        if isASCII { return string(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// `1*DIGIT` with at most 18 digits (so it cannot overflow), read as decimal; nil otherwise.
    static func parseContentLength(_ value: UnsafeBufferPointer<UInt8>) -> Int? {
        guard value.count >= 1 && value.count <= 18 else { return nil }
        var length = 0
        for byte in value {
            guard HTTPByte.isDigit(byte) else { return nil }
            length = length * 10 + Int(byte &- 0x30)
        }
        return length
    }

    /// Reads a Transfer-Encoding value: exactly the one coding `chunked` is accepted.
    static func transferCoding(_ value: UnsafeBufferPointer<UInt8>) -> TransferCoding {
        let count = value.count
        var chunkedCount = 0
        var lastIsChunked = false
        var hasOther = false
        var hasEmpty = false
        var start = 0
        while true {
            var end = start
            while end < count && value[end] != HTTPByte.comma { end += 1 }
            var first = start
            var last = end
            while first < last && HTTPByte.isWhitespace(value[first]) { first += 1 }
            while last > first && HTTPByte.isWhitespace(value[last - 1]) { last -= 1 }
            if first == last {
                hasEmpty = true
            } else if HTTPByte.equalsLowercase(UnsafeBufferPointer(rebasing: value[first..<last]), "chunked") {
                chunkedCount += 1
                lastIsChunked = true
            } else {
                hasOther = true
                lastIsChunked = false
            }
            if end == count { break }
            start = end + 1
        }
        if hasEmpty {
            return .invalid(.badRequest("invalid-transfer-encoding", "Transfer-Encoding is empty or has an empty list element."))
        }
        if chunkedCount > 1 {
            return .invalid(.badRequest("chunked-twice", "Transfer-Encoding lists chunked more than once."))
        }
        if chunkedCount == 1 && !lastIsChunked {
            return .invalid(.badRequest("chunked-not-final", "Transfer-Encoding must end with chunked."))
        }
        if hasOther { return .unsupported }
        return .chunked
    }
}
