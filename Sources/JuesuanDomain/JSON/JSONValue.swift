/// A JSON value as parsed or as about to be written: numbers keep their exact literal, objects keep member order.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short English name of the value's type for error messages ("a string", "an object", …).
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A number from an integer.
    public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    /// `.string(text)` or `.null` when `text` is nil.
    public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The string payload, nil for other types.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The object payload, nil for other types.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The array payload, nil for other types.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The number payload, nil for other types.
    public var numberValue: JSONNumber? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Member lookup for objects (nil for non-objects and absent keys).
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// Element lookup for arrays (nil out of range and for non-arrays).
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
