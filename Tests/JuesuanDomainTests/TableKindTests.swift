import Testing
@testable import JuesuanDomain

@Suite struct TableKindTests {
    @Test func registryHasUniqueIdsAndTheStandardNineInOrder() {
        #expect(Set(TableKind.all.map(\.id)).count == TableKind.all.count)
        #expect(TableKind.standardNine.map(\.number) == Array(1...9))
        #expect(TableKind(id: "three_public_with_meetings_training")?.allColumns.count == 16)
        #expect(TableKind(id: "nope") == nil)
    }

    @Test func columnsFollowTheSketch() {
        #expect(TableKind.income.allColumns.map(\.key) == ["total", "appropriation", "superior_subsidy", "public_service", "operating", "affiliate_remittance", "other"])
        #expect(TableKind.income.allColumns.map(\.label).first == "本年收入合计")
        #expect(TableKind.expenditure.allColumns.map(\.key) == ["total", "basic", "project", "remitted_to_superior", "operating", "subsidies_to_affiliates"])
        #expect(TableKind.appropriationSummary.columns(for: .income).map(\.key) == ["amount"])
        #expect(TableKind.appropriationSummary.columns(for: .expenditure).map(\.key) == ["total", "general_budget", "government_fund", "state_capital"])
        #expect(TableKind.appropriationSummary.columns(for: nil).isEmpty)
        #expect(TableKind.generalBudgetBasicExpenditure.layout == .economicCoded)
        #expect(TableKind.threePublic.allColumns.count == 12)
        #expect(TableKind.governmentFund.allColumns.map(\.key) == ["opening_balance", "income", "expenditure_total", "expenditure_basic", "expenditure_project", "closing_balance"])
        #expect(TableKind.stateCapital.columns(for: .income).map(\.key) == ["total", "basic", "project"])
        #expect(ClassificationScheme(layout: TableKind.income.layout) == .functional)
        #expect(ClassificationScheme(layout: TableKind.threePublic.layout) == nil)
    }

    @Test func identifiersAndDates() {
        #expect(Department.isValidIdentifier("shifeng-sifaju"))
        #expect(Department.isValidIdentifier("a_1"))
        #expect(!Department.isValidIdentifier("-a"))
        #expect(!Department.isValidIdentifier("Shifeng"))
        #expect(!Department.isValidIdentifier(String(repeating: "a", count: 65)))
        #expect(CalendarDate(parsing: "2000-02-29") != nil)
        #expect(CalendarDate(parsing: "1900-02-29") == nil)
        #expect(CalendarDate(year: 2021, month: 9, day: 3)?.description == "2021-09-03")
    }
}
