internal import CSQLite

/// The current result row of a statement while it is being stepped. Valid only inside the closure it is passed
/// to. Column indexes start at 0. Typed reads throw `SQLiteError` (`SQLITE_MISMATCH`) naming the column and the
/// SQL when the stored type is not the one asked for, so a schema drift is reported and never silently coerced.
public struct SQLiteRow {
    let statement: SQLiteStatement

    init(statement: SQLiteStatement) {
        self.statement = statement
    }

    /// Number of columns in the row.
    public var columnCount: Int { Int(sqlite3_column_count(statement.handle)) }

    /// The declared name of a column, as written in the SELECT.
    public func columnName(_ index: Int) -> String {
        sqlite3_column_name(statement.handle, Int32(index)).map { String(cString: $0) } ?? "#\(index)"
    }

    /// True when the column holds NULL.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement.handle, Int32(index)) == SQLITE_NULL
    }

    /// An INTEGER column; throws on NULL or another type.
    public func int64(_ index: Int) throws -> Int64 {
        try expect(index, SQLITE_INTEGER, "INTEGER")
        return sqlite3_column_int64(statement.handle, Int32(index))
    }

    /// An INTEGER column or nil for NULL; throws on another type.
    public func optionalInt64(_ index: Int) throws -> Int64? {
        isNull(index) ? nil : try int64(index)
    }

    /// An INTEGER column as `Int`; throws on NULL or another type.
    public func int(_ index: Int) throws -> Int { Int(try int64(index)) }

    /// An INTEGER column as `Int` or nil for NULL.
    public func optionalInt(_ index: Int) throws -> Int? { try optionalInt64(index).map { Int($0) } }

    /// A TEXT column (UTF-8); throws on NULL or another type.
    public func text(_ index: Int) throws -> String {
        try expect(index, SQLITE_TEXT, "TEXT")
        let column = Int32(index)
        guard let bytes = sqlite3_column_text(statement.handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement.handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A TEXT column or nil for NULL.
    public func optionalText(_ index: Int) throws -> String? {
        isNull(index) ? nil : try text(index)
    }

    /// A BLOB column; throws on NULL or another type.
    public func blob(_ index: Int) throws -> [UInt8] {
        try expect(index, SQLITE_BLOB, "BLOB")
        let column = Int32(index)
        let count = Int(sqlite3_column_bytes(statement.handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(statement.handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// A BLOB column or nil for NULL.
    public func optionalBlob(_ index: Int) throws -> [UInt8]? {
        isNull(index) ? nil : try blob(index)
    }

    /// A 0/1 INTEGER column as `Bool`.
    public func bool(_ index: Int) throws -> Bool { try int64(index) != 0 }

    private func expect(_ index: Int, _ type: Int32, _ typeName: String) throws {
        guard index >= 0, index < columnCount else {
            throw SQLiteError(extendedCode: SQLITE_RANGE,
                              message: "column index \(index) out of range 0..<\(columnCount)", sql: statement.sql)
        }
        let actual = sqlite3_column_type(statement.handle, Int32(index))
        guard actual == type else {
            let actualName = switch actual {
            case SQLITE_NULL: "NULL"
            case SQLITE_INTEGER: "INTEGER"
            case SQLITE_FLOAT: "REAL"
            case SQLITE_TEXT: "TEXT"
            default: "BLOB"
            }
            throw SQLiteError(extendedCode: SQLITE_MISMATCH,
                              message: "column \(index) (\(columnName(index))) is \(actualName), expected \(typeName)",
                              sql: statement.sql)
        }
    }
}
