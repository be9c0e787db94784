import Testing
@testable import JuesuanDomain

@Suite struct DisclosureDecodingTests {
    private let valid: JSONValue = Disclosure.make().jsonValue()

    /// Decodes `json` and returns its errors (empty when it decodes).
    private func errors(_ json: JSONValue) -> [DocumentError] {
        do {
            _ = try Disclosure(json: json)
            return []
        } catch {
            return error.errors
        }
    }

    private func single(_ json: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) -> DocumentError? {
        let found = errors(json)
        #expect(found.count == 1, "expected one error, got \(found)", sourceLocation: sourceLocation)
        return found.first
    }

    @Test func validDocumentHasNoErrors() {
        #expect(errors(valid).isEmpty)
    }

    @Test func missingFieldNamesTheObjectAndKey() {
        let error = single(valid.removing("fiscal_year"))
        #expect(error?.path == "$")
        #expect(error?.message == "missing required key \"fiscal_year\"")
        let nested = single(valid.removing("scorecards", 0, "funds", "other"))
        #expect(nested?.path == "$.scorecards[0].funds")
        #expect(nested?.message == "missing required key \"other\"")
    }

    @Test func wrongTypeSaysWhatWasExpected() {
        let error = single(valid.setting("department", "name", to: .int(5)))
        #expect(error?.path == "$.department.name")
        #expect(error?.message == "expected a string, found a number")
        let amount = single(valid.setting("procurement", "goods", to: .string("43.85")))
        #expect(amount?.path == "$.procurement.goods")
        #expect(amount?.message == "expected an amount (number), found a string")
        let count = single(valid.setting("assets", "vehicles", "by_use", "执法执勤用车", to: .literal("1.5")))
        #expect(count?.path == #"$.assets.vehicles.by_use["执法执勤用车"]"#)
        #expect(count?.message == "expected a count (integer ≥ 0), found 1.5")
    }

    @Test func unknownTableKindIsReported() {
        let error = single(valid.setting("tables", 0, "kind", to: .string("incomes")))
        #expect(error?.path == "$.tables[0].kind")
        #expect(error?.message.hasPrefix("unknown table kind \"incomes\": expected one of income_expenditure_summary, income,") == true)
    }

    @Test func unknownAndMissingColumnsAreReportedForTheKind() {
        let renamed = valid
            .removing("tables", 0, "rows", 1, "values", "total")
            .setting("tables", 0, "rows", 1, "values", "totl", to: .literal("1.00"))
        let found = errors(renamed)
        #expect(found.map(\.path) == ["$.tables[0].rows[1].values", "$.tables[0].rows[1].values.totl"])
        #expect(found.first?.message == "missing column \"total\" (本年收入合计) of table kind \"income\"")
        #expect(found.last?.message.hasPrefix("unknown column \"totl\" for table kind \"income\": expected total, appropriation,") == true)
        // Table 04's income side has only `amount`.
        let twoSided = single(valid.setting("tables", 1, "rows", 0, "values", "total", to: .literal("1")))
        #expect(twoSided?.path == "$.tables[1].rows[0].values.total")
        #expect(twoSided?.message.contains("(income side): expected amount") == true)
    }

    @Test func duplicateRowsAreReported() {
        let row = valid["tables"]?[0]?["rows"]?[2]
        guard case .array(var rows) = valid["tables"]?[0]?["rows"], let row else {
            Issue.record("fixture has no rows")
            return
        }
        rows.append(row)
        let error = single(valid.setting("tables", 0, "rows", to: .array(rows)))
        #expect(error?.path == "$.tables[0].rows[4]")
        #expect(error?.message == "duplicate row (same side, code and name: 2040601 行政运行) as $.tables[0].rows[2]")
        // Same truncated code with another name is not a duplicate (table 06 prints 3010 many times).
        #expect(errors(valid).isEmpty)
    }

    @Test func amountWithMoreThanTwoDecimalsIsRejected() {
        let error = single(valid.setting("tables", 0, "rows", 0, "values", "total", to: .literal("644.431")))
        #expect(error?.path == "$.tables[0].rows[0].values.total")
        #expect(error?.message == "amount 644.431 has more than 2 decimal places")
        let huge = single(valid.setting("operating_costs", "amount", to: .literal("1e400")))
        #expect(huge?.message == "amount 1e400 is out of range (at most 999999999999.99)")
    }

    @Test(arguments: [1989, 2101, -1])
    func yearOutOfRangeIsRejected(year: Int) {
        let error = single(valid.setting("fiscal_year", to: .int(year)))
        #expect(error?.path == "$.fiscal_year")
        #expect(error?.message == "\(year) is out of range 1990…2100")
    }

    @Test func boundaryYearsAreAccepted() {
        #expect(errors(valid.setting("fiscal_year", to: .int(1990))).isEmpty)
        #expect(errors(valid.setting("fiscal_year", to: .int(2100))).isEmpty)
        #expect(single(valid.setting("fiscal_year", to: .literal("2020.0")))?.message == "expected an integer, found 2020.0")
    }

    @Test(arguments: ["2021-02-30", "2021-9-30", "2021/09/30", "20210930"])
    func badDateIsRejected(date: String) {
        let error = single(valid.setting("published_on", to: .string(date)))
        #expect(error?.path == "$.published_on")
        #expect(error?.message == "bad date \"\(date)\": expected a real date as YYYY-MM-DD")
    }

    @Test func leapDayIsAccepted() throws {
        let decoded = try Disclosure(json: valid.setting("published_on", to: .string("2020-02-29")))
        #expect(decoded.publishedOn == CalendarDate(year: 2020, month: 2, day: 29))
    }

    @Test func unknownStateAndInconsistentStatesAreReported() {
        let unknown = single(valid.setting("tables", 0, "state", to: .string("published")))
        #expect(unknown?.path == "$.tables[0].state")
        #expect(unknown?.message == "unknown state \"published\": expected \"data\", \"empty\" or \"not_published\"")
        let reason = single(valid.setting("tables", 0, "empty_reason", to: .string("本表无数据")))
        #expect(reason?.path == "$.tables[0].empty_reason")
        #expect(reason?.message == "empty_reason must be null when state is \"data\"")
        let rows = single(valid.setting("tables", 0, "state", to: .string("not_published")))
        #expect(rows?.path == "$.tables[0].rows")
        #expect(rows?.message == "a table that is not_published has no rows (found 4)")
    }

    @Test func sidesAreCheckedAgainstTheLayout() {
        let coded = single(valid.setting("tables", 0, "rows", 1, "side", to: .string("income")))
        #expect(coded?.path == "$.tables[0].rows[1].side")
        #expect(coded?.message == "side is only allowed in two-sided tables (01, 04); table kind \"income\" has none")
        let missing = single(valid.removing("tables", 1, "rows", 0, "side"))
        #expect(missing?.path == "$.tables[1].rows[0]")
        #expect(missing?.message == "missing required key \"side\"")
        let unknown = single(valid.setting("tables", 1, "rows", 0, "side", to: .string("both")))
        #expect(unknown?.message == "unknown side \"both\": expected \"income\" or \"expenditure\"")
        let line = single(valid.setting("tables", 1, "rows", 2, "line", to: .int(1)).setting("tables", 1, "rows", 2, "side", to: .string("income")))
        #expect(line?.path == "$.tables[1].rows[2].line")
        #expect(line?.message == "duplicate 行次 1 on the income side as $.tables[1].rows[0]")
    }

    @Test func duplicateKindsAndScorecardIDsAreReported() {
        guard case .array(var tables) = valid["tables"], case .array(var cards) = valid["scorecards"] else {
            Issue.record("fixture shape")
            return
        }
        tables.append(tables[0])
        cards.append(cards[0])
        let found = errors(valid.setting("tables", to: .array(tables)).setting("scorecards", to: .array(cards)))
        #expect(found.map(\.path) == ["$.tables[5].kind", "$.scorecards[1].id"])
        #expect(found.first?.message == "duplicate table kind \"income\": already given at $.tables[0]")
        #expect(found.last?.message == "duplicate scorecard id \"yifa-zhiqu\": already used at $.scorecards[0]")
    }

    @Test func unknownKeysEmptyStringsIdsAndFormatAreReported() {
        let unknown = single(valid.setting("tables", 0, "rows", 0, "remark", to: .string("x")))
        #expect(unknown?.path == "$.tables[0].rows[0].remark")
        #expect(unknown?.message == "unknown key \"remark\"")
        let empty = single(valid.setting("tables", 0, "note", to: .string("")))
        #expect(empty?.path == "$.tables[0].note")
        #expect(empty?.message == "empty string: use null when nothing was published")
        let id = single(valid.setting("department", "id", to: .string("石峰")))
        #expect(id?.path == "$.department.id")
        let format = single(valid.setting("format", to: .string("juesuan.disclosure/2")))
        #expect(format?.message == "unsupported format \"juesuan.disclosure/2\": expected \"juesuan.disclosure/1\"")
        let unit = single(valid.setting("unit", to: .string("千元")))
        #expect(unit?.message == "unknown unit \"千元\": expected \"万元\" or \"元\"")
        let kind = single(valid.setting("scorecards", 0, "kind", to: .string("programme")))
        #expect(kind?.path == "$.scorecards[0].kind")
    }

    @Test func everyErrorIsCollectedNotOnlyTheFirst() {
        let broken = valid
            .setting("fiscal_year", to: .int(3000))
            .setting("published_on", to: .string("2021-13-01"))
            .setting("tables", 0, "rows", 0, "values", "total", to: .literal("1.001"))
            .setting("tables", 2, "kind", to: .string("nope"))
            .setting("scorecards", 0, "indicators", 0, "weight", to: .string("8"))
            .removing("glossary")
        let found = errors(broken)
        #expect(found.map(\.path) == [
            "$.fiscal_year", "$.published_on", "$.tables[0].rows[0].values.total", "$.tables[2].kind", "$",
            "$.scorecards[0].indicators[0].weight",
        ])
    }

    @Test func malformedJSONGivesLineAndColumn() {
        let bytes = Array("{\n  \"format\": \"juesuan.disclosure/1\",\n  \"fiscal_year\": 2020,\n}".utf8)
        do {
            _ = try Disclosure(jsonBytes: bytes)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.line == 4)
            #expect(error.errors.first?.column == 1)
            #expect(error.errors.first?.message == "trailing comma before '}'")
            #expect(error.description == "$ (line 4, column 1): trailing comma before '}'")
        }
    }

    @Test func rootMustBeAnObject() {
        let error = single(.array([]))
        #expect(error?.path == "$")
        #expect(error?.message == "expected an object, found an array")
    }

    @Test func errorListIsCappedAtOneThousand() {
        var junk = JSONObject()
        for index in 0..<1500 { junk.set("extra\(index)", .null) }
        guard case .object(var root) = valid else {
            Issue.record("fixture shape")
            return
        }
        for member in junk { root.set(member.key, member.value) }
        let found = errors(.object(root))
        #expect(found.count == 1001)
        #expect(found[999].path == "$.extra999")
        #expect(found.last?.message == "more than 1000 errors; the rest are not listed")
    }
}
