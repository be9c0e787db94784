internal import CSQLite

/// A prepared SQLite statement (`sqlite3_stmt`) belonging to one `SQLiteConnection` and used only on that
/// connection's queue. Obtain it from `SQLiteConnection.cachedStatement(sql:)`; values are always bound as
/// parameters, never spliced into the SQL text.
public final class SQLiteStatement {
    /// The SQL text the statement was prepared from; also its key in the connection's statement cache.
    public let sql: String
    let handle: OpaquePointer

    init(handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Number of `?` parameters in the statement.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// True when the statement does not write to the database (`sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Resets the statement and binds `arguments` to its parameters, in order. The count must match exactly.
    func bind(_ arguments: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard arguments.count == parameterCount else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE,
                message: "statement expects \(parameterCount) arguments, got \(arguments.count)",
                sql: sql
            )
        }
        for (offset, value) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .null:
                result = sqlite3_bind_null(handle, index)
            case .integer(let integer):
                result = sqlite3_bind_int64(handle, index, integer)
            case .text(let text):
                result = text.utf8CString.withUnsafeBufferPointer { buffer in
                    // The count excludes the NUL terminator; SQLITE_TRANSIENT makes SQLite copy the bytes.
                    sqlite3_bind_text(handle, index, buffer.baseAddress, Int32(buffer.count - 1), juesuan_sqlite_transient())
                }
            case .blob(let bytes):
                result = bytes.withUnsafeBytes { buffer in
                    // A zero-length blob must still bind as a blob, not NULL: pass a non-nil pointer.
                    sqlite3_bind_blob(handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                      Int32(buffer.count), juesuan_sqlite_transient())
                }
            }
            guard result == SQLITE_OK else {
                throw SQLiteError(connection: sqlite3_db_handle(handle), result: result, sql: sql)
            }
        }
    }

    /// Advances the statement: true when a row is available, false when done.
    func step() throws -> Bool {
        let result = sqlite3_step(handle)
        switch result {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(connection: sqlite3_db_handle(handle), result: result, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Releases the statement's read lock and bound values so it does not pin a WAL snapshot while cached.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
