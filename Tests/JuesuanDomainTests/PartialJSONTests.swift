import Testing
@testable import JuesuanDomain

@Suite struct PartialJSONTests {
    @Test func tableAndScorecardMatchTheirPlaceInTheDocument() {
        let disclosure = Disclosure.make()
        let document = disclosure.jsonValue()
        #expect(disclosure.tables[0].jsonValue() == document["tables"]?[0])
        #expect(disclosure.scorecards[0].jsonValue() == document["scorecards"]?[0])
        #expect(disclosure.tables[1].rows[0].jsonValue(kind: .incomeExpenditureSummary) == document["tables"]?[1]?["rows"]?[0])
    }

    @Test func tableKindDescribesItsColumns() {
        let text = JSONWriter(style: .compact).string(TableKind.generalBudgetExpenditure.jsonValue())
        #expect(text == #"{"id":"general_budget_expenditure","number":5,"title":"一般公共预算财政拨款支出决算表","layout":"functional_coded","columns":[{"key":"total","label":"小计"},{"key":"basic","label":"基本支出"},{"key":"project","label":"项目支出"}]}"#)
        let twoSided = TableKind.appropriationSummary.jsonValue()
        #expect(twoSided["expenditure_columns"]?.arrayValue?.count == 4)
        #expect(twoSided["columns"] == nil)
    }

    @Test func indicatorTargetJSON() {
        let text = JSONWriter(style: .compact).string(IndicatorTarget.parse(text: "800-1500元/件").jsonValue())
        #expect(text == #"{"text":"800-1500元/件","kind":"range","direction":null,"direction_source":null,"value":800,"upper_value":1500,"unit":"元/件","year":null,"month":null,"day":null}"#)
        let hinted = IndicatorTarget.parse(text: "100.00%", nameHint: "合格率 (≥, %)").jsonValue()
        #expect(hinted["direction"] == .string("≥"))
        #expect(hinted["direction_source"] == .string("name_hint"))
        #expect(hinted["value"] == .int(100))
    }

    @Test func decimalJSONNumbers() throws {
        let ratio = try #require(Money(cents: 62252).percent(of: Money(cents: 64443), places: 2))
        #expect(ratio.jsonNumber.literal == "96.6")
        #expect(ratio.jsonNumber(places: 2).literal == "96.60")
        #expect(Money(cents: 19280).jsonNumber.literal == "192.80")
    }
}
