import Testing
@testable import JuesuanDomain

@Suite struct DisclosureRoundTripTests {
    @Test func encodeDecodeEncodeIsByteIdentical() throws {
        let disclosure = Disclosure.make()
        let bytes = disclosure.canonicalJSON()
        let decoded = try Disclosure(jsonBytes: bytes)
        #expect(decoded == disclosure)
        #expect(decoded.canonicalJSON() == bytes)
        #expect(try Disclosure.canonicalize(bytes) == bytes)
        let compact = disclosure.canonicalJSON(style: .compact)
        #expect(try Disclosure(jsonBytes: compact) == disclosure)
        #expect(!compact.contains(0x0A))
    }

    @Test func canonicalFormWritesAmountsWithTwoDecimalsAndScoresShortest() throws {
        let text = String(decoding: Disclosure.make().canonicalJSON(), as: UTF8.self)
        #expect(text.contains(#""total": 644.43,"#))
        #expect(text.contains(#""superior_subsidy": 0.00,"#))
        #expect(text.contains(#""weight": 7.5,"#))
        #expect(text.contains(#""published_score": 10"#))
        #expect(text.contains(#""published_on": "2021-09-30","#))
        #expect(text.contains("株洲市石峰区司法局"))
        #expect(text.hasPrefix("{\n  \"format\": \"juesuan.disclosure/1\",\n  \"department\": {\n    \"id\": \"shifeng-sifaju\","))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func nonCanonicalNumbersAndWhitespaceAreCanonicalized() throws {
        let canonical = Disclosure.make().canonicalJSON()
        let json = try JSONParser().parse(canonical)
            .setting("tables", 0, "rows", 0, "values", "total", to: .literal("644.430"))
            .setting("tables", 0, "rows", 1, "values", "other", to: .literal("0.0"))
            .setting("scorecards", 0, "funds", "weight", to: .literal("10.00"))
            .setting("scorecards", 0, "indicators", 1, "weight", to: .literal("7.50"))
        let sloppy = JSONWriter(style: .compact).write(json)
        #expect(sloppy != canonical)
        #expect(try Disclosure.canonicalize(sloppy) == canonical)
    }

    @Test func twoSidedRowsKeepSideAndLineWhileCodedRowsOmitThem() throws {
        let json = Disclosure.make().jsonValue()
        let summaryRow = json["tables"]?[1]?["rows"]?[0]?.objectValue
        #expect(summaryRow?.keys == ["side", "line", "code", "name", "values"])
        #expect(summaryRow?["side"] == .string("income"))
        let incomeRow = json["tables"]?[0]?["rows"]?[1]?.objectValue
        #expect(incomeRow?.keys == ["code", "name", "values"])
        #expect(incomeRow?["values"]?.objectValue?.keys == TableKind.income.allColumns.map(\.key))
        // A blank line slot keeps its blank cell as null.
        #expect(json["tables"]?[1]?["rows"]?[1]?["values"]?["amount"] == .null)
    }

    @Test func lineOnCodedRowsSurvivesRoundTrip() throws {
        var table = DisclosureTable.makeIncome()
        table.rows[1].line = 2
        let disclosure = Disclosure.make(tables: [table])
        let decoded = try Disclosure(jsonBytes: disclosure.canonicalJSON())
        #expect(decoded.tables[0].rows[1].line == 2)
        #expect(decoded.tables[0].rows[0].line == nil)
    }

    @Test func variantKindRoundTrips() throws {
        var values: [String: Money] = [:]
        for column in TableKind.threePublicWithMeetingsTraining.allColumns { values[column.key] = Money(cents: 1) }
        let table = DisclosureTable(kind: .threePublicWithMeetingsTraining, printedNumber: "公开 07 表", rows: [TableRow(name: "合计", values: values)])
        let disclosure = Disclosure.make(tables: [table, DisclosureTable(kind: .stateCapital, state: .notPublished)])
        let decoded = try Disclosure(jsonBytes: disclosure.canonicalJSON())
        #expect(decoded == disclosure)
        #expect(decoded.table(.threePublicWithMeetingsTraining)?.rows.first?["actual_training"] == Money(cents: 1))
        #expect(decoded.table(.stateCapital)?.state == .notPublished)
    }

    @Test func lookupsOnTheModel() {
        let disclosure = Disclosure.make()
        #expect(disclosure.table(.income)?.totalRow?["total"] == Money(cents: 64443))
        #expect(disclosure.table(.income)?.row(code: "2040601")?["appropriation"] == Money(cents: 41264))
        #expect(disclosure.table(.incomeExpenditureSummary)?.row(named: "总计", side: .expenditure)?.line == 62)
        #expect(disclosure.table(.stateCapital) == nil)
        #expect(disclosure.scorecard(id: "yifa-zhiqu")?.indicators.count == 2)
        #expect(disclosure.table(.governmentFund)?.state.emptyReason?.hasSuffix("故本表无数据。") == true)
    }

    @Test func minimalDocumentWithEveryOptionalNullRoundTrips() throws {
        let minimal = Disclosure(
            department: Department(id: "d1", name: "某局", region: []),
            fiscalYear: 1990, unit: .yuan, source: SourceReference(reference: "upload"),
            profile: Profile(staffing: Staffing()),
            tables: [DisclosureTable(kind: .stateCapital, state: .empty(reason: nil))],
            meetingsTraining: MeetingsTraining(meetings: nil, training: SpendingItem(amount: nil)),
            assets: Assets(vehicles: nil),
            scorecards: [Scorecard(id: "department", kind: .department, name: "部门整体支出")]
        )
        let bytes = minimal.canonicalJSON()
        let decoded = try Disclosure(jsonBytes: bytes)
        #expect(decoded == minimal)
        #expect(decoded.canonicalJSON() == bytes)
        let json = minimal.jsonValue()
        #expect(json["operating_costs"] == .null)
        #expect(json["published_on"] == .null)
        #expect(json["unit"] == .string("元"))
        #expect(json["tables"]?[0]?["state"] == .string("empty"))
        #expect(json["tables"]?[0]?["empty_reason"] == .null)
        #expect(json["profile"]?["staffing"]?["retired"] == .null)
        #expect(json["scorecards"]?[0]?["funds"]?["other"]?["executed"] == .null)
    }

    @Test func canonicalizeReportsErrorsInsteadOfWriting() {
        #expect(throws: DisclosureDecodingError.self) { try Disclosure.canonicalize(Array("{}".utf8)) }
        do {
            _ = try Disclosure.canonicalize(Array("{}".utf8))
        } catch {
            #expect(error.errors.count == 17)
            #expect(error.errors.allSatisfy { $0.path == "$" && $0.message.hasPrefix("missing required key") })
        }
    }
}
