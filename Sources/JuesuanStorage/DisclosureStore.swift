public import Foundation

/// The disclosure store (决算公开数据存储): imports canonical disclosure documents into SQLite as revisions,
/// exports them back byte for byte, decodes the current (or any earlier) revision into the domain model, lists
/// departments and disclosures, and answers cross-department queries from normalized tables.
///
/// Each import is one write transaction; reads run on the database's reader connections and never wait for an
/// import. Decoded documents are cached in memory per (department, year, revision). Amounts in query results are
/// in the disclosure's own unit (万元 or 元) as exact cents.
public final class DisclosureStore: Sendable {
    /// The underlying database.
    public let database: Database
    let cache: Locked<DocumentCache>
    let clock: @Sendable () -> Date

    /// A store over an opened database whose schema is `StoreSchema.migrator`'s. `clock` gives import times
    /// (tests inject a fixed one); `cacheCapacity` is the number of decoded revisions kept in memory.
    public init(database: Database, cacheCapacity: Int = 128, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.cache = Locked(DocumentCache(capacity: cacheCapacity))
        self.clock = clock
    }

    /// Opens (creating and migrating if needed) the database at `path` and returns a store over it.
    public static func open(path: String, configuration: DatabaseConfiguration = DatabaseConfiguration(),
                            cacheCapacity: Int = 128) throws -> DisclosureStore {
        DisclosureStore(database: try Database(path: path, configuration: configuration, migrator: StoreSchema.migrator),
                        cacheCapacity: cacheCapacity)
    }

    /// A counter that increases on every import that changes stored content (never on an unchanged import). It
    /// is persistent and shared by every process using the file, so it can be used for ETags and cache keys.
    public func dataVersion() throws -> Int64 {
        try database.read { try Self.dataVersion($0) }
    }

    static func dataVersion(_ connection: SQLiteConnection) throws -> Int64 {
        guard let version = try connection.fetchOne("SELECT data_version FROM store_state WHERE id = 1", [], { try $0.int64(0) }) else {
            throw StorageError.corruptStoredData("store_state row is missing")
        }
        return version
    }

    /// True when no disclosure is stored (the server then loads its embedded seed).
    public func isEmpty() throws -> Bool {
        try database.read { try $0.fetchOne("SELECT EXISTS (SELECT 1 FROM disclosure)") { try $0.bool(0) } } != true
    }

    /// Number of decoded revisions currently cached (for tests and metrics).
    public var cachedDocumentCount: Int { cache.withLock { $0.count } }

    /// Region segments joined for storage and prefix queries.
    static func regionPath(_ region: [String]) -> String { region.joined(separator: "/") }

    static func region(fromPath path: String) -> [String] {
        path.isEmpty ? [] : path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
