import Testing
@testable import JuesuanStorage

@Suite struct MigratorTests {
    struct Injected: Error {}

    static let one = Migration(version: 1, name: "a", sql: "CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT;")
    static let two = Migration(version: 2, name: "b", sql: "CREATE TABLE b (id INTEGER PRIMARY KEY) STRICT;")

    private func tables(_ connection: SQLiteConnection) throws -> [String] {
        try connection.fetchAll("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { try $0.text(0) }
    }

    @Test func migratesFromZeroToNewest() throws {
        let directory = try TemporaryDirectory()
        let connection = try SQLiteConnection(path: directory.path("m.sqlite"), mode: .readWrite)
        #expect(try Migrator.userVersion(connection) == 0)
        let applied = try Migrator([Self.one, Self.two]).migrate(connection)
        #expect(applied == [1, 2])
        #expect(try Migrator.userVersion(connection) == 2)
        #expect(try tables(connection) == ["a", "b"])
        #expect(try Migrator([Self.one, Self.two]).migrate(connection) == [])
    }

    @Test func appliesOnlyPendingMigrations() throws {
        let directory = try TemporaryDirectory()
        let connection = try SQLiteConnection(path: directory.path("m.sqlite"), mode: .readWrite)
        #expect(try Migrator([Self.one]).migrate(connection) == [1])
        #expect(try Migrator([Self.one, Self.two]).migrate(connection) == [2])
        #expect(try Migrator.userVersion(connection) == 2)
    }

    @Test func failingMigrationLeavesPreviousVersionIntact() throws {
        let directory = try TemporaryDirectory()
        let connection = try SQLiteConnection(path: directory.path("m.sqlite"), mode: .readWrite)
        let failing = Migration(version: 2, name: "half") { connection in
            try connection.executeScript("CREATE TABLE half (id INTEGER) STRICT;")
            throw Injected()
        }
        #expect(throws: Injected.self) { try Migrator([Self.one, failing]).migrate(connection) }
        #expect(try Migrator.userVersion(connection) == 1)
        #expect(try tables(connection) == ["a"])
        #expect(!connection.isInTransaction)
    }

    @Test func databaseNewerThanThisBuildIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("m.sqlite")
        let connection = try SQLiteConnection(path: path, mode: .readWrite)
        try connection.executeScript("PRAGMA user_version = 9;")
        let error = #expect(throws: StorageError.self) {
            _ = try Database(path: path, migrator: Migrator([Self.one]))
        }
        #expect(error == .unknownSchemaVersion(found: 9, newestKnown: 1))
    }

    @Test func storeSchemaMigratesFromZeroAndPassesChecks() throws {
        let directory = try TemporaryDirectory()
        let database = try Database.make(in: directory, migrator: StoreSchema.migrator)
        #expect(try database.schemaVersion() == StoreSchema.migrator.newestVersion)
        #expect(try database.integrityCheck() == ["ok"])
        #expect(try database.foreignKeyViolationCount() == 0)
        let tables = try database.read { try $0.fetchAll(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { try $0.text(0) } }
        for expected in ["department", "disclosure", "revision", "store_state", "table_state", "table_cell",
                         "scorecard", "scorecard_fund", "scorecard_indicator", "budget_line"] {
            #expect(tables.contains(expected), "missing table \(expected)")
        }
    }
}
