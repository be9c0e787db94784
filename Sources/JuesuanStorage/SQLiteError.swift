internal import CSQLite

/// An error reported by SQLite (or by this wrapper in SQLite's terms): the primary and extended result codes,
/// SQLite's message, and the SQL text of the statement involved. Bound values are never included, so the error
/// can be logged without leaking data.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …), the low 8 bits of `extendedCode`.
    public let code: Int32
    /// Extended result code (`SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_BUSY_SNAPSHOT`, …).
    public let extendedCode: Int32
    /// SQLite's error message (`sqlite3_errmsg`) or the wrapper's explanation.
    public let message: String
    /// The SQL text of the statement that failed, if any. Never contains bound values.
    public let sql: String?

    /// Creates an error from its parts; the primary code is derived from the extended code.
    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.code = extendedCode & 0xFF
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the last error of a connection. `result` is the code returned by the failing call.
    init(connection handle: OpaquePointer?, result: Int32, sql: String?) {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? result
        // The extended code of the connection belongs to the same failure when its primary code matches.
        let code = (extended & 0xFF) == (result & 0xFF) ? extended : result
        let message = handle.flatMap { sqlite3_errmsg($0).map { String(cString: $0) } }
            ?? String(cString: sqlite3_errstr(result))
        self.init(extendedCode: code, message: message, sql: sql)
    }

    /// SQLite's name for the primary code, e.g. "database is locked".
    public var codeDescription: String { String(cString: sqlite3_errstr(code)) }

    public var description: String {
        var text = "SQLite error \(code) (extended \(extendedCode)): \(message)"
        if let sql { text += " — SQL: \(sql)" }
        return text
    }

    /// Primary result codes this package tests for by name.
    public static let busy: Int32 = SQLITE_BUSY
    public static let constraint: Int32 = SQLITE_CONSTRAINT
    public static let mismatch: Int32 = SQLITE_MISMATCH
    public static let misuse: Int32 = SQLITE_MISUSE
    public static let error: Int32 = SQLITE_ERROR
    public static let readonly: Int32 = SQLITE_READONLY
    public static let full: Int32 = SQLITE_FULL
}
