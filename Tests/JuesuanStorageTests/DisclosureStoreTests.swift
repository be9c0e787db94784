import Dispatch
import Foundation
import JuesuanDomain
import Testing
@testable import JuesuanStorage

@Suite struct DisclosureStoreTests {
    let directory: TemporaryDirectory
    let store: DisclosureStore
    static let fixedNow = Date(timeIntervalSince1970: 1_700_000_000.123)

    init() throws {
        directory = try TemporaryDirectory()
        var configuration = DatabaseConfiguration()
        configuration.readerCount = 3
        let database = try Database(path: directory.path("store.sqlite"), configuration: configuration,
                                    migrator: StoreSchema.migrator)
        store = DisclosureStore(database: database, clock: { DisclosureStoreTests.fixedNow })
    }

    private func count(_ table: String) throws -> Int {
        try store.database.read { try $0.fetchOne("SELECT count(*) FROM \(table)") { try $0.int(0) } ?? -1 }
    }

    private func normalizedCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["department", "disclosure", "revision", "table_state", "table_cell", "budget_line", "scorecard",
                      "scorecard_fund", "scorecard_indicator"] {
            counts[table] = try count(table)
        }
        return counts
    }

    // MARK: Import and export

    @Test func freshStoreIsEmptyAtDataVersionZero() throws {
        #expect(try store.isEmpty())
        #expect(try store.dataVersion() == 0)
        #expect(try store.departments() == Page(items: [], total: 0, limit: 50, offset: 0))
        #expect(try store.disclosures() == [])
        #expect(try store.fiscalYears() == [])
        #expect(try store.database.schemaVersion() == StoreSchema.migrator.newestVersion)
    }

    @Test func anImportThroughASecondHandleIsSeenByTheFirst() throws {
        // The `juesuan import` command writes while the server holds the file open.
        let other = try DisclosureStore.open(path: directory.path("store.sqlite"))
        try other.importDisclosure(Disclosure.make(), importedBy: "cli")
        #expect(try store.dataVersion() == 1)
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == Disclosure.make())
        try store.importDisclosure(Disclosure.make(bump: 5), importedBy: "server")
        #expect(try other.revisions(department: "shifeng-sifaju", year: 2020).map(\.importedBy) == ["cli", "server"])
    }

    @Test func firstImportCreatesRevisionOneAndExportIsCanonicalByteForByte() throws {
        let model = Disclosure.make()
        let compact = model.canonicalJSON(style: .compact)  // a non-canonical layout of the same document
        let result = try store.importDisclosure(jsonBytes: compact, importedBy: "tester")
        #expect(result.change == .created)
        #expect(result.departmentID == "shifeng-sifaju")
        #expect(result.fiscalYear == 2020)
        #expect(result.revision.number == 1)
        #expect(result.revision.importedBy == "tester")
        #expect(result.revision.importedAt.timeIntervalSince1970 == 1_700_000_000.123)
        #expect(result.dataVersion == 1)

        let exported = try store.export(department: "shifeng-sifaju", year: 2020)
        #expect(exported == (try Disclosure.canonicalize(compact)))
        #expect(exported == model.canonicalJSON())
        #expect(exported.last == 0x0A)
        #expect(result.revision.contentSHA256 == SHA256.hexDigest(exported))
        #expect(result.revision.byteCount == exported.count)
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == model)
        #expect(try store.isEmpty() == false)
        #expect(try store.dataVersion() == 1)
    }

    @Test func normalizedTablesHoldEveryCellInCents() throws {
        try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        let cells = try store.database.read { connection in
            try connection.fetchAll("""
                SELECT table_kind, row_order, side, line, code, name, column_key, amount_cents FROM table_cell
                WHERE table_kind = 'income' ORDER BY row_order, column_key
                """) { row in
                "\(try row.int(1))|\(try row.optionalText(4) ?? "-")|\(try row.optionalText(5) ?? "-")|\(try row.text(6))|\(try row.optionalInt64(7).map(String.init) ?? "NULL")"
            }
        }
        // Seven columns per income row; the blank ones are NULL.
        #expect(cells.count == 14)
        #expect(cells.contains("1|2040601|行政运行|total|41264"))
        #expect(cells.contains("1|2040601|行政运行|other|NULL"))
        #expect(cells.contains("0|-|合计|appropriation|62252"))
        let twoSided = try store.database.read { connection in
            try connection.fetchAll("""
                SELECT side, line, amount_cents FROM table_cell WHERE table_kind = 'income_expenditure_summary' ORDER BY row_order
                """) { "\(try row0($0))" }
        }
        #expect(twoSided == ["income|1|62252", "expenditure|32|188"])
        let states = try store.database.read { connection in
            try connection.fetchAll("SELECT kind, state, empty_reason, row_count FROM table_state ORDER BY position") { row in
                "\(try row.text(0))|\(try row.text(1))|\(try row.optionalText(2) ?? "-")|\(try row.int(3))"
            }
        }
        #expect(states == ["income_expenditure_summary|data|-|2", "income|data|-|2",
                           "government_fund|empty|本部门2020年度没有政府性基金预算财政拨款收入、支出和结余。|0"])
        let indicators = try store.database.read { connection in
            try connection.fetchAll("SELECT name, weight, published_score FROM scorecard_indicator ORDER BY position") { row in
                "\(try row.text(0))|\(try row.text(1))|\(try row.text(2))"
            }
        }
        #expect(indicators == ["矛盾纠纷调解(≥,件)|2|2", "群众满意度|2.5|2.5"])
        let parsed = try store.database.read { connection in
            try connection.fetchAll("""
                SELECT target_kind, target_direction, target_value, target_unit, actual_kind, actual_value
                FROM scorecard_indicator ORDER BY position
                """) { row in
                (0..<6).map { (try? row.optionalText($0)).flatMap { $0 } ?? "-" }.joined(separator: "|")
            }
        }
        // 400 with the name hint (≥,件); ≥95% stated in the text; actual 460 件 and 98 %.
        #expect(parsed == ["quantitative|≥|400|件|quantitative|460", "quantitative|≥|95|%|quantitative|98"])
        let funds = try store.database.read { connection in
            try connection.fetchOne("SELECT initial_budget_cents, executed_cents FROM scorecard_fund WHERE source = 'total'") {
                [try $0.int64(0), try $0.int64(1)]
            }
        }
        #expect(funds == [20_988, 20_988])
        let budget = try store.database.read { connection in
            try connection.fetchOne("SELECT code, initial_budget_cents, final_amount_cents, stated_execution_percent FROM budget_line") {
                "\(try $0.text(0))|\(try $0.int64(1))|\(try $0.int64(2))|\(try $0.text(3))"
            }
        }
        #expect(budget == "2040601|37931|41264|108.79")
    }

    private func row0(_ row: SQLiteRow) throws -> String {
        "\(try row.text(0))|\(try row.int(1))|\(try row.int64(2))"
    }

    @Test func unchangedReimportWritesNothing() throws {
        let model = Disclosure.make()
        let first = try store.importDisclosure(model, importedBy: "first")
        let countsBefore = try normalizedCounts()
        // Same content, different layout and importer: still unchanged.
        let again = try store.importDisclosure(jsonBytes: model.canonicalJSON(style: .compact), importedBy: "second")
        #expect(again.change == .unchanged)
        #expect(!again.changedContent)
        #expect(again.revision == first.revision)
        #expect(again.revision.importedBy == "first")
        #expect(again.dataVersion == 1)
        #expect(try store.dataVersion() == 1)
        #expect(try normalizedCounts() == countsBefore)
        #expect(try store.revisions(department: "shifeng-sifaju", year: 2020).count == 1)
    }

    @Test func changedReimportAddsRevisionAndKeepsThePreviousReadable() throws {
        let old = Disclosure.make()
        let new = Disclosure.make(bump: 100)
        try store.importDisclosure(old, importedBy: "alice")
        let cellsAfterFirst = try count("table_cell")
        let result = try store.importDisclosure(new, importedBy: "bob")
        #expect(result.change == .replaced(previousRevision: 1))
        #expect(result.revision.number == 2)
        #expect(result.dataVersion == 2)

        let revisions = try store.revisions(department: "shifeng-sifaju", year: 2020)
        #expect(revisions.map(\.number) == [1, 2])
        #expect(revisions.map(\.importedBy) == ["alice", "bob"])
        #expect(revisions.map(\.isCurrent) == [false, true])
        #expect(revisions[0].contentSHA256 == SHA256.hexDigest(old.canonicalJSON()))
        #expect(revisions[1].contentSHA256 == SHA256.hexDigest(new.canonicalJSON()))

        #expect(try store.export(department: "shifeng-sifaju", year: 2020) == new.canonicalJSON())
        #expect(try store.export(department: "shifeng-sifaju", year: 2020, revision: 1) == old.canonicalJSON())
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == new)
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020, revision: 1) == old)

        // The normalized rows were replaced, not appended.
        #expect(try count("table_cell") == cellsAfterFirst)
        let administration = try store.cells(year: 2020, tableKind: "income", columnKey: "total", code: "2040601")
        #expect(administration.map(\.amount) == [Money(cents: 41_364)])

        // Re-importing the old content is a change again (it is not the current revision).
        let back = try store.importDisclosure(old, importedBy: "carol")
        #expect(back.change == .replaced(previousRevision: 2))
        #expect(back.revision.number == 3)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func invalidDocumentIsRejectedWithPathsAndNothingIsWritten() throws {
        let malformed = Array(#"{"format": "juesuan.disclosure/1", "fiscal_year": 2020,"#.utf8)
        let parseError = #expect(throws: DisclosureDecodingError.self) {
            try store.importDisclosure(jsonBytes: malformed, importedBy: "tester")
        }
        #expect(parseError?.errors.first?.line == 1)

        var json = Disclosure.make().jsonValue()
        guard case .object(var object) = json else { Issue.record("document is not an object"); return }
        object["fiscal_year"] = .string("2020")
        json = .object(object)
        let text = JSONWriter(style: .compact).write(json)
        let error = #expect(throws: DisclosureDecodingError.self) {
            try store.importDisclosure(jsonBytes: text, importedBy: "tester")
        }
        #expect(error?.errors.contains { $0.path == "$.fiscal_year" } == true)
        #expect(try store.isEmpty())
        #expect(try store.dataVersion() == 0)
        #expect(try normalizedCounts().values.allSatisfy { $0 == 0 })
    }

    @Test func regionSegmentWithSlashIsRejected() throws {
        let error = #expect(throws: DisclosureDecodingError.self) {
            try store.importDisclosure(Disclosure.make(region: ["湖南省", "株洲/市"]), importedBy: "tester")
        }
        #expect(error?.errors.map(\.path) == ["$.department.region[1]"])
        #expect(try store.isEmpty())
    }

    // MARK: Atomicity

    /// Makes the N-th cell insert fail inside the import transaction, as a crash or disk error mid-import would.
    private func injectFailure(atCellRow rowOrder: Int) throws {
        try store.database.write { connection in
            try connection.executeScript("""
                CREATE TEMP TRIGGER fail_mid_import BEFORE INSERT ON main.table_cell
                WHEN NEW.table_kind = 'income' AND NEW.row_order = \(rowOrder)
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """)
        }
    }

    private func removeInjectedFailure() throws {
        try store.database.write { try $0.executeScript("DROP TRIGGER temp.fail_mid_import;") }
    }

    @Test func failedFirstImportLeavesNothing() throws {
        try injectFailure(atCellRow: 1)
        let error = #expect(throws: SQLiteError.self) {
            try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        }
        #expect(error?.message == "injected failure")
        #expect(error?.sql?.hasPrefix("INSERT INTO table_cell") == true)
        #expect(try normalizedCounts().values.allSatisfy { $0 == 0 })
        #expect(try store.isEmpty())
        #expect(try store.dataVersion() == 0)
        #expect(throws: StorageError.disclosureNotFound(departmentID: "shifeng-sifaju", fiscalYear: 2020)) {
            try store.export(department: "shifeng-sifaju", year: 2020)
        }
        try removeInjectedFailure()
        let retry = try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        #expect(retry.change == .created)
        #expect(retry.revision.number == 1)
    }

    @Test func failedReimportLeavesThePreviousRevisionWhole() throws {
        let old = Disclosure.make()
        try store.importDisclosure(old, importedBy: "alice")
        let countsBefore = try normalizedCounts()
        let cellsBefore = try store.cells(year: 2020, tableKind: "income", columnKey: "total")
        try injectFailure(atCellRow: 1)
        #expect(throws: SQLiteError.self) {
            try store.importDisclosure(Disclosure.make(name: "改名后的司法局", bump: 500), importedBy: "bob")
        }
        #expect(try normalizedCounts() == countsBefore)
        #expect(try store.cells(year: 2020, tableKind: "income", columnKey: "total") == cellsBefore)
        #expect(try store.revisions(department: "shifeng-sifaju", year: 2020).map(\.number) == [1])
        #expect(try store.export(department: "shifeng-sifaju", year: 2020) == old.canonicalJSON())
        #expect(try store.departments().items.map(\.name) == ["株洲市石峰区司法局"])
        #expect(try store.dataVersion() == 1)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.database.foreignKeyViolationCount() == 0)
    }

    @Test func diskFullDuringImportLeavesNothingAndReadsKeepWorking() throws {
        try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        let countsBefore = try normalizedCounts()
        // PRAGMA max_page_count makes the file "full" at its current size: the next import gets SQLITE_FULL.
        let pages = try store.database.writeWithoutTransaction { connection in
            let pages = try connection.fetchOne("PRAGMA page_count") { try $0.int(0) } ?? 0
            _ = try connection.fetchOne("PRAGMA max_page_count = \(pages)") { try $0.int(0) }
            return pages
        }
        #expect(pages > 0)
        let error = #expect(throws: SQLiteError.self) {
            try store.importDisclosure(Disclosure.make(departmentID: "other-dept", name: "其他局"), importedBy: "tester")
        }
        #expect(error?.code == SQLiteError.full)
        #expect(try normalizedCounts() == countsBefore)
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == Disclosure.make())
        #expect(try store.dataVersion() == 1)
        #expect(try store.database.integrityCheck() == ["ok"])

        try store.database.writeWithoutTransaction { connection in
            _ = try connection.fetchOne("PRAGMA max_page_count = 1073741823") { try $0.int(0) }
        }
        let retry = try store.importDisclosure(Disclosure.make(departmentID: "other-dept", name: "其他局"), importedBy: "tester")
        #expect(retry.change == .created)
        #expect(try store.dataVersion() == 2)
    }

    // MARK: Reading

    @Test func missingDisclosureAndRevisionAreReported() throws {
        #expect(try store.disclosure(department: "nobody", year: 2020) == nil)
        #expect(try store.revisions(department: "nobody", year: 2020) == [])
        #expect(throws: StorageError.disclosureNotFound(departmentID: "nobody", fiscalYear: 2020)) {
            try store.export(department: "nobody", year: 2020)
        }
        try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        #expect(throws: StorageError.revisionNotFound(departmentID: "shifeng-sifaju", fiscalYear: 2020, revision: 7)) {
            try store.export(department: "shifeng-sifaju", year: 2020, revision: 7)
        }
        #expect(throws: StorageError.revisionNotFound(departmentID: "shifeng-sifaju", fiscalYear: 2020, revision: 0)) {
            try store.disclosure(department: "shifeng-sifaju", year: 2020, revision: 0)
        }
    }

    @Test func decodedRevisionsAreCachedPerRevision() throws {
        try store.importDisclosure(Disclosure.make(), importedBy: "tester")
        #expect(store.cachedDocumentCount == 0)
        let first = try store.disclosure(department: "shifeng-sifaju", year: 2020)
        #expect(store.cachedDocumentCount == 1)
        let second = try store.disclosure(department: "shifeng-sifaju", year: 2020)
        #expect(first == second)
        #expect(store.cachedDocumentCount == 1)
        try store.importDisclosure(Disclosure.make(bump: 1), importedBy: "tester")
        #expect(try store.disclosure(department: "shifeng-sifaju", year: 2020) == Disclosure.make(bump: 1))
        #expect(store.cachedDocumentCount == 2)
    }

    @Test func documentCacheDropsTheLeastRecentlyUsedEntry() {
        var cache = DocumentCache(capacity: 2)
        let a = DocumentCache.Key(departmentID: "a", fiscalYear: 2020, revision: 1)
        let b = DocumentCache.Key(departmentID: "b", fiscalYear: 2020, revision: 1)
        let c = DocumentCache.Key(departmentID: "c", fiscalYear: 2020, revision: 1)
        cache.put(a, Disclosure.make(departmentID: "a"))
        cache.put(b, Disclosure.make(departmentID: "b"))
        #expect(cache.get(a)?.department.id == "a")  // a is now more recent than b
        cache.put(c, Disclosure.make(departmentID: "c"))
        #expect(cache.count == 2)
        #expect(cache.get(b) == nil)
        #expect(cache.get(a) != nil)
        #expect(cache.get(c) != nil)
    }

    // MARK: Listing and comparisons

    private func importThreeDepartments() throws {
        try store.importDisclosure(Disclosure.make(), importedBy: "t")
        try store.importDisclosure(Disclosure.make(year: 2021, bump: 1_000), importedBy: "t")
        try store.importDisclosure(Disclosure.make(departmentID: "lukou-caizhengju", name: "株洲市渌口区财政局",
                                                   region: ["湖南省", "株洲市", "渌口区"], bump: 2_000), importedBy: "t")
        try store.importDisclosure(Disclosure.make(departmentID: "yuelu-jiaoyuju", name: "长沙市岳麓区教育局",
                                                   region: ["湖南省", "长沙市", "岳麓区"], unit: .yuan), importedBy: "t")
    }

    @Test func departmentsAreFilteredAndPaged() throws {
        try importThreeDepartments()
        let all = try store.departments()
        #expect(all.total == 3)
        #expect(all.items.map(\.id) == ["lukou-caizhengju", "shifeng-sifaju", "yuelu-jiaoyuju"])
        #expect(all.items[1].fiscalYears == [2020, 2021])
        #expect(all.items[1].region == ["湖南省", "株洲市", "石峰区"])

        let zhuzhou = try store.departments(filter: DepartmentFilter(region: ["湖南省", "株洲市"]))
        #expect(zhuzhou.items.map(\.id) == ["lukou-caizhengju", "shifeng-sifaju"])
        // A prefix is whole segments: 株洲 does not match 株洲市.
        #expect(try store.departments(filter: DepartmentFilter(region: ["湖南省", "株洲"])).total == 0)
        #expect(try store.departments(filter: DepartmentFilter(nameContains: "教育")).items.map(\.id) == ["yuelu-jiaoyuju"])
        #expect(try store.departments(filter: DepartmentFilter(nameContains: "%")).total == 0)
        #expect(try store.departments(filter: DepartmentFilter(fiscalYear: 2021)).items.map(\.id) == ["shifeng-sifaju"])

        let page = try store.departments(page: PageRequest(limit: 2, offset: 2))
        #expect(page.total == 3)
        #expect(page.items.map(\.id) == ["yuelu-jiaoyuju"])
        #expect(PageRequest(limit: 10_000, offset: -5) == PageRequest(limit: 500, offset: 0))
    }

    @Test func disclosuresAreListedByYearAndRegion() throws {
        try importThreeDepartments()
        let all = try store.disclosures()
        #expect(all.map { "\($0.departmentID)/\($0.fiscalYear)" }
            == ["lukou-caizhengju/2020", "shifeng-sifaju/2020", "shifeng-sifaju/2021", "yuelu-jiaoyuju/2020"])
        let year2020InZhuzhou = try store.disclosures(year: 2020, region: ["湖南省", "株洲市"])
        #expect(year2020InZhuzhou.map(\.departmentID) == ["lukou-caizhengju", "shifeng-sifaju"])
        #expect(year2020InZhuzhou[0].unit == .tenThousandYuan)
        #expect(year2020InZhuzhou[0].publishedOn == CalendarDate(year: 2021, month: 9, day: 30))
        #expect(year2020InZhuzhou[0].currentRevision.number == 1)
        #expect(try store.disclosures(year: 2020).last?.unit == .yuan)
        #expect(try store.fiscalYears() == [2020, 2021])
    }

    @Test func cellComparisonAcrossDepartmentsForAYear() throws {
        try importThreeDepartments()
        let cells = try store.cells(year: 2020, tableKind: "income", columnKey: "total", code: "2040601")
        #expect(cells.map(\.departmentID) == ["lukou-caizhengju", "shifeng-sifaju", "yuelu-jiaoyuju"])
        #expect(cells.map(\.amount) == [Money(cents: 43_264), Money(cents: 41_264), Money(cents: 41_264)])
        #expect(cells.map(\.unit) == [.tenThousandYuan, .tenThousandYuan, .yuan])
        // 412.64 万元 = 4,126,400.00 元 = 412,640,000 分; 412.64 元 = 41,264 分.
        #expect(cells.map(\.amountInYuanCents) == [432_640_000, 412_640_000, 41_264])
        #expect(cells[1].rowName == "行政运行")

        let blanks = try store.cells(year: 2020, tableKind: "income", columnKey: "other", rowName: "合计")
        #expect(blanks.count == 3)
        #expect(blanks.allSatisfy { $0.amount == nil })

        let income = try store.cells(year: 2020, tableKind: "income_expenditure_summary", columnKey: "amount", side: .income,
                                     region: ["湖南省", "株洲市"])
        #expect(income.map(\.line) == [1, 1])
        #expect(income.allSatisfy { $0.side == .income && $0.amount == Money(cents: 62_252) })
        #expect(try store.cells(year: 2021, tableKind: "income", columnKey: "total", code: "2040601").map(\.amount)
            == [Money(cents: 42_264)])
    }

    @Test func tableStatesAndScorecardResultsAcrossDepartments() throws {
        try importThreeDepartments()
        let states = try store.tableStates(year: 2020, tableKind: "government_fund")
        #expect(states.count == 3)
        #expect(states.allSatisfy { $0.state == .empty(reason: "本部门2020年度没有政府性基金预算财政拨款收入、支出和结余。") })
        #expect(states.map(\.printedNumber) == ["公开08表", "公开08表", "公开08表"])
        let results = try store.scorecardResults(year: 2020, kind: .department)
        #expect(results.map(\.departmentID) == ["lukou-caizhengju", "shifeng-sifaju", "yuelu-jiaoyuju"])
        #expect(results.allSatisfy { $0.publishedTotalScore == ExactDecimal(significand: 985, scale: 1) })
        #expect(results.allSatisfy { $0.publishedTotalWeight == 100 && $0.publishedGrade == "优" })
        #expect(try store.scorecardResults(year: 2020, kind: .project) == [])
    }

    // MARK: Concurrency

    @Test func readsDuringImportsNeverFailAndSeeWholeRevisions() throws {
        let store = self.store
        try store.importDisclosure(Disclosure.make(), importedBy: "t")
        let imports = 40
        let writerDone = DispatchGroup()
        let writerErrors = Locked<[String]>([])
        writerDone.enter()
        DispatchQueue.global().async {
            for index in 1...imports {
                do { try store.importDisclosure(Disclosure.make(bump: Int64(index)), importedBy: "loop") } catch {
                    writerErrors.withLock { $0.append("\(error)") }
                }
            }
            writerDone.leave()
        }
        let readerErrors = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<60 {
                do {
                    // Whatever revision a reader sees, its cells and its document agree (no partial import).
                    let (document, cell) = try store.database.read { connection -> ([UInt8], Int64?) in
                        let bytes = try DisclosureStore.document(connection, departmentID: "shifeng-sifaju", year: 2020,
                                                                 revision: nil).document
                        let cents = try connection.fetchOne("""
                            SELECT amount_cents FROM table_cell WHERE table_kind = 'income' AND code = '2040601'
                            AND column_key = 'total'
                            """) { try $0.optionalInt64(0) }
                        return (bytes, cents ?? nil)
                    }
                    let decoded = try Disclosure(jsonBytes: document)
                    if decoded.table(.income)?.row(code: "2040601")?["total"]?.cents != cell {
                        readerErrors.withLock { $0.append("document and cells disagree") }
                    }
                } catch {
                    readerErrors.withLock { $0.append("\(error)") }
                }
            }
        }
        writerDone.wait()
        #expect(writerErrors.withLock { $0 } == [])
        #expect(readerErrors.withLock { $0 } == [])
        #expect(try store.revisions(department: "shifeng-sifaju", year: 2020).count == imports + 1)
        #expect(try store.dataVersion() == Int64(imports + 1))
    }
}

extension DisclosureStore {
    func integrityCheck() throws -> [String] { try database.integrityCheck() }
}
