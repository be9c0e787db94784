import Foundation
import Testing
@testable import JuesuanStorage

@Suite struct SQLiteConnectionTests {
    let directory: TemporaryDirectory
    let connection: SQLiteConnection

    init() throws {
        directory = try TemporaryDirectory()
        connection = try SQLiteConnection(path: directory.path("c.sqlite"), mode: .readWrite)
        try Migrator.makeTest().migrate(connection)
    }

    private func pragma(_ name: String) throws -> String? {
        try connection.fetchOne("PRAGMA \(name)") { row in
            try row.isNull(0) ? "NULL" : (try? row.text(0)) ?? String(try row.int64(0))
        }
    }

    @Test func opensInWALWithForeignKeysBusyTimeoutAndNormalSync() throws {
        #expect(try pragma("journal_mode") == "wal")
        #expect(try pragma("foreign_keys") == "1")
        #expect(try pragma("busy_timeout") == "5000")
        #expect(try pragma("synchronous") == "1")  // NORMAL
        #expect(try pragma("trusted_schema") == "0")
        #expect(try pragma("journal_size_limit") == String(64 << 20))
        #expect(try pragma("user_version") == "1")
    }

    @Test func fullSynchronousIsConfigurable() throws {
        var configuration = DatabaseConfiguration()
        configuration.synchronous = .full
        configuration.busyTimeoutMilliseconds = 1234
        let full = try SQLiteConnection(path: directory.path("full.sqlite"), mode: .readWrite, configuration: configuration)
        #expect(try full.fetchOne("PRAGMA synchronous") { try $0.int64(0) } == 2)
        #expect(try full.fetchOne("PRAGMA busy_timeout") { try $0.int64(0) } == 1234)
    }

    @Test func boundValuesRoundTripExactly() throws {
        let hostile = "O'Brien\"; DROP TABLE item; -- 决算"
        try connection.execute("INSERT INTO item (name, amount_cents, data) VALUES (?, ?, ?)",
                               [.text(hostile), .integer(Int64.max), .blob([0, 1, 255])])
        try connection.execute("INSERT INTO item (name, amount_cents, data) VALUES (?, ?, ?)",
                               ["empty-blob", nil, .blob([])])
        let rows = try connection.fetchAll("SELECT name, amount_cents, data FROM item ORDER BY id") { row in
            (try row.text(0), try row.optionalInt64(1), try row.optionalBlob(2))
        }
        #expect(rows.count == 2)
        #expect(rows[0].0 == hostile)
        #expect(rows[0].1 == Int64.max)
        #expect(rows[0].2 == [0, 1, 255])
        #expect(rows[1].1 == nil)
        #expect(rows[1].2 == [])
        #expect(try connection.fetchOne("SELECT count(*) FROM item") { try $0.int(0) } == 2)
    }

    @Test func typedReadOfWrongTypeThrowsMismatchNamingColumn() throws {
        try connection.execute("INSERT INTO item (name) VALUES (?)", ["a"])
        let sql = "SELECT amount_cents FROM item"
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.fetchOne(sql) { try $0.int64(0) }
        }
        #expect(error?.code == SQLiteError.mismatch)
        #expect(error?.message.contains("amount_cents") == true)
        #expect(error?.message.contains("NULL") == true)
        #expect(error?.sql == sql)
    }

    @Test func statementsAreCachedBySQLTextAndEvictedOnFailure() throws {
        let insert = "INSERT INTO item (name) VALUES (?)"
        try connection.execute(insert, ["first"])
        #expect(connection.isStatementCached(sql: insert))
        let first = try connection.cachedStatement(sql: insert)
        try connection.execute(insert, ["second"])
        #expect(try connection.cachedStatement(sql: insert) === first)

        #expect(throws: SQLiteError.self) { try connection.execute(insert, ["first"]) }  // UNIQUE violation
        #expect(!connection.isStatementCached(sql: insert))

        try connection.execute(insert, ["third"])
        #expect(connection.isStatementCached(sql: insert))
        #expect(try connection.cachedStatement(sql: insert) !== first)
        #expect(try connection.fetchOne("SELECT count(*) FROM item") { try $0.int(0) } == 3)
    }

    @Test func wrongArgumentCountIsRejectedAndEvicted() throws {
        let insert = "INSERT INTO item (name, amount_cents) VALUES (?, ?)"
        let error = #expect(throws: SQLiteError.self) { try connection.execute(insert, ["only-one"]) }
        #expect(error?.code == 25)  // SQLITE_RANGE
        #expect(error?.sql == insert)
        #expect(!connection.isStatementCached(sql: insert))
    }

    @Test func constraintErrorCarriesCodesAndSQLButNotBoundValues() throws {
        let insert = "INSERT INTO item (name) VALUES (?)"
        try connection.execute(insert, ["secret-value-42"])
        let error = #expect(throws: SQLiteError.self) { try connection.execute(insert, ["secret-value-42"]) }
        #expect(error?.code == SQLiteError.constraint)
        #expect(error?.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error?.sql == insert)
        #expect(error?.message.contains("item.name") == true)
        #expect(error.map { "\($0)" }?.contains("secret-value-42") == false)
        #expect(error.map { "\($0)" }?.contains(insert) == true)
    }

    @Test func syntaxErrorCarriesCodeAndSQL() throws {
        let sql = "SELEC name FROM item"
        let error = #expect(throws: SQLiteError.self) { _ = try connection.fetchAll(sql) { try $0.text(0) } }
        #expect(error?.code == SQLiteError.error)
        #expect(error?.sql == sql)
        #expect(error?.message.contains("syntax error") == true)
        #expect(!connection.isStatementCached(sql: sql))
    }

    @Test func foreignKeysAreEnforced() throws {
        try connection.executeScript("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
            CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id)) STRICT;
            """)
        let error = #expect(throws: SQLiteError.self) { try connection.execute("INSERT INTO child VALUES (?)", [7]) }
        #expect(error?.extendedCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
    }

    @Test func transactionCommitsOnReturnAndRollsBackOnThrow() throws {
        struct Injected: Error {}
        try connection.transaction(.immediate) {
            try connection.execute("INSERT INTO item (name) VALUES (?)", ["kept"])
        }
        #expect(throws: Injected.self) {
            try connection.transaction(.immediate) {
                try connection.execute("INSERT INTO item (name) VALUES (?)", ["dropped"])
                throw Injected()
            }
        }
        #expect(!connection.isInTransaction)
        let names = try connection.fetchAll("SELECT name FROM item ORDER BY id") { try $0.text(0) }
        #expect(names == ["kept"])
    }

    @Test func nestedTransactionIsRefused() throws {
        let error = #expect(throws: SQLiteError.self) {
            try connection.transaction { try connection.transaction {} }
        }
        #expect(error?.code == SQLiteError.misuse)
        #expect(!connection.isInTransaction)
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        let reader = try SQLiteConnection(path: directory.path("c.sqlite"), mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) {
            try reader.execute("INSERT INTO item (name) VALUES (?)", ["x"])
        }
        #expect(error?.code == SQLiteError.readonly)
    }

    @Test func prepareRefusesMultipleStatements() throws {
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.prepare(sql: "SELECT 1; SELECT 2")
        }
        #expect(error?.code == SQLiteError.misuse)
    }

    @Test func openingAMissingDirectoryFailsWithCantOpen() throws {
        let error = #expect(throws: SQLiteError.self) {
            _ = try SQLiteConnection(path: directory.path("missing/dir/x.sqlite"), mode: .readWrite)
        }
        #expect(error?.code == 14)  // SQLITE_CANTOPEN
    }
}
