public import JuesuanHTTP
public import Logging

/// The whole configuration of a `juesuan serve` process: the HTTP server's listener, limits and
/// timeouts, the database, logging, CORS, gzip, the response cache and the trusted proxies.
///
/// Defaults equal `Config/default.json`; every key is listed in `ConfigurationKey.all` and documented in
/// `Config/README.md`. Loaded by `ConfigurationLoader` (file, then `JUESUAN_*` variables, then flags).
public struct AppConfiguration: Sendable, Hashable {
    /// Listener, limits and timeouts of the HTTP core.
    public var server = HTTPServerConfiguration()
    /// Path of the SQLite database file.
    public var databasePath = "./data/juesuan.sqlite"
    /// Lowest level written to the log.
    public var logLevel: Logger.Level = .info
    /// Whether one access-log line is written per request.
    public var accessLog = true
    public var cors = CORSConfiguration()
    public var compression = CompressionConfiguration()
    public var cache = ResponseCacheConfiguration()
    /// IP literals of reverse proxies whose `X-Real-IP`/`X-Forwarded-For` are believed.
    public var trustedProxies: [String] = ["127.0.0.1", "::1"]

    public init() {}
}
