import Foundation
import JuesuanDomain
import Testing
@testable import JuesuanStorage

/// The real seed disclosure (Sources/juesuan/Resources/seed) through the store: import, export byte for byte,
/// decode, and every table cell present in the normalized table with its exact cents.
@Suite struct SeedRoundTripTests {
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/juesuan/Resources/seed/shifeng-sifaju-2020.json")

    @Test func seedImportsExportsAndNormalizesEveryCell() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.seedURL))
        let model = try Disclosure(jsonBytes: bytes)
        let directory = try TemporaryDirectory()
        let store = try DisclosureStore.open(path: directory.path("seed.sqlite"))
        let result = try store.importDisclosure(jsonBytes: bytes, importedBy: "seed")
        #expect(result.change == .created)

        let exported = try store.export(department: model.department.id, year: model.fiscalYear)
        #expect(exported == model.canonicalJSON())
        #expect(exported == (try Disclosure.canonicalize(bytes)))
        #expect(try store.disclosure(department: model.department.id, year: model.fiscalYear) == model)

        // Every non-blank cell of every table is stored with its exact amount, and no other non-blank cell is.
        var expected: [String: Int64] = [:]
        for table in model.tables {
            for (order, row) in table.rows.enumerated() {
                for (key, money) in row.values { expected["\(table.kind.id)|\(order)|\(key)"] = money.cents }
            }
        }
        var stored: [String: Int64] = [:]
        try store.database.read { connection in
            try connection.forEachRow("SELECT table_kind, row_order, column_key, amount_cents FROM table_cell WHERE amount_cents IS NOT NULL") { row in
                stored["\(try row.text(0))|\(try row.int(1))|\(try row.text(2))"] = try row.int64(3)
            }
        }
        #expect(!expected.isEmpty)
        #expect(stored == expected)

        let indicatorCount = model.scorecards.reduce(0) { $0 + $1.indicators.count }
        #expect(try store.database.read { try $0.fetchOne("SELECT count(*) FROM scorecard_indicator") { try $0.int(0) } } == indicatorCount)
        #expect(try store.database.integrityCheck() == ["ok"])

        // Importing the seed again is unchanged.
        #expect(try store.importDisclosure(jsonBytes: bytes, importedBy: "seed").change == .unchanged)
    }
}
