import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/disclosures/{dept}/{year}/summary`: income by source, expenditure by functional 类 and by type
/// (基本/项目), 基本支出 by economic group (人员经费/公用经费), each with its share and the share's named
/// denominator, and year-over-year changes when the previous year is stored (`FinancialSummary`). JSON or CSV.
struct SummaryRoutes: RouteCollection {
    let api: ReadAPIContext

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures/{dept}/{year}/summary", cache: .publicData) { context in try Self.summary(api, context) }
    }

    static func summary(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: [ResponseFormat.parameterName])
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let previous = try api.previousYear(of: disclosure)
        let summary = FinancialSummary(disclosure: disclosure, previous: previous)
        if format == .csv { return csv(summary, unit: disclosure.unit).response() }
        var encoder = AnalysisEncoder(unit: disclosure.unit)
        if previous == nil { encoder.note(code: "previous_year_not_stored", path: "$.previous_year", detail: ReadAPIContext.previousYearMessage(disclosure).detail) }
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        for (key, value) in summary.jsonMembers(&encoder) { object.set(key, value) }
        object.set("messages", encoder.messagesJSON)
        let base = ReadAPIContext.disclosurePath(disclosure)
        object.set("links", .object(JSONObject([("self", .string(base + "/summary")), ("disclosure", .string(base))])))
        return APIResponse.json(object, negotiated: true)
    }

    /// CSV header shared by the breakdown lines.
    static let header = ["section", "key", "label", "source", "amount", "unit", "share", "share_basis", "previous_year", "previous",
                         "change", "change_percent"]

    static func csv(_ summary: FinancialSummary, unit: AmountUnit) -> CSVTable {
        var csv = CSVTable(header: header)
        func total(_ section: String, _ total: AmountTotal) {
            csv.append(record(section, key: "total", label: total.label, source: total.source, amount: total.amount, share: nil,
                              change: total.yearOverYear, unit: unit))
        }
        func lines(_ section: String, _ lines: [AmountLine]) {
            for line in lines {
                csv.append(record(section, key: line.key, label: line.label, source: line.source, amount: line.amount, share: line.share,
                                  change: line.yearOverYear, unit: unit))
            }
        }
        total("income", summary.incomeTotal)
        lines("income", summary.income)
        total("expenditure", summary.expenditureTotal)
        lines("expenditure.by_class", summary.expenditureByClass)
        lines("expenditure.by_type", summary.expenditureByType)
        total("basic_expenditure", summary.basicExpenditureTotal)
        lines("basic_expenditure.groups", summary.economicGroups)
        return csv
    }

    static func record(_ section: String, key: String, label: String, source: String, amount: Money?, share: Ratio?,
                       change: YearOverYear?, unit: AmountUnit) -> [String?] {
        [section, key, label, source, amount?.description, unit.rawValue, share?.value?.formatted(places: share?.places ?? 2), share?.basis,
         change.map { String($0.previousYear) }, change?.previous?.description, change?.change?.description,
         change?.percent.value?.formatted(places: change?.percent.places ?? 2)]
    }
}
