/// A configuration value after parsing, before it is stored in `AppConfiguration`.
public enum ConfigurationValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case list([String])
    /// A JSON value no key accepts (null, an object, a fraction), described for the error message.
    case unsupported(String)

    /// The value as written in `Config/default.json`.
    public var jsonText: String {
        switch self {
        case .string(let text): return Self.quoted(text)
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .list(let items): return "[" + items.map(Self.quoted).joined(separator: ", ") + "]"
        case .unsupported(let description): return description
        }
    }

    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONText.appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
