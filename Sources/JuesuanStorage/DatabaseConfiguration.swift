/// Settings for opening a `Database`: connection counts, durability, timeouts and SQLite limits. Every default is
/// safe for a server and documented on its property.
public struct DatabaseConfiguration: Sendable, Equatable {
    /// How hard SQLite syncs the write-ahead log (`PRAGMA synchronous`).
    public enum Synchronous: String, Sendable, Equatable {
        /// WAL is fsynced at checkpoints only. Commits are atomic and survive an application crash (kill -9);
        /// the last commits before an OS crash or power loss may roll back. The database is never corrupted.
        case normal = "NORMAL"
        /// The WAL is fsynced on every commit: a committed import also survives an OS crash or power loss,
        /// at the cost of one fsync per write transaction.
        case full = "FULL"
    }

    /// Number of read-only connections, each on its own serial queue. Default 4: reads never wait for the
    /// writer in WAL mode, and four readers cover a 2–4 core host. Values below 1 mean 1.
    public var readerCount: Int = 4
    /// How long a connection retries a locked database before reporting `SQLITE_BUSY`, in milliseconds.
    /// Default 5,000 ms (another process, e.g. the `juesuan import` command, may hold the write lock).
    public var busyTimeoutMilliseconds: Int32 = 5_000
    /// Durability of commits. Default `.normal` (durable across application crashes; see `Synchronous`).
    public var synchronous: Synchronous = .normal
    /// Prepared statements kept per connection, keyed by SQL text. Default 256; when full the cache is
    /// emptied and refilled (the application uses far fewer distinct statements).
    public var statementCacheCapacity: Int = 256
    /// Largest string or blob SQLite accepts (`SQLITE_LIMIT_LENGTH`), in bytes. Default 64 MiB.
    public var maxValueLength: Int32 = 64 << 20
    /// Longest SQL text SQLite accepts (`SQLITE_LIMIT_SQL_LENGTH`), in bytes. Default 100,000.
    public var maxSQLLength: Int32 = 100_000
    /// Size the write-ahead log is truncated back to after a checkpoint (`PRAGMA journal_size_limit`), in
    /// bytes. Default 64 MiB: one large import may grow the WAL, and this keeps it from staying large.
    public var walSizeLimit: Int64 = 64 << 20
    /// Most `?` parameters in one statement (`SQLITE_LIMIT_VARIABLE_NUMBER`). Default 1,000.
    public var maxVariables: Int32 = 1_000

    /// The default configuration.
    public init() {}
}
