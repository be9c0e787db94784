internal import CSQLite

/// One SQLite connection (`sqlite3*`). Not thread-safe by design: it is opened in multi-thread mode
/// (`SQLITE_OPEN_NOMUTEX`) and a `Database` confines each connection to one serial queue. Every connection has
/// foreign keys on, a busy timeout, defensive mode, `trusted_schema=OFF` and SQLite length limits; the
/// read-write connection also switches the database to WAL. Statements are prepared once and cached by SQL text;
/// a statement that fails is evicted from the cache.
public final class SQLiteConnection {
    /// Whether a connection may write.
    public enum Mode: Sendable {
        /// Read-write; creates the file if missing and enables WAL.
        case readWrite
        /// Read-only (`SQLITE_OPEN_READONLY`, plus `query_only`).
        case readOnly
    }

    /// How a transaction takes its locks.
    public enum TransactionKind: String, Sendable {
        /// Takes the write lock on the first write; for read snapshots.
        case deferred = "DEFERRED"
        /// Takes the write lock at `BEGIN`, so a write never fails with `SQLITE_BUSY_SNAPSHOT` mid-way.
        case immediate = "IMMEDIATE"
    }

    /// The database file path.
    public let path: String
    /// Whether this connection may write.
    public let mode: Mode
    let handle: OpaquePointer
    private let statementCacheCapacity: Int
    private var statementCache: [String: SQLiteStatement] = [:]

    /// Opens a connection and applies `configuration`. Throws `SQLiteError` if the file cannot be opened or a
    /// setting is refused (e.g. WAL unavailable).
    public init(path: String, mode: Mode, configuration: DatabaseConfiguration = DatabaseConfiguration()) throws {
        var opened: OpaquePointer?
        let access = mode == .readWrite ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let result = sqlite3_open_v2(path, &opened, flags, nil)
        guard result == SQLITE_OK, let opened else {
            let error = SQLiteError(connection: opened, result: result, sql: nil)
            sqlite3_close_v2(opened)
            throw error
        }
        self.handle = opened
        self.path = path
        self.mode = mode
        self.statementCacheCapacity = max(1, configuration.statementCacheCapacity)
        try configure(configuration)
    }

    deinit {
        statementCache.removeAll()  // finalizes every cached statement before the close
        sqlite3_close_v2(handle)
    }

    private func configure(_ configuration: DatabaseConfiguration) throws {
        sqlite3_extended_result_codes(handle, 1)
        try check(sqlite3_busy_timeout(handle, configuration.busyTimeoutMilliseconds), sql: nil)
        try check(juesuan_sqlite_db_config_defensive(handle, 1), sql: nil)
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, configuration.maxValueLength)
        sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, configuration.maxSQLLength)
        sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, configuration.maxVariables)
        try executeScript("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;")
        try executeScript("PRAGMA synchronous = \(configuration.synchronous.rawValue);")
        switch mode {
        case .readWrite:
            let journal = try fetchOne("PRAGMA journal_mode = WAL") { try $0.text(0) }
            guard journal?.lowercased() == "wal" else {
                throw SQLiteError(extendedCode: SQLITE_ERROR,
                                  message: "could not enable WAL (journal_mode is \(journal ?? "unknown"))",
                                  sql: "PRAGMA journal_mode = WAL")
            }
            _ = try fetchOne("PRAGMA journal_size_limit = \(configuration.walSizeLimit)") { try $0.int64(0) }
        case .readOnly:
            try executeScript("PRAGMA query_only = ON;")
        }
    }

    // MARK: Statements

    /// The cached prepared statement for `sql`, preparing and caching it on first use.
    public func cachedStatement(sql: String) throws -> SQLiteStatement {
        if let statement = statementCache[sql] { return statement }
        let statement = try prepare(sql: sql)
        if statementCache.count >= statementCacheCapacity { statementCache.removeAll() }
        statementCache[sql] = statement
        return statement
    }

    /// Prepares `sql` without caching it. The SQL must hold exactly one statement.
    public func prepare(sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let result = sql.withCString { sqlite3_prepare_v3(handle, $0, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail) }
        guard result == SQLITE_OK else { throw SQLiteError(connection: handle, result: result, sql: sql) }
        guard let statement else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "SQL holds no statement", sql: sql)
        }
        if let tail, tail.pointee != 0, !String(cString: tail).allSatisfy(\.isWhitespace) {
            sqlite3_finalize(statement)
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "SQL holds more than one statement", sql: sql)
        }
        return SQLiteStatement(handle: statement, sql: sql)
    }

    /// Drops `sql` from the statement cache (called after any failure of that statement).
    func evictStatement(sql: String) {
        statementCache.removeValue(forKey: sql)
    }

    /// True when a statement for `sql` is in the cache.
    func isStatementCached(sql: String) -> Bool { statementCache[sql] != nil }

    /// Number of cached statements.
    var cachedStatementCount: Int { statementCache.count }

    // MARK: Running SQL

    /// Runs one statement with bound `arguments` to completion, discarding rows. Returns the number of rows
    /// it changed.
    @discardableResult
    public func execute(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> Int {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {}
            return Int(sqlite3_changes64(handle))
        }
    }

    /// Calls `body` for each result row of `sql` run with `arguments`.
    public func forEachRow(_ sql: String, _ arguments: [SQLiteValue] = [], _ body: (SQLiteRow) throws -> Void) throws {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {
                try body(SQLiteRow(statement: statement))
            }
        }
    }

    /// All result rows of `sql`, each mapped by `transform`.
    public func fetchAll<T>(_ sql: String, _ arguments: [SQLiteValue] = [], _ transform: (SQLiteRow) throws -> T) throws -> [T] {
        var results: [T] = []
        try forEachRow(sql, arguments) { results.append(try transform($0)) }
        return results
    }

    /// The first result row of `sql` mapped by `transform`, or nil when there is none.
    public func fetchOne<T>(_ sql: String, _ arguments: [SQLiteValue] = [], _ transform: (SQLiteRow) throws -> T) throws -> T? {
        try withStatement(sql, arguments) { statement in
            try statement.step() ? try transform(SQLiteRow(statement: statement)) : nil
        }
    }

    /// Runs trusted SQL holding any number of statements and no parameters (schema migrations, pragmas).
    /// Never pass text that contains input.
    public func executeScript(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql, nil, nil, &message)
        if result != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(result))
            sqlite3_free(message)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Prepares (or reuses) the statement, binds, runs `body`, and resets the statement so it holds no lock.
    /// Any failure evicts the statement from the cache: a statement that failed may be in a state SQLite
    /// does not guarantee to reuse (e.g. after SQLITE_SCHEMA or an interrupted step).
    private func withStatement<T>(_ sql: String, _ arguments: [SQLiteValue], _ body: (SQLiteStatement) throws -> T) throws -> T {
        let statement = try cachedStatement(sql: sql)
        defer { statement.reset() }
        do {
            try statement.bind(arguments)
            return try body(statement)
        } catch {
            evictStatement(sql: sql)
            throw error
        }
    }

    private func check(_ result: Int32, sql: String?) throws {
        guard result == SQLITE_OK else { throw SQLiteError(connection: handle, result: result, sql: sql) }
    }

    // MARK: State

    /// Row id of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
