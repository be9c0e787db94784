public import JuesuanHTTP

/// What a request's `Accept-Encoding` fields allow (RFC 9110 §12.5.3), reduced to the one question the
/// server asks: may the response be gzip-compressed?
///
/// Parsed on bytes in one pass without allocating: codings are matched ASCII-case-insensitively,
/// `q=0` (any spelling: `0`, `0.0`, `0.000`) refuses a coding, `*` covers codings not listed, and an
/// element that cannot be parsed is ignored.
public struct AcceptEncoding: Sendable, Hashable {
    /// Whether `gzip` (or its alias `x-gzip`) is acceptable with a non-zero quality.
    public var allowsGzip: Bool

    public init(allowsGzip: Bool) { self.allowsGzip = allowsGzip }

    /// Reads every `Accept-Encoding` field of `headers`; no field means no compression.
    public init(headers: HTTPHeaders) {
        var state = ScanState()
        for field in headers where HTTPHeaders.fieldName(field.name, equals: "Accept-Encoding") {
            state.sawField = true
            var value = field.value
            value.withUTF8 { Self.scan($0, into: &state) }
        }
        allowsGzip = state.sawField && (state.gzip ?? state.star ?? false)
    }

    /// What the fields said so far: nil when a coding was not mentioned.
    struct ScanState {
        var sawField = false
        var gzip: Bool?
        var star: Bool?
    }

    private enum Coding { case gzip, star, other }

    /// Scans one field value: `coding [; q=value] , …`.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into state: inout ScanState) {
        var index = 0
        let count = bytes.count
        while index < count {
            // One element, up to the next comma.
            var end = index
            while end < count && bytes[end] != UInt8(ascii: ",") { end += 1 }
            if let (coding, acceptable) = parseElement(UnsafeBufferPointer(rebasing: bytes[index..<end])) {
                switch coding {
                case .gzip: state.gzip = acceptable && (state.gzip ?? true)
                case .star: state.star = acceptable
                case .other: break
                }
            }
            index = end + 1
        }
    }

    private static func parseElement(_ element: UnsafeBufferPointer<UInt8>) -> (Coding, Bool)? {
        var start = 0
        var end = element.count
        trim(element, &start, &end)
        guard start < end else { return nil }
        var tokenEnd = start
        while tokenEnd < end && element[tokenEnd] != UInt8(ascii: ";") {
            guard isTokenByte(element[tokenEnd]) || element[tokenEnd] == 0x20 || element[tokenEnd] == 0x09 else { return nil }
            tokenEnd += 1
        }
        var codingEnd = tokenEnd
        var codingStart = start
        trim(element, &codingStart, &codingEnd)
        let coding = UnsafeBufferPointer(rebasing: element[codingStart..<codingEnd])
        guard !coding.isEmpty, coding.allSatisfy(isTokenByte) else { return nil }
        let kind: Coding
        if equalsIgnoringCase(coding, "gzip") || equalsIgnoringCase(coding, "x-gzip") {
            kind = .gzip
        } else if coding.count == 1 && coding[0] == UInt8(ascii: "*") {
            kind = .star
        } else {
            kind = .other
        }
        var acceptable = true
        var parameterStart = tokenEnd
        while parameterStart < end {
            // Skip the ';', take one parameter up to the next ';'.
            parameterStart += 1
            var parameterEnd = parameterStart
            while parameterEnd < end && element[parameterEnd] != UInt8(ascii: ";") { parameterEnd += 1 }
            var nameStart = parameterStart
            var equals = parameterStart
            while equals < parameterEnd && element[equals] != UInt8(ascii: "=") { equals += 1 }
            guard equals < parameterEnd else { return nil }
            var nameEnd = equals
            trim(element, &nameStart, &nameEnd)
            if nameEnd - nameStart == 1 && (element[nameStart] | 0x20) == UInt8(ascii: "q") {
                var valueStart = equals + 1
                var valueEnd = parameterEnd
                trim(element, &valueStart, &valueEnd)
                guard let positive = qualityIsPositive(UnsafeBufferPointer(rebasing: element[valueStart..<valueEnd])) else { return nil }
                acceptable = positive
            }
            parameterStart = parameterEnd
        }
        return (kind, acceptable)
    }

    /// RFC 9110 §12.4.2 `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`; nil if malformed.
    static func qualityIsPositive<C: Collection<UInt8>>(_ value: C) -> Bool? {
        guard let first = value.first, value.count <= 5 else { return nil }
        let rest = value.dropFirst()
        if let dot = rest.first {
            guard dot == UInt8(ascii: "."), rest.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        }
        switch first {
        case UInt8(ascii: "0"): return rest.dropFirst().contains { $0 != UInt8(ascii: "0") }
        case UInt8(ascii: "1"): return rest.dropFirst().allSatisfy { $0 == UInt8(ascii: "0") } ? true : nil
        default: return nil
        }
    }

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { HTTPHeaders.bytesEqualIgnoringASCIICase(bytes, $0) }
    }
}
