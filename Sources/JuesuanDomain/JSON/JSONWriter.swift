/// Deterministic JSON writer: the same value always gives the same bytes.
///
/// - Members are written in the object's order; numbers as their exact literal.
/// - Strings escape only what JSON requires: `"` and `\`, and control characters below U+0020 (`\b \f \n \r \t`
///   by name, the rest as lowercase `\u00XX`). Everything else, Chinese included, is written as raw UTF-8; `/`
///   is not escaped.
/// - `.pretty`: two-space indentation, one member or element per line, `": "` after keys, empty containers as
///   `{}` / `[]`, and a single trailing newline after the document. `.compact`: no whitespace at all, no trailing
///   newline.
public struct JSONWriter: Sendable {
    /// Output layout.
    public enum Style: Sendable, Hashable {
        case pretty
        case compact
    }

    public var style: Style

    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The document's bytes.
    public func write(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(value, indent: 0, to: &output)
        if style == .pretty { output.append(0x0A) }
        return output
    }

    /// The document as a string.
    public func string(_ value: JSONValue) -> String {
        String(decoding: write(value), as: UTF8.self)
    }

    /// `text` as a JSON string literal with the writer's escaping, e.g. for error messages.
    public static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        appendString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func append(_ value: JSONValue, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: number.literal.utf8)
        case .string(let text): JSONWriter.appendString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1, to: &output)
                append(element, indent: indent + 1, to: &output)
            }
            newline(indent: indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1, to: &output)
                JSONWriter.appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if style == .pretty { output.append(UInt8(ascii: " ")) }
                append(member.value, indent: indent + 1, to: &output)
            }
            newline(indent: indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(indent: Int, to output: inout [UInt8]) {
        guard style == .pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case 0x08: output.append(contentsOf: "\\b".utf8)
                case 0x0C: output.append(contentsOf: "\\f".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                default:
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(contentsOf: hex2(byte).lowercased().utf8)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
