/// Byte classes of the HTTP/1.1 grammar (RFC 9110 §5.6, RFC 9112, RFC 3986), as branch-light tests on
/// single bytes. The parser works on `UInt8` only: no `Character`, no Unicode case folding.
enum HTTPByte {
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let quote: UInt8 = 0x22
    static let backslash: UInt8 = 0x5C
    static let slash: UInt8 = 0x2F
    static let question: UInt8 = 0x3F
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let comma: UInt8 = 0x2C

    /// `tchar`: `!#$%&'*+-.^_`|~`, digits and letters (RFC 9110 §5.6.2).
    @inline(__always)
    static func isTokenChar(_ byte: UInt8) -> Bool {
        if byte < 64 { return (0x03FF_6CFA_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return (0x57FF_FFFF_C7FF_FFFE as UInt64) >> UInt64(byte - 64) & 1 == 1 }
        return false
    }

    /// Characters of a `reg-name` or port in a `Host` value: unreserved, sub-delims and `%`
    /// (RFC 3986 §3.2.2).
    @inline(__always)
    static func isRegNameChar(_ byte: UInt8) -> Bool {
        if byte < 64 { return (0x2BFF_7FF2_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return (0x47FF_FFFE_87FF_FFFE as UInt64) >> UInt64(byte - 64) & 1 == 1 }
        return false
    }

    /// A byte allowed in a field value: HTAB, SP, VCHAR and obs-text (RFC 9110 §5.5).
    @inline(__always)
    static func isFieldValueChar(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    /// A byte allowed in a request target: VCHAR except `#` (fragments are never sent, RFC 9112 §3.2).
    @inline(__always)
    static func isTargetChar(_ byte: UInt8) -> Bool {
        byte >= 0x21 && byte <= 0x7E && byte != hash
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte &- 0x30)
        case 0x41...0x46: return Int(byte &- 0x41 &+ 10)
        case 0x61...0x66: return Int(byte &- 0x61 &+ 10)
        default: return nil
        }
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Whether `bytes` equals the lower-case ASCII `lowercase`, comparing letters case-insensitively
    /// (OR 0x20 on letters only; never Unicode folding).
    @inline(__always)
    static func equalsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for index in 0..<bytes.count where HTTPHeaders.asciiLower(bytes[index]) != expected[index] {
            return false
        }
        return true
    }
}
