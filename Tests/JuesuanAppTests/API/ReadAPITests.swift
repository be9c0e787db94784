import Foundation
import JuesuanDomain
import JuesuanHTTP
import Testing
@testable import JuesuanApp

/// The read API over the seed database, through the application's whole middleware chain.
@Suite struct ReadAPITests {
    let seeded: SeededStore
    let app: Application
    static let base = "/v1/disclosures/shifeng-sifaju/2020"

    init() throws {
        seeded = try SeededStore()
        app = seeded.application()
    }

    @Test func summarySharesAreExactRatioObjects() {
        let response = app.get(Self.base + "/summary")
        #expect(response.status.code == 200)
        #expect(response.headers.first(name: "Content-Type") == "application/json; charset=utf-8")
        let json = response.json
        #expect(json["unit"] == .string("万元"))
        let appropriation = json["income"]?["lines"]?[0]
        #expect(appropriation?["key"] == .string("appropriation"))
        #expect(appropriation?["amount"] == .number(JSONNumber(literal: "622.52")!))
        #expect(appropriation?["share"]?["value"] == .number(JSONNumber(literal: "96.60")!))
        #expect(appropriation?["share"]?["denominator"]?["amount"] == .number(JSONNumber(literal: "644.43")!))
        #expect(appropriation?["share"]?["denominator"]?["label"] == .string("本年收入合计 (公开02表 合计)"))
        #expect(json["basic_expenditure"]?["groups"]?[0]?["share"]?["value"] == .number(JSONNumber(literal: "91.48")!))
        #expect(json["messages"]?[0]?["code"] == .string("previous_year_not_stored"))
        // Exact literals in the bytes, never binary floating point.
        #expect(response.text.contains(#""amount":622.52,"#))
    }

    @Test func budgetExecutionZeroBudgetIsNullWithAReason() {
        let json = app.get(Self.base + "/budget-execution").json
        #expect(json["lines"]?[0]?["execution_rate"]?["value"] == .number(JSONNumber(literal: "108.79")!))
        let other = json["lines"]?[2]
        #expect(other?["code"] == .string("2049901"))
        #expect(other?["execution_rate"]?["value"] == .null)
        #expect(other?["execution_rate"]?["reason"] == .string("zero_denominator"))
        #expect(other?["published_comparison"] == .string("published_without_ratio"))
        let messages = json["messages"]?.arrayValue ?? []
        #expect(messages.contains { $0["path"] == .string("$.lines[2].execution_rate.value") && $0["code"] == .string("ratio_zero_denominator") })
    }

    @Test func yearOverYearAppearsWhenThePreviousYearIsStored() throws {
        var previous = try SeededStore.seedDisclosure()
        previous.fiscalYear = 2019
        let index = try #require(previous.tables.firstIndex { $0.kind == .threePublic })
        previous.tables[index].rows[0].values["actual_total"] = Money("2.16")
        let withPrevious = try SeededStore(extra: [previous])
        let json = withPrevious.application().get(Self.base + "/three-public").json
        #expect(json["previous_year"] == .int(2019))
        let total = json["items"]?[0]
        #expect(total?["year_over_year"]?["change"] == .number(JSONNumber(literal: "-1.08")!))
        #expect(total?["year_over_year"]?["percent"]?["value"] == .number(JSONNumber(literal: "-50.00")!))
        let detail = withPrevious.application().get(Self.base).json
        #expect(detail["links"]?["previous_year"] == .string("/v1/disclosures/shifeng-sifaju/2019"))
    }

    @Test func tablesByNumberAndKindWithLevelCut() {
        let table = app.get(Self.base + "/tables/06").json["table"]
        #expect(table?["kind"] == .string("general_budget_basic_expenditure"))
        let wage = table?["rows"]?.arrayValue?.first { $0["name"] == .string("基本工资") }
        #expect(wage?["code"] == .string("3010"))
        #expect(wage?["restored_code"] == .string("30101"))
        #expect(wage?["level"] == .string("款"))
        #expect(wage?["parent"] == .string("301"))
        let byKind = app.get(Self.base + "/tables/income?level=%E7%B1%BB").json["table"]
        #expect(byKind?["number"] == .string("02"))
        #expect(byKind?["level"] == .string("类"))
        #expect(byKind?["rows"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["201", "204", "229"])
        let empty = app.get(Self.base + "/tables/09").json
        #expect(empty["table"]?["state"] == .string("empty"))
        #expect(empty["table"]?["empty_reason"] == .string("2020年度本单位无国有资本经营预算财政拨款支出。"))
        #expect(empty["table"]?["rows"] == .array([]))
    }

    @Test func csvByParameterAndByAcceptHeader() {
        let byParameter = app.get(Self.base + "/budget-execution?format=csv")
        #expect(byParameter.status.code == 200)
        #expect(byParameter.headers.first(name: "Content-Type") == "text/csv; charset=utf-8; header=present")
        let lines = byParameter.text.components(separatedBy: "\r\n")
        #expect(lines[0] == "code,name,stated_path,initial_budget,adjusted_budget,final_amount,unit,execution_rate,published_execution_percent,published_comparison")
        #expect(lines[1] == "2040601,行政运行,公共安全支出（类）司法（款）行政运行（项）,379.31,,412.64,万元,108.79,108.79,agrees")
        #expect(lines[3] == "2049901,其他公共安全支出,公共安全支出（类）司法（款）其他公共安全支出（项）,0.00,,6.18,万元,,100,published_without_ratio")
        let byAccept = app.get(Self.base + "/budget-execution", headers: [("Accept", "text/csv")])
        #expect(byAccept.body == byParameter.body)
        #expect(byAccept.headers.first(name: "Vary")?.contains("Accept") == true)
        let preferJSON = app.get(Self.base + "/budget-execution", headers: [("Accept", "application/json, text/csv;q=0.5")])
        #expect(preferJSON.headers.first(name: "Content-Type") == "application/json; charset=utf-8")
    }

    @Test func csvQuotesFieldsPerRFC4180() {
        var csv = CSVTable(header: ["a", "b"])
        csv.append(["x,y", "say \"hi\"\nthere"])
        csv.append([nil, "公共安全"])
        #expect(String(decoding: csv.bytes(), as: UTF8.self) == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\nthere\"\r\n,公共安全\r\n")
    }

    @Test func notFoundSaysWhichPartIsUnknown() {
        let department = app.get("/v1/disclosures/nope/2020/summary")
        #expect(department.status.code == 404)
        #expect(department.json["type"] == .string("urn:juesuan:problem:unknown-department"))
        let year = app.get("/v1/disclosures/shifeng-sifaju/2019/tables/01")
        #expect(year.json["type"] == .string("urn:juesuan:problem:unknown-year"))
        #expect(year.json["detail"] == .string("department 'shifeng-sifaju' has no disclosure for fiscal year 2019 (stored years: 2020)"))
        let table = app.get(Self.base + "/tables/10")
        #expect(table.status.code == 404)
        #expect(table.json["type"] == .string("urn:juesuan:problem:unknown-table"))
        let scorecard = app.get(Self.base + "/scorecards/nope")
        #expect(scorecard.json["type"] == .string("urn:juesuan:problem:unknown-scorecard"))
        let scheme = app.get("/v1/classifications/regional")
        #expect(scheme.status.code == 404)
    }

    @Test func malformedParametersAreNamed() {
        for (target, name) in [("/v1/departments?limit=101", "limit"), ("/v1/departments?page=0", "page"),
                               ("/v1/departments?sort=size", "sort"), ("/v1/departments?order=up", "order"),
                               ("/v1/disclosures?year=20x0", "year"), (Self.base + "/tables/02?level=kuan", "level"),
                               (Self.base + "/summary?format=xml", "format"), (Self.base + "/summary?colour=red", "colour"),
                               ("/v1/disclosures/Shifeng/2020", "dept"), ("/v1/disclosures/shifeng-sifaju/1989", "year"),
                               ("/v1/departments?region=%E6%B9%96%E5%8D%97%E7%9C%81//", "region")] {
            let response = app.get(target)
            #expect(response.status.code == 400, "\(target)")
            #expect(response.json["errors"]?[0]?["path"] == .string(name), "\(target): \(response.text)")
        }
    }

    @Test func listsPageSortAndFilter() {
        let page = app.get("/v1/classifications/functional?limit=2&page=2&sort=code&order=desc").json
        #expect(page["page_metadata"]?["page"] == .int(2))
        #expect(page["page_metadata"]?["limit"] == .int(2))
        #expect(page["items"]?.arrayValue?.count == 2)
        let all = app.get("/v1/classifications/functional?limit=100&order=desc").json["items"]?.arrayValue ?? []
        #expect(page["items"]?[0] == all[2])
        let byName = app.get("/v1/departments?name=%E5%8F%B8%E6%B3%95").json
        #expect(byName["page_metadata"]?["total_items"] == .int(1))
        let none = app.get("/v1/departments?region=%E5%8C%97%E4%BA%AC%E5%B8%82").json
        #expect(none["items"] == .array([]))
        #expect(none["page_metadata"]?["total_items"] == .int(0))
        let past = app.get("/v1/departments?page=5").json
        #expect(past["messages"]?[0]?["code"] == .string("page_out_of_range"))
    }

    @Test func scorecardDetailShowsPublishedAndRecomputedScores() {
        let json = app.get(Self.base + "/scorecards/yifa-zhiqu").json
        #expect(json["scorecard"]?["name"] == .string("依法治区工作"))
        #expect(json["funds"]?["execution_rate"]?["value"] == .number(JSONNumber(literal: "100.00")!))
        #expect(json["funds"]?["rows"]?["total"]?["executed"] == .number(JSONNumber(literal: "37.12")!))
        let first = json["indicators"]?[0]
        #expect(first?["target"]?["kind"] != nil)
        #expect(first?["published_score"] != nil)
        #expect(json["grade"]?["computed"]?.stringValue != nil)
        let list = app.get(Self.base + "/scorecards").json
        #expect(list["items"]?.arrayValue?.map { $0["id"] } == [.string("department"), .string("yifa-zhiqu"), .string("gonggong-falv-fuwu"), .string("shequ-jiaozheng")])
    }
}
