import Foundation
@testable import JuesuanStorage

/// A fresh directory under the system temporary directory for one test's database files; removed on deinit.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("juesuan-storage-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Path of a file inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

extension Migrator {
    /// A one-table schema for wrapper tests.
    static func makeTest() -> Migrator {
        Migrator([
            Migration(version: 1, name: "item", sql: """
                CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, amount_cents INTEGER, data BLOB) STRICT;
                """),
        ])
    }
}

extension Database {
    /// A database in `directory` with the test schema (or `migrator`) and `readerCount` readers.
    static func make(in directory: TemporaryDirectory, name: String = "test.sqlite", readerCount: Int = 2,
                     migrator: Migrator = .makeTest()) throws -> Database {
        var configuration = DatabaseConfiguration()
        configuration.readerCount = readerCount
        return try Database(path: directory.path(name), configuration: configuration, migrator: migrator)
    }
}
