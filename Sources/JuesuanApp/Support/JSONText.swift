/// Appends JSON text (RFC 8259) to a byte buffer: string literals with escaping, and keys.
///
/// Used where the application writes small JSON documents itself on the hot path (problem details, log
/// lines, health bodies) without building an intermediate tree. Output is UTF-8.
public enum JSONText {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal, quotes included.
    public static func appendString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends `"key":` to the buffer.
    public static func appendKey(_ key: String, to buffer: inout [UInt8]) {
        appendString(key, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
    }

    /// Appends the characters of `text` escaped for the inside of a JSON string literal: quote,
    /// backslash and control characters; U+2028/U+2029 pass through (valid JSON).
    public static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
                if runStart < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                appendEscape(for: byte, to: &buffer)
                runStart = index + 1
            }
            if runStart < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
    }

    static func appendEscape(for byte: UInt8, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case 0x0A: buffer.append(UInt8(ascii: "n"))
        case 0x0D: buffer.append(UInt8(ascii: "r"))
        case 0x09: buffer.append(UInt8(ascii: "t"))
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        default:
            buffer.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            buffer.append(hexDigits[Int(byte >> 4)])
            buffer.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Appends an integer in decimal.
    public static func appendInteger(_ value: Int, to buffer: inout [UInt8]) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        appendDecimal(value.magnitude, to: &buffer)
    }

    /// Appends an unsigned integer in decimal, without going through `String`.
    public static func appendDecimal(_ value: UInt, to buffer: inout [UInt8]) {
        if value < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            while rest > 0 {
                raw[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            buffer.append(contentsOf: raw[(24 - count)...])
        }
    }

    /// Appends the bytes of a literal.
    public static func appendLiteral(_ literal: StaticString, to buffer: inout [UInt8]) {
        literal.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends `value / 10^scale` as an exact JSON number with exactly `scale` fraction digits,
    /// e.g. `appendFixed(1234, scale: 3)` → `1.234`. No floating point is involved.
    public static func appendFixed(_ value: Int64, scale: Int, to buffer: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let whole = magnitude / divisor
        magnitude %= divisor
        appendDecimal(UInt(whole), to: &buffer)
        guard scale > 0 else { return }
        buffer.append(UInt8(ascii: "."))
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: scale)
        var index = scale - 1
        while magnitude > 0 && index >= 0 {
            digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        }
        buffer.append(contentsOf: digits)
    }
}
