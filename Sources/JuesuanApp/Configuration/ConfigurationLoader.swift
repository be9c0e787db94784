import Foundation

/// Builds an `AppConfiguration` from, in increasing precedence: built-in defaults, a JSON file, `JUESUAN_*`
/// environment variables, and command-line flags; then checks the combination.
///
/// The file is `--config PATH`, else `$JUESUAN_CONFIG`, else `Config/default.json` in the working directory
/// when it exists (otherwise the built-in defaults, which equal that file). An explicitly named file
/// that cannot be read is an error. Unknown keys in the file are errors; `JUESUAN_*` variables that name no
/// key are ignored (the environment may carry variables for other tools, e.g. `JUESUAN_CONFIG`).
public struct ConfigurationLoader: Sendable {
    /// Where the default file is looked for, relative to the working directory.
    public static let defaultFilePath = "Config/default.json"
    /// The variable naming the configuration file.
    public static let fileVariable = "JUESUAN_CONFIG"

    public var environment: [String: String]
    public var workingDirectory: String

    public init(environment: [String: String], workingDirectory: String) {
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// A loader reading this process's environment and working directory.
    public init() {
        self.init(environment: ProcessInfo.processInfo.environment, workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// One command-line override: the key, the flag as typed (for messages), and its text.
    public struct Override: Sendable {
        public var key: String
        public var flag: String
        public var value: String

        public init(key: String, flag: String, value: String) {
            self.key = key
            self.flag = flag
            self.value = value
        }
    }

    /// Loads the configuration; throws naming the first bad key and its source.
    public func load(configPath: String? = nil, overrides: [Override] = []) throws(ConfigurationError) -> AppConfiguration {
        var configuration = AppConfiguration()
        if let path = try resolveFilePath(explicit: configPath) {
            try applyFile(at: path, to: &configuration)
        }
        for key in ConfigurationKey.all {
            guard let text = environment[key.environmentVariable] else { continue }
            let source = key.environmentVariable
            try key.apply(try key.parse(text: text, source: source), to: &configuration, source: source)
        }
        for override in overrides {
            guard let key = ConfigurationKey.named(override.key) else {
                throw ConfigurationError(key: override.key, source: override.flag, reason: "is not a configuration key")
            }
            try key.apply(try key.parse(text: override.value, source: override.flag), to: &configuration, source: override.flag)
        }
        try Self.validateCombination(configuration)
        return configuration
    }

    /// The file to read, or nil for built-in defaults.
    func resolveFilePath(explicit: String?) throws(ConfigurationError) -> String? {
        if let explicit { return absolute(explicit) }
        if let fromEnvironment = environment[Self.fileVariable], !fromEnvironment.isEmpty { return absolute(fromEnvironment) }
        let fallback = absolute(Self.defaultFilePath)
        return FileManager.default.fileExists(atPath: fallback) ? fallback : nil
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }

    /// Reads a JSON file of sections and keys (see `Config/default.json`) into `configuration`.
    public func applyFile(at path: String, to configuration: inout AppConfiguration) throws(ConfigurationError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(key: "config", source: path, reason: "the file cannot be read")
        }
        let document: ConfigurationJSON
        do {
            document = try JSONDecoder().decode(ConfigurationJSON.self, from: data)
        } catch {
            throw ConfigurationError(key: "config", source: path, reason: "the file is not valid JSON: \(Self.describe(error))")
        }
        guard case .object(let members) = document else {
            throw ConfigurationError(key: "config", source: path, reason: "the file must contain a JSON object")
        }
        try apply(members, prefix: "", to: &configuration, source: path)
    }

    private func apply(
        _ members: [String: ConfigurationJSON], prefix: String, to configuration: inout AppConfiguration, source: String
    ) throws(ConfigurationError) {
        for name in members.keys.sorted() {
            guard let member = members[name] else { continue }
            let path = prefix + name
            if case .object(let nested) = member, ConfigurationKey.named(path) == nil,
               ConfigurationKey.all.contains(where: { $0.path.hasPrefix(path + ".") }) {
                try apply(nested, prefix: path + ".", to: &configuration, source: source)
                continue
            }
            guard let key = ConfigurationKey.named(path) else {
                throw ConfigurationError(key: path, source: source, reason: "is not a configuration key (see Config/README.md)")
            }
            try key.apply(member.configurationValue, to: &configuration, source: source)
        }
    }

    /// Rules that involve more than one key.
    static func validateCombination(_ configuration: AppConfiguration) throws(ConfigurationError) {
        if configuration.cors.allowCredentials && configuration.cors.allowedOrigins.contains("*") {
            throw ConfigurationError(
                key: "cors.allow_credentials", source: "combined configuration",
                reason: "cannot be true while cors.allowed_origins contains \"*\" (browsers refuse credentials with a wildcard origin)"
            )
        }
        let limits = configuration.server.limits
        if limits.headerBytes < limits.requestLineBytes || limits.headerBytes < limits.headerFieldBytes {
            throw ConfigurationError(
                key: "limits.header_bytes", source: "combined configuration",
                reason: "must be at least limits.request_line_bytes and limits.header_field_bytes (\(limits.headerBytes) < \(max(limits.requestLineBytes, limits.headerFieldBytes)))"
            )
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context): return context.debugDescription + ((context.underlyingError).map { " (\($0))" } ?? "")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
                return context.debugDescription
            @unknown default: return String(describing: error)
            }
        }
        return String(describing: error)
    }
}

/// A JSON document as the configuration file holds it.
enum ConfigurationJSON: Decodable {
    case object([String: ConfigurationJSON])
    case array([ConfigurationJSON])
    case string(String)
    case integer(Int)
    case fraction(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            self = .fraction(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let array = try? container.decode([ConfigurationJSON].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: ConfigurationJSON].self))
        }
    }

    /// The value for a key; shapes no key accepts become a string describing them, which the key refuses
    /// with its own message.
    var configurationValue: ConfigurationValue {
        switch self {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .bool(let flag): return .bool(flag)
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else { return .unsupported("a list containing a non-string") }
                strings.append(text)
            }
            return .list(strings)
        case .fraction(let number): return .unsupported("\(number)")
        case .object: return .unsupported("an object")
        case .null: return .unsupported("null")
        }
    }
}
