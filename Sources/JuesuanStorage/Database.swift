import Dispatch
import Foundation

/// A SQLite database opened as a small pool, in the manner of GRDB's `DatabasePool`: one read-write connection
/// on its own serial queue for every write, and `readerCount` read-only connections, each on its own serial
/// queue, for concurrent reads. The database runs in WAL mode, so reads never wait for the writer and see the
/// last committed state. `read` and `write` are synchronous: they block the calling thread until done.
/// Migrations run once, on the writer, before any reader opens.
public final class Database: Sendable {
    /// Path of the database file.
    public let path: String
    /// The configuration the connections were opened with.
    public let configuration: DatabaseConfiguration
    private let writer: SerializedConnection
    private let readers: [SerializedConnection]
    private let freeReaders: Locked<[Int]>
    private let readerSlots: DispatchSemaphore
    private let writerKey = DispatchSpecificKey<Bool>()
    private let readerKey = DispatchSpecificKey<Bool>()

    /// Opens (creating if needed) the database at `path`, applies `migrator`'s pending migrations, then opens
    /// the readers. Throws `SQLiteError` or `StorageError.unknownSchemaVersion`.
    public init(path: String, configuration: DatabaseConfiguration = DatabaseConfiguration(), migrator: Migrator) throws {
        self.path = path
        self.configuration = configuration
        let name = URL(fileURLWithPath: path).lastPathComponent
        writer = try SerializedConnection(label: "juesuan.sqlite.writer.\(name)", key: writerKey) {
            try SQLiteConnection(path: path, mode: .readWrite, configuration: configuration)
        }
        _ = try writer.sync { try migrator.migrate($0) }
        var readers: [SerializedConnection] = []
        for index in 0..<max(1, configuration.readerCount) {
            readers.append(try SerializedConnection(label: "juesuan.sqlite.reader\(index).\(name)", key: readerKey) {
                try SQLiteConnection(path: path, mode: .readOnly, configuration: configuration)
            })
        }
        self.readers = readers
        freeReaders = Locked(Array(readers.indices))
        readerSlots = DispatchSemaphore(value: readers.count)
    }

    /// Runs `body` on a free reader inside one read transaction (a consistent snapshot of the last commit) and
    /// returns its result. Blocks while all readers are busy. Must not be called from inside another `read`.
    @discardableResult
    public func read<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try readWithoutTransaction { connection in
            try connection.transaction(.deferred) { try body(connection) }
        }
    }

    /// Runs `body` on a free reader with no transaction opened for it.
    func readWithoutTransaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        guard DispatchQueue.getSpecific(key: readerKey) == nil else {
            throw StorageError.reentrantAccess("read called inside read")
        }
        readerSlots.wait()
        let index = freeReaders.withLock { $0.removeLast() }
        defer {
            freeReaders.withLock { $0.append(index) }
            readerSlots.signal()
        }
        return try readers[index].sync(body)
    }

    /// Runs `body` on the writer inside one `BEGIN IMMEDIATE` transaction, committing when it returns and
    /// rolling back when it throws: its writes land whole or not at all. Writes are serialized. Must not be
    /// called from inside another `write`.
    @discardableResult
    public func write<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try writeWithoutTransaction { connection in
            try connection.transaction(.immediate) { try body(connection) }
        }
    }

    /// Runs `body` on the writer with no transaction opened for it (for `VACUUM`, checkpoints, or statements
    /// that manage their own transaction).
    @discardableResult
    public func writeWithoutTransaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        guard DispatchQueue.getSpecific(key: writerKey) == nil else {
            throw StorageError.reentrantAccess("write called inside write")
        }
        return try writer.sync(body)
    }

    /// Readiness probe: runs `SELECT 1` on a reader. Throws if the database cannot be read.
    public func ping() throws {
        let one = try read { try $0.fetchOne("SELECT 1") { try $0.int64(0) } }
        guard one == 1 else {
            throw SQLiteError(extendedCode: SQLiteError.error, message: "ping returned \(String(describing: one))",
                              sql: "SELECT 1")
        }
    }

    /// `PRAGMA integrity_check` run on a reader: `["ok"]` for a sound database, otherwise the problems found.
    public func integrityCheck() throws -> [String] {
        try read { try $0.fetchAll("PRAGMA integrity_check") { try $0.text(0) } }
    }

    /// `PRAGMA quick_check`: a faster check that skips index-content verification; `["ok"]` when sound.
    public func quickCheck() throws -> [String] {
        try read { try $0.fetchAll("PRAGMA quick_check") { try $0.text(0) } }
    }

    /// Number of rows `PRAGMA foreign_key_check` reports (0 for a consistent database).
    public func foreignKeyViolationCount() throws -> Int {
        try read { try $0.fetchAll("PRAGMA foreign_key_check") { _ in 1 }.count }
    }

    /// The schema version (`PRAGMA user_version`) of the open database.
    public func schemaVersion() throws -> Int {
        try read { try $0.fetchOne("PRAGMA user_version") { try $0.int(0) } ?? 0 }
    }

    /// Writes a consistent, self-contained copy of the database to `destination` with `VACUUM INTO`. It runs on
    /// a dedicated short-lived connection as one read transaction, so neither readers nor the writer wait for
    /// it. Fails if `destination` exists.
    public func backup(to destination: String) throws {
        // Read-only connections may not run VACUUM INTO, and running it on the writer would hold up imports.
        let connection = try SQLiteConnection(path: path, mode: .readWrite, configuration: configuration)
        try connection.execute("VACUUM INTO ?", [.text(destination)])
    }
}
