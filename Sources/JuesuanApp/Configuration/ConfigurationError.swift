/// An invalid configuration value, naming the key and where the value came from; `juesuan serve` prints
/// it and exits with status 2.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration key, e.g. `limits.body_bytes` (or `config` for the file itself).
    public var key: String
    /// Where the value came from: a file path, an environment variable, a flag, or `defaults`.
    public var source: String
    /// What is wrong, e.g. `must be an integer from 1 to 65535, got "0x50"`.
    public var reason: String

    public init(key: String, source: String, reason: String) {
        self.key = key
        self.source = source
        self.reason = reason
    }

    public var description: String { "invalid configuration: \(key) (from \(source)): \(reason)" }
}
