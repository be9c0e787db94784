/// A JSON number kept as its exact literal text (RFC 8259 grammar), never converted to binary floating point.
///
/// `1e400`, `-0` and `622.520` stay exactly as written; converting to an amount, a decimal or an integer is an
/// explicit, checked step (`Money(jsonNumber:)`, `ExactDecimal(jsonNumber:)`, `intValue`).
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal, e.g. `"622.52"`, `"-0"`, `"1e400"`.
    public let literal: String

    /// Wraps a literal after checking it against the JSON number grammar; nil if it is not a JSON number.
    public init?(literal: String) {
        guard JSONNumber.isValidLiteral(Array(literal.utf8)) else { return nil }
        self.literal = literal
    }

    /// A number from an integer.
    public init(_ value: Int) {
        self.literal = String(value)
    }

    /// Trusted initializer for literals the parser or a formatter already validated.
    init(validatedLiteral: String) {
        self.literal = validatedLiteral
    }

    public var description: String { literal }

    /// The value as an `Int` when the literal is an integer (no fraction, no exponent) within range.
    public var intValue: Int? {
        guard !literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
            return nil
        }
        return Int(literal)
    }

    /// The decomposed literal: sign, all significant digits (integer then fraction part) and the decimal exponent,
    /// so that value = sign × digits × 10^exponent. Nil only for malformed literals (never for validated ones).
    var decomposed: (negative: Bool, digits: [UInt8], exponent: Int)? {
        let bytes = Array(literal.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var digits: [UInt8] = []
        var exponent = 0
        while index < bytes.count, isDigit(bytes[index]) {
            digits.append(bytes[index] - 0x30)
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                digits.append(bytes[index] - 0x30)
                exponent -= 1
                index += 1
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            while index < bytes.count, isDigit(bytes[index]) {
                // Saturate: anything beyond a million is out of range for every consumer anyway.
                if written < 1_000_000 { written = written * 10 + Int(bytes[index] - 0x30) }
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard index == bytes.count, !digits.isEmpty else { return nil }
        return (negative, digits, exponent)
    }

    /// Checks `bytes` against `-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    static func isValidLiteral(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return false }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return false }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return index == bytes.count
    }
}

@inline(__always)
func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
