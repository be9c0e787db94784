/// Reads the members of one JSON object during decoding, reporting missing, mistyped and unknown keys to the
/// shared `DecodingContext`. Call `finish()` after reading every expected key to report unknown ones.
struct ObjectReader {
    let object: JSONObject
    let path: JSONPath
    let context: DecodingContext
    private var known: [String] = []

    init(object: JSONObject, path: JSONPath, context: DecodingContext) {
        self.object = object
        self.path = path
        self.context = context
    }

    /// The member `key`, reporting it when missing.
    mutating func value(_ key: String) -> JSONValue? {
        known.append(key)
        guard let value = object[key] else {
            context.report(path, "missing required key \"\(key)\"")
            return nil
        }
        return value
    }

    /// The member `key` when present (absent is not an error).
    mutating func optionalValue(_ key: String) -> JSONValue? {
        known.append(key)
        return object[key]
    }

    /// Non-null, non-empty text.
    mutating func requiredString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        return context.string(value, at: path / key)
    }

    /// Text or null (nil for both null and errors; errors are reported).
    mutating func nullableString(_ key: String) -> String? {
        guard let value = value(key), !value.isNull else { return nil }
        return context.string(value, at: path / key)
    }

    mutating func requiredInteger(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else { return nil }
        return context.integer(value, at: path / key, in: range)
    }

    /// A count (integer ≥ 0) or null.
    mutating func nullableCount(_ key: String) -> Int? {
        guard let value = value(key), !value.isNull else { return nil }
        return context.integer(value, at: path / key, in: 0...Int(Int32.max), what: "a count (integer ≥ 0)")
    }

    mutating func nullableMoney(_ key: String) -> Money? {
        guard let value = value(key), !value.isNull else { return nil }
        return context.money(value, at: path / key)
    }

    mutating func nullableScore(_ key: String) -> Score? {
        guard let value = value(key), !value.isNull else { return nil }
        return context.score(value, at: path / key)
    }

    /// An array of any elements (required, non-null).
    mutating func requiredArray(_ key: String) -> [(JSONValue, JSONPath)]? {
        guard let value = value(key) else { return nil }
        return context.array(value, at: path / key)
    }

    /// An array of non-empty strings.
    mutating func stringArray(_ key: String) -> [String]? {
        guard let elements = requiredArray(key) else { return nil }
        var strings: [String] = []
        var failed = false
        for (element, elementPath) in elements {
            if let text = context.string(element, at: elementPath) { strings.append(text) } else { failed = true }
        }
        return failed ? nil : strings
    }

    /// A required, non-null object.
    mutating func requiredObject(_ key: String) -> ObjectReader? {
        guard let value = value(key) else { return nil }
        return context.object(value, at: path / key)
    }

    /// An object or null. `isNull` tells null apart from an error.
    mutating func nullableObject(_ key: String) -> (reader: ObjectReader?, isNull: Bool) {
        guard let value = value(key) else { return (nil, false) }
        if value.isNull { return (nil, true) }
        return (context.object(value, at: path / key), false)
    }

    /// Reports every member that was not read.
    func finish() {
        for member in object.members where !known.contains(member.key) {
            context.report(path / member.key, "unknown key \"\(member.key)\"")
        }
    }
}
