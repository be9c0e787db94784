import Foundation
import JuesuanStorage
import Logging
import Testing
@testable import JuesuanApp

/// The embedded sample disclosure is imported into an empty store only.
@Suite struct SampleDataLoaderTests {
    static func seedDocument() throws -> SampleDataLoader.Document {
        SampleDataLoader.Document(name: "shifeng-sifaju-2020.json", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: SeededStore.seedPath))))
    }

    static func emptyStore() throws -> (DisclosureStore, String) {
        let directory = NSTemporaryDirectory() + "juesuan-sample-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return (try DisclosureStore.open(path: directory + "/db.sqlite"), directory)
    }

    @Test func loadsTheSeedIntoAnEmptyStoreOnce() throws {
        let (store, directory) = try Self.emptyStore()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loader = SampleDataLoader(documents: [try Self.seedDocument()])

        #expect(try loader.loadIfEmpty(into: store, logger: Logger(label: "test")) == 1)
        let disclosure = try #require(try store.disclosure(department: "shifeng-sifaju", year: 2020))
        #expect(disclosure.department.name == "株洲市石峰区司法局")
        #expect(try store.revisions(department: "shifeng-sifaju", year: 2020).count == 1)

        // A second start finds data and imports nothing (no new revision).
        #expect(try loader.loadIfEmpty(into: store, logger: Logger(label: "test")) == 0)
        #expect(try store.revisions(department: "shifeng-sifaju", year: 2020).count == 1)
    }

    @Test func leavesAStoreWithImportedDataAlone() throws {
        let (store, directory) = try Self.emptyStore()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var other = try SeededStore.seedDisclosure()
        other.fiscalYear = 2021
        _ = try store.importDisclosure(other, importedBy: "test")

        let loader = SampleDataLoader(documents: [try Self.seedDocument()])
        #expect(try loader.loadIfEmpty(into: store, logger: Logger(label: "test")) == 0)
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == nil)
    }

    @Test func aDamagedDocumentFailsAndWritesNothing() throws {
        let (store, directory) = try Self.emptyStore()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loader = SampleDataLoader(documents: [SampleDataLoader.Document(name: "broken.json", bytes: Array(#"{"format":"juesuan.disclosure/1""#.utf8))])
        #expect(throws: (any Error).self) { try loader.loadIfEmpty(into: store, logger: Logger(label: "test")) }
        #expect(try store.isEmpty())
    }
}
