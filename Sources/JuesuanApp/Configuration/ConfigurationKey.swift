import Logging

/// One configuration key: its dotted path (`limits.body_bytes`), its type and bounds, and how it is
/// read from and written to `AppConfiguration`.
///
/// The environment variable of a key is `JUESUAN_` followed by the path upper-cased with `.` → `_`
/// (`limits.body_bytes` → `JUESUAN_LIMITS_BODY_BYTES`, `port` → `JUESUAN_PORT`).
public struct ConfigurationKey: Sendable {
    /// The type of a key's value and its bounds.
    public enum Kind: Sendable {
        case integer(ClosedRange<Int>)
        case bool
        case string
        case list
        case choice([String])
    }

    public let path: String
    public let kind: Kind
    /// One sentence for `Config/README.md` and `--help`.
    public let summary: String
    let get: @Sendable (AppConfiguration) -> ConfigurationValue
    let set: @Sendable (inout AppConfiguration, ConfigurationValue) -> Void
    /// Extra checks beyond the kind; returns the reason a value is refused.
    let check: @Sendable (ConfigurationValue) -> String?

    init(
        _ path: String, _ kind: Kind, _ summary: String,
        get: @escaping @Sendable (AppConfiguration) -> ConfigurationValue,
        set: @escaping @Sendable (inout AppConfiguration, ConfigurationValue) -> Void,
        check: @escaping @Sendable (ConfigurationValue) -> String? = { _ in nil }
    ) {
        self.path = path
        self.kind = kind
        self.summary = summary
        self.get = get
        self.set = set
        self.check = check
    }

    /// `JUESUAN_` + upper-cased path with dots as underscores.
    public var environmentVariable: String {
        "JUESUAN_" + String(path.uppercased().map { $0 == "." ? "_" : $0 })
    }

    /// The key's value in `configuration`.
    public func value(in configuration: AppConfiguration) -> ConfigurationValue { get(configuration) }

    /// Checks `value` against the kind and the key's own rule; stores it or throws naming the key.
    func apply(_ value: ConfigurationValue, to configuration: inout AppConfiguration, source: String) throws(ConfigurationError) {
        if let reason = kindMismatch(value) ?? check(value) {
            throw ConfigurationError(key: path, source: source, reason: reason)
        }
        set(&configuration, value)
    }

    private func kindMismatch(_ value: ConfigurationValue) -> String? {
        switch (kind, value) {
        case (.integer(let range), .integer(let number)):
            return range.contains(number) ? nil : "must be an integer from \(range.lowerBound) to \(range.upperBound), got \(number)"
        case (.integer(let range), _):
            return "must be an integer from \(range.lowerBound) to \(range.upperBound), got \(value.jsonText)"
        case (.bool, .bool), (.string, .string), (.list, .list):
            return nil
        case (.bool, _): return "must be true or false, got \(value.jsonText)"
        case (.string, _): return "must be a string, got \(value.jsonText)"
        case (.list, _): return "must be a list of strings, got \(value.jsonText)"
        case (.choice(let choices), .string(let text)):
            return choices.contains(text) ? nil : "must be one of \(choices.joined(separator: ", ")), got \(value.jsonText)"
        case (.choice(let choices), _):
            return "must be one of \(choices.joined(separator: ", ")), got \(value.jsonText)"
        }
    }

    /// Parses the text of an environment variable or flag for this key: integers as ASCII digits,
    /// booleans as `true`/`false`/`1`/`0`, lists comma-separated (spaces trimmed, empty text = empty list).
    func parse(text: String, source: String) throws(ConfigurationError) -> ConfigurationValue {
        switch kind {
        case .integer:
            guard let number = DecimalInteger.parse(text) else {
                throw ConfigurationError(key: path, source: source, reason: kindMismatch(.string(text)) ?? "must be an integer")
            }
            return .integer(number)
        case .bool:
            switch text {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: throw ConfigurationError(key: path, source: source, reason: "must be true or false, got \"\(text)\"")
            }
        case .string, .choice:
            return .string(text)
        case .list:
            let items = text.split(separator: ",").map { String($0.trimmingASCIISpaces()) }.filter { !$0.isEmpty }
            return .list(items)
        }
    }
}

extension ConfigurationValue {
    var integerValue: Int {
        if case .integer(let value) = self { return value }
        return 0
    }

    var boolValue: Bool {
        if case .bool(let value) = self { return value }
        return false
    }

    var stringValue: String {
        if case .string(let value) = self { return value }
        return ""
    }

    var listValue: [String] {
        if case .list(let value) = self { return value }
        return []
    }
}
