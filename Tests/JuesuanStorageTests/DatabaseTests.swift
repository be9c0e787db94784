import Dispatch
import Foundation
import Testing
@testable import JuesuanStorage

@Suite struct DatabaseTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private static func count(_ database: Database) throws -> Int {
        try database.read { try $0.fetchOne("SELECT count(*) FROM item") { try $0.int(0) } ?? -1 }
    }

    @Test func readersSeeCommittedWritesAndReadersAreReadOnly() throws {
        let database = try Database.make(in: directory)
        try database.write { try $0.execute("INSERT INTO item (name) VALUES (?)", ["a"]) }
        #expect(try Self.count(database) == 1)
        let error = #expect(throws: SQLiteError.self) {
            try database.read { try $0.execute("INSERT INTO item (name) VALUES (?)", ["b"]) }
        }
        #expect(error?.code == SQLiteError.readonly)
    }

    @Test func writeRollsBackEverythingWhenItThrows() throws {
        struct Injected: Error {}
        let database = try Database.make(in: directory)
        #expect(throws: Injected.self) {
            try database.write { connection in
                for index in 0..<10 { try connection.execute("INSERT INTO item (name) VALUES (?)", [.text("n\(index)")]) }
                throw Injected()
            }
        }
        #expect(try Self.count(database) == 0)
        try database.write { try $0.execute("INSERT INTO item (name) VALUES (?)", ["after"]) }
        #expect(try Self.count(database) == 1)
    }

    @Test func reentrantWriteAndReadAreRefusedInsteadOfDeadlocking() throws {
        let database = try Database.make(in: directory)
        let writeError = #expect(throws: StorageError.self) {
            try database.write { _ in try database.write { _ in } }
        }
        #expect(writeError == .reentrantAccess("write called inside write"))
        let readError = #expect(throws: StorageError.self) {
            try database.read { _ in try database.read { _ in } }
        }
        #expect(readError == .reentrantAccess("read called inside read"))
        // Reading the committed state from inside a write uses another connection and is allowed.
        try database.write { connection in
            try connection.execute("INSERT INTO item (name) VALUES (?)", ["uncommitted"])
            #expect(try Self.count(database) == 0)
        }
        #expect(try Self.count(database) == 1)
    }

    @Test func readersKeepTheirSnapshotWhileAWriteIsOpen() throws {
        let database = try Database.make(in: directory, readerCount: 4)
        try database.write { try $0.execute("INSERT INTO item (name) VALUES (?)", ["committed"]) }
        let writeStarted = DispatchSemaphore(value: 0)
        let releaseWrite = DispatchSemaphore(value: 0)
        let writeDone = DispatchGroup()
        let writeResult = Locked<(any Error)?>(nil)
        writeDone.enter()
        DispatchQueue.global().async {
            do {
                try database.write { connection in
                    try connection.execute("INSERT INTO item (name) VALUES (?)", ["pending"])
                    writeStarted.signal()
                    releaseWrite.wait()
                }
            } catch {
                writeResult.withLock { $0 = error }
            }
            writeDone.leave()
        }
        writeStarted.wait()
        let seen = Locked<[Int]>([])
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<50 {
                do {
                    let value = try Self.count(database)
                    seen.withLock { $0.append(value) }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        releaseWrite.signal()
        writeDone.wait()
        #expect(failures.withLock { $0 } == [])
        #expect(seen.withLock { $0.count } == 400)
        #expect(seen.withLock { Set($0) } == [1])
        #expect(writeResult.withLock { $0 } == nil)
        #expect(try Self.count(database) == 2)
    }

    @Test func concurrentReadersDuringAWriteLoopNeverSeeBusyOrGoBackwards() throws {
        let database = try Database.make(in: directory, readerCount: 3)
        let writes = 200
        let writerDone = DispatchGroup()
        let writerErrors = Locked<[String]>([])
        writerDone.enter()
        DispatchQueue.global().async {
            for index in 0..<writes {
                do {
                    try database.write { try $0.execute("INSERT INTO item (name) VALUES (?)", [.text("w\(index)")]) }
                } catch {
                    writerErrors.withLock { $0.append("\(error)") }
                }
            }
            writerDone.leave()
        }
        let readerErrors = Locked<[String]>([])
        let wentBackwards = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            var last = 0
            for _ in 0..<150 {
                do {
                    let value = try Self.count(database)
                    if value < last { wentBackwards.withLock { $0 += 1 } }
                    last = value
                } catch {
                    readerErrors.withLock { $0.append("\(error)") }
                }
            }
        }
        writerDone.wait()
        #expect(writerErrors.withLock { $0 } == [])
        #expect(readerErrors.withLock { $0 } == [])
        #expect(wentBackwards.withLock { $0 } == 0)
        #expect(try Self.count(database) == writes)
    }

    @Test func twoDatabaseHandlesOnOneFileSerializeWritesThroughTheBusyTimeout() throws {
        // Another process (the import command) may write while the server runs: BEGIN IMMEDIATE waits.
        let first = try Database.make(in: directory, name: "shared.sqlite")
        let second = try Database.make(in: directory, name: "shared.sqlite")
        let errors = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            let database = which == 0 ? first : second
            for index in 0..<100 {
                do {
                    try database.write { try $0.execute("INSERT INTO item (name) VALUES (?)", [.text("\(which)-\(index)")]) }
                } catch {
                    errors.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(errors.withLock { $0 } == [])
        #expect(try Self.count(first) == 200)
        #expect(try Self.count(second) == 200)
    }

    @Test func pingIntegrityAndForeignKeyChecks() throws {
        let database = try Database.make(in: directory)
        try database.ping()
        try database.write { try $0.execute("INSERT INTO item (name, amount_cents) VALUES (?, ?)", ["x", 62252]) }
        #expect(try database.integrityCheck() == ["ok"])
        #expect(try database.quickCheck() == ["ok"])
        #expect(try database.foreignKeyViolationCount() == 0)
        #expect(try database.schemaVersion() == 1)
    }

    @Test func backupWritesAConsistentCopy() throws {
        let database = try Database.make(in: directory)
        try database.write { connection in
            for index in 0..<20 { try connection.execute("INSERT INTO item (name) VALUES (?)", [.text("r\(index)")]) }
        }
        let copyPath = directory.path("backup.sqlite")
        try database.backup(to: copyPath)
        #expect(!FileManager.default.fileExists(atPath: copyPath + "-wal"))
        let copy = try Database(path: copyPath, migrator: .makeTest())
        #expect(try copy.integrityCheck() == ["ok"])
        #expect(try Self.count(copy) == 20)
        #expect(throws: SQLiteError.self) { try database.backup(to: copyPath) }
    }
}
