import Foundation
import Testing
import JuesuanDomain
@testable import JuesuanApp

@Suite struct ZZProfileTmp {
    static func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e6 + Double(ts.tv_nsec) / 1e3
    }
    @Test func split() throws {
        let d = try SeededStore.seedDisclosure()
        let table = d.table(.generalBudgetBasicExpenditure)!
        let cat = ClassificationCatalog.forYear(2020)
        let n = 2000
        var t0 = Self.cpu()
        for _ in 0..<n { _ = cat!.resolveRows(of: table) }
        var t1 = Self.cpu()
        print("resolve rows: \((t1 - t0) / Double(n)) µs")
        t0 = Self.cpu()
        var a: TableAnalysis? = nil
        for _ in 0..<n { a = TableAnalysis(table: table, catalog: cat) }
        t1 = Self.cpu()
        print("analysis: \((t1 - t0) / Double(n)) µs")
        t0 = Self.cpu()
        var j: JSONValue = .null
        for _ in 0..<n { j = a!.jsonValue() }
        t1 = Self.cpu()
        print("jsonValue: \((t1 - t0) / Double(n)) µs")
        t0 = Self.cpu()
        for _ in 0..<n { _ = JSONWriter(style: .compact).write(j) }
        t1 = Self.cpu()
        print("write: \((t1 - t0) / Double(n)) µs")
        let seeded = try SeededStore()
        t0 = Self.cpu()
        for _ in 0..<n { _ = try seeded.store.disclosure(department: "shifeng-sifaju", year: 2020) }
        t1 = Self.cpu()
        print("store lookup: \((t1 - t0) / Double(n)) µs")
    }
}
