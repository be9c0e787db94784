/// Strict RFC 8259 parser from bytes to `JSONValue`.
///
/// Rejects what a lenient parser would let through: a byte order mark, invalid UTF-8 (overlong forms, surrogates,
/// code points above U+10FFFF), control characters in strings, lone `\u` surrogates, duplicate object keys, leading
/// zeros, trailing commas, trailing content, and nesting deeper than `maximumDepth`. Numbers are kept as their
/// literal text. Errors carry line, column and the JSON path being read.
public struct JSONParser: Sendable {
    /// Deepest nesting of arrays and objects accepted. A disclosure document nests 6 levels; 64 leaves room.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 64) {
        self.maximumDepth = maximumDepth
    }

    /// Parses a whole document.
    public func parse(_ bytes: some Sequence<UInt8>) throws(JSONParseError) -> JSONValue {
        var state = ParseState(bytes: Array(bytes), maximumDepth: maximumDepth)
        return try state.parseDocument()
    }

    /// Parses a whole document from a string's UTF-8.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private struct ParseState {
    let bytes: [UInt8]
    let maximumDepth: Int
    var index = 0
    var depth = 0
    var path: [JSONPath.Component] = []

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw error("byte order mark (U+FEFF) is not allowed; send plain UTF-8", at: 0)
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("empty document: expected a JSON value", at: index) }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describe(at: index)) after the end of the document", at: index)
        }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input: expected a value", at: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describe(at: index)): expected a value", at: index)
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1  // {
        var object = JSONObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input: expected a key or '}'", at: index) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                let what = bytes[index] == UInt8(ascii: "}") ? "trailing comma before '}'" : "unexpected \(describe(at: index)): expected a key string"
                throw error(what, at: index)
            }
            let keyStart = index
            let key = try parseString()
            if object.contains(key) {
                path.append(.key(key))
                throw error("duplicate key \"\(key)\"", at: keyStart)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error(index < bytes.count ? "unexpected \(describe(at: index)): expected ':' after key" : "unexpected end of input: expected ':'", at: index)
            }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let value = try parseValue()
            path.removeLast()
            object.set(key, value)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input: expected ',' or '}'", at: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(object)
            }
            throw error("unexpected \(describe(at: index)): expected ',' or '}'", at: index)
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw error("trailing comma before ']'", at: index)
            }
            path.append(.index(elements.count))
            let element = try parseValue()
            path.removeLast()
            elements.append(element)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input: expected ',' or ']'", at: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(elements)
            }
            throw error("unexpected \(describe(at: index)): expected ',' or ']'", at: index)
        }
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > maximumDepth {
            throw error("nesting deeper than \(maximumDepth) levels", at: index)
        }
    }

    mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let start = index
        let count = word.utf8CodeUnitCount
        var matched = index + count <= bytes.count
        if matched {
            let pointer = word.utf8Start
            for offset in 0..<count where bytes[index + offset] != pointer[offset] {
                matched = false
                break
            }
        }
        guard matched else { throw error("invalid literal: expected '\(word)'", at: start) }
        index += count
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: '-' must be followed by a digit", at: start) }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("invalid number: leading zeros are not allowed", at: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: '.' must be followed by a digit", at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: exponent needs digits", at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, isIdentifierByte(bytes[index]) {
            throw error("invalid number: unexpected \(describe(at: index))", at: index)
        }
        return JSONNumber(validatedLiteral: String(decoding: bytes[start..<index], as: UTF8.self))
    }

    // MARK: Strings

    mutating func parseString() throws(JSONParseError) -> String {
        let openingQuote = index
        index += 1
        var buffer: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: openingQuote) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if buffer.isEmpty {
                    text = String(decoding: bytes[runStart..<index], as: UTF8.self)
                } else {
                    buffer.append(contentsOf: bytes[runStart..<index])
                    text = String(decoding: buffer, as: UTF8.self)
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &buffer)
                runStart = index
                continue
            }
            if byte < 0x20 {
                throw error("control character U+\(hex4(UInt32(byte))) must be escaped in a string", at: index)
            }
            if byte < 0x80 {
                index += 1
            } else {
                index += try validatedScalarLength(at: index)
            }
        }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw error("unterminated escape sequence", at: start) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("lone high surrogate \\u\(hex4(scalar)) (a low surrogate must follow)", at: start)
                }
                let lowStart = index
                index += 2
                let low = try readHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("high surrogate \\u\(hex4(scalar)) followed by \\u\(hex4(low)), not a low surrogate", at: start)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("lone low surrogate \\u\(hex4(scalar))", at: start)
            }
            guard let unicodeScalar = Unicode.Scalar(scalar) else {
                throw error("invalid code point \\u\(hex4(scalar))", at: start)
            }
            buffer.append(contentsOf: Array(String(Character(unicodeScalar)).utf8))
        default:
            throw error("invalid escape sequence '\\\(String(decoding: [byte], as: UTF8.self))'", at: start)
        }
    }

    mutating func readHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape: expected 4 hex digits", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
            default: throw error("invalid \\u escape: expected 4 hex digits", at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Length of the well-formed UTF-8 sequence starting at `position` (a lead byte ≥ 0x80), per RFC 3629 Table 3-7.
    func validatedScalarLength(at position: Int) throws(JSONParseError) -> Int {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error("invalid UTF-8: byte 0x\(hex2(lead)) cannot start a character", at: position)
        }
        guard position + length <= bytes.count else { throw error("invalid UTF-8: truncated sequence", at: position) }
        guard secondRange.contains(bytes[position + 1]) else {
            throw error("invalid UTF-8: byte 0x\(hex2(bytes[position + 1])) after 0x\(hex2(lead))", at: position)
        }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[position + offset]) {
            throw error("invalid UTF-8: byte 0x\(hex2(bytes[position + offset])) in a multi-byte sequence", at: position)
        }
        return length
    }

    // MARK: Helpers

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    func describe(at position: Int) -> String {
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F { return "character '\(String(decoding: [byte], as: UTF8.self))'" }
        if byte >= 0x80, let length = try? validatedScalarLength(at: position) {
            return "character '\(String(decoding: bytes[position..<position + length], as: UTF8.self))'"
        }
        return "byte 0x\(hex2(byte))"
    }

    func error(_ message: String, at position: Int) -> JSONParseError {
        var line = 1
        var column = 1
        var cursor = 0
        let end = min(position, bytes.count)
        while cursor < end {
            let byte = bytes[cursor]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            cursor += 1
        }
        return JSONParseError(message: message, line: line, column: column, byteOffset: position, path: JSONPath(components: path))
    }
}

func hex2(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}

func hex4(_ value: UInt32) -> String {
    hex2(UInt8((value >> 8) & 0xFF)) + hex2(UInt8(value & 0xFF))
}
