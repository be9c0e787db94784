import Testing
@testable import JuesuanDomain

@Suite struct ClassificationCatalogTests {
    private let catalog = ClassificationCatalog.catalog2020

    @Test func lookupByYear() {
        #expect(ClassificationCatalog.forYear(2020)?.effectiveYear == 2020)
        #expect(ClassificationCatalog.forYear(2023)?.effectiveYear == 2020)
        #expect(ClassificationCatalog.forYear(2019) == nil)
    }

    @Test func containsEveryListedCodeWithLevelsAndParents() {
        #expect(catalog.entry(.functional, code: "2040601")?.name == "行政运行")
        #expect(catalog.entry(.functional, code: "2040601")?.level == .item)
        #expect(catalog.entry(.functional, code: "2040601")?.parentCode == "20406")
        #expect(catalog.entry(.functional, code: "234")?.name == "抗疫特别国债安排的支出")
        #expect(catalog.entry(.economic, code: "30231")?.name == "公务用车运行维护费")
        #expect(catalog.entry(.economic, code: "30217")?.confirmed == true)
        #expect(catalog.entry(.economic, code: "30203")?.confirmed == false)
        #expect(catalog.functional.filter { $0.level == .category }.count == 26)
        #expect(catalog.economic.filter { $0.level == .category }.map(\.code) == ["301", "302", "303", "307", "310", "399"])
        #expect(catalog.economic.count == 82)
        // Every 款/项 has its parent in the catalogue.
        for entry in catalog.functional + catalog.economic {
            if let parent = entry.parentCode {
                #expect(catalog.entry(entry.scheme, code: parent) != nil, "parent of \(entry.code)")
            }
        }
        // Codes are unique and sorted.
        #expect(catalog.economic.map(\.code) == catalog.economic.map(\.code).sorted())
        #expect(Set(catalog.functional.map(\.code)).count == catalog.functional.count)
    }

    @Test(arguments: [
        ("3010", "基本工资", "30101"), ("3010", "机关事业单位基本养老保险缴费", "30108"), ("3011", "住房公积金", "30113"),
        ("3019", "其他工资福利支出", "30199"), ("3021", "因公出国（境）费用", "30212"), ("3021", "维修(护)费", "30213"),
        ("3023", "公务用车运行维护费", "30231"), ("3030", "退职（役）费", "30303"), ("3101", "公务用车购置", "31013"),
        ("3990", "赠与", "39906"), ("3999", "其他支出", "39999"),
    ])
    func restoresTruncatedEconomicCodesByName(published: String, name: String, restored: String) {
        let resolution = catalog.resolve(.economic, code: published, name: name)
        #expect(resolution.status == .restored)
        #expect(resolution.resolvedCode == restored)
        #expect(resolution.publishedCode == published)
        #expect(resolution.entry?.code == restored)
    }

    @Test func exactMismatchUnknownAndUncoded() {
        #expect(catalog.resolve(.economic, code: "301", name: "工资福利支出").status == .exact)
        #expect(catalog.resolve(.functional, code: "2040601", name: "行政运行").status == .exact)
        let mismatch = catalog.resolve(.functional, code: "2040601", name: "一般行政管理事务")
        #expect(mismatch.status == .nameMismatch(expected: "行政运行"))
        #expect(mismatch.resolvedCode == "2040601")
        let unknown = catalog.resolve(.functional, code: "2049999", name: "行政运行")
        #expect(unknown.status == .unknownCode(suggestion: "2040601"))
        #expect(unknown.resolvedCode == nil)
        #expect(catalog.resolve(.economic, code: "3010", name: "奖金津贴").status == .unknownCode(suggestion: nil))
        // Prefix and name disagree (30217 公务接待费 is under 3021, not 3020): kept, reported, with the name's code.
        #expect(catalog.resolve(.economic, code: "3020", name: "公务接待费").status == .unknownCode(suggestion: "30217"))
        #expect(catalog.resolve(.functional, code: nil, name: "合计").status == .uncoded)
    }

    @Test func functionalTruncationIsRestoredToo() {
        let resolution = catalog.resolve(.functional, code: "20406", name: "司法")
        #expect(resolution.status == .exact)
        let truncated = catalog.resolve(.functional, code: "204060", name: "行政运行")
        #expect(truncated.status == .restored)
        #expect(truncated.resolvedCode == "2040601")
        // 229 其他支出 › 22999 其他支出 › 2299901 其他支出: a truncated "2299" named 其他支出 matches two levels.
        #expect(catalog.resolve(.functional, code: "2299", name: "其他支出").status == .ambiguous(candidates: ["22999", "2299901"]))
    }

    @Test func reviewKeepsEveryRowAndReportsFindingsInOrder() {
        var table = DisclosureTable.makeBasic()
        table.rows.append(TableRow(code: "3088", name: "不存在的科目", values: ["actual": .zero]))
        let resolutions = catalog.resolveRows(of: table)
        #expect(resolutions.count == table.rows.count)
        #expect(resolutions.map(\.resolvedCode) == ["301", "30101", "30102", "30212", "39999", nil])
        let findings = catalog.review(table)
        #expect(findings.map(\.rowIndex) == [1, 2, 3, 4, 5])
        #expect(findings.filter(\.isProblem).map(\.rowIndex) == [5])
        #expect(findings.last?.description == "general_budget_basic_expenditure row 5 (3088 不存在的科目): code 3088 is not in the catalogue")
        #expect(findings.first?.description == "general_budget_basic_expenditure row 1 (3010 基本工资): truncated code 3010 restored to 30101 by name")
    }

    @Test func reviewOfDisclosureCoversCodedTablesOnly() {
        let findings = catalog.review(Disclosure.make())
        #expect(findings.allSatisfy { $0.tableKind == "general_budget_basic_expenditure" })
        #expect(findings.count == 4)
    }

    @Test func economicGroupingSplitsPersonnelAndOffice() {
        let grouping = catalog.economicGrouping
        #expect(grouping == .standard)
        #expect(grouping.group(of: "301") == .personnel)
        #expect(grouping.group(of: "30302") == .personnel)
        #expect(grouping.group(of: "3010") == .personnel)
        #expect(grouping.group(of: "30217") == .office)
        #expect(grouping.group(of: "399") == .office)
        #expect(grouping.group(of: "309") == nil)
        let custom = EconomicGrouping(id: "routes-399-to-personnel", personnel: ["301", "303", "399"], office: ["302", "307", "310"])
        #expect(custom.group(of: "39999") == .personnel)
    }
}
