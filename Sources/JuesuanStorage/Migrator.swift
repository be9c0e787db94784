/// One schema change: applied once, in version order, inside its own write transaction together with the bump of
/// `PRAGMA user_version` to `version`. Versions start at 1 and increase by 1.
public struct Migration: Sendable {
    /// The `user_version` the database has after this migration.
    public let version: Int
    /// A short name for logs and errors.
    public let name: String
    /// The change, run on the writer inside the migration's transaction.
    public let apply: @Sendable (SQLiteConnection) throws -> Void

    /// A migration running arbitrary code.
    public init(version: Int, name: String, apply: @escaping @Sendable (SQLiteConnection) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration running a trusted SQL script (DDL only, no input).
    public init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name) { try $0.executeScript(sql) }
    }
}

/// Brings a database's schema to the newest version: reads `PRAGMA user_version`, then applies each newer
/// migration in its own `BEGIN IMMEDIATE` transaction, setting `user_version` in the same transaction so a crash
/// leaves the schema at a whole version. A database newer than the newest migration is refused.
public struct Migrator: Sendable {
    /// The migrations, sorted by version.
    public let migrations: [Migration]

    /// Creates a migrator; versions must be 1, 2, 3, … in order.
    public init(_ migrations: [Migration]) {
        precondition(migrations.enumerated().allSatisfy { $0.element.version == $0.offset + 1 },
                     "migration versions must be 1, 2, 3, … in order")
        self.migrations = migrations
    }

    /// The version the newest migration produces (0 for none).
    public var newestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies pending migrations on `connection` and returns the versions applied.
    @discardableResult
    public func migrate(_ connection: SQLiteConnection) throws -> [Int] {
        let current = try Self.userVersion(connection)
        guard current <= newestVersion else {
            throw StorageError.unknownSchemaVersion(found: current, newestKnown: newestVersion)
        }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            try connection.transaction(.immediate) {
                // Another process may have migrated between our read and our write lock: re-check under it.
                guard try Self.userVersion(connection) < migration.version else { return }
                try migration.apply(connection)
                try connection.executeScript("PRAGMA user_version = \(migration.version);")
                applied.append(migration.version)
            }
        }
        return applied
    }

    /// The `PRAGMA user_version` of a connection's database.
    public static func userVersion(_ connection: SQLiteConnection) throws -> Int {
        try connection.fetchOne("PRAGMA user_version") { try $0.int(0) } ?? 0
    }
}
