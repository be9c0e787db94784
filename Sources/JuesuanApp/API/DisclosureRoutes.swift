import JuesuanDomain
import JuesuanHTTP
import JuesuanStorage

/// `GET /v1/disclosures?year=&region=` (paged list of stored disclosures; JSON or CSV) and
/// `GET /v1/disclosures/{dept}/{year}` (profile, the table list with states, headline figures, links).
struct DisclosureRoutes: RouteCollection {
    let api: ReadAPIContext

    static let listParameters = ListRequest.parameterNames.union(["year", "region", ResponseFormat.parameterName])
    static let sortKeys = ["department_id", "fiscal_year", "department_name"]

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures", cache: .publicData) { context in try Self.list(api, context) }
        router.get("/v1/disclosures/{dept}/{year}", cache: .publicData) { context in try Self.detail(api, context) }
    }

    static func list(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: listParameters)
        let list = try ListRequest(query: query, sortKeys: sortKeys)
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let year = try query.int("year", in: Disclosure.fiscalYearRange)
        let all = try api.store.disclosures(year: year, region: try DepartmentRoutes.region(query))
        let items = list.apply(all, by: [
            "department_id": { ($0.departmentID, $0.fiscalYear) < ($1.departmentID, $1.fiscalYear) },
            "fiscal_year": { ($0.fiscalYear, $0.departmentID) < ($1.fiscalYear, $1.departmentID) },
            "department_name": { ($0.departmentName, $0.fiscalYear) < ($1.departmentName, $1.fiscalYear) },
        ])
        if format == .csv {
            var csv = CSVTable(header: ["department_id", "department_name", "region", "fiscal_year", "unit", "published_on", "revision"])
            for item in items {
                csv.append([item.departmentID, item.departmentName, item.region.joined(separator: "/"), String(item.fiscalYear),
                            item.unit.rawValue, item.publishedOn?.description, String(item.currentRevision.number)])
            }
            return csv.response()
        }
        let itemsJSON: [JSONValue] = items.map { item in
            .object(JSONObject([
                ("department", .object(JSONObject([
                    ("id", .string(item.departmentID)), ("name", .string(item.departmentName)),
                    ("region", .array(item.region.map { .string($0) })),
                ]))),
                ("fiscal_year", .int(item.fiscalYear)), ("unit", .string(item.unit.rawValue)),
                ("published_on", .string(item.publishedOn?.description)), ("revision", .int(item.currentRevision.number)),
                ("links", .object(JSONObject([("self", .string("/v1/disclosures/\(item.departmentID)/\(item.fiscalYear)"))]))),
            ]))
        }
        return APIResponse.json(JSONObject([
            ("items", .array(itemsJSON)), ("page_metadata", list.metadata(totalItems: all.count)),
            ("messages", .array(list.messages(totalItems: all.count))),
        ]), negotiated: true)
    }

    static func detail(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        try context.query().rejectUnknown(allowed: [])
        let disclosure = try api.disclosure(context)
        let base = ReadAPIContext.disclosurePath(disclosure)
        let previous = try api.previousYear(of: disclosure)
        let fullJSON = disclosure.jsonValue()
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("published_on", .string(disclosure.publishedOn?.description))
        object.set("source", fullJSON["source"] ?? .null)
        object.set("profile", fullJSON["profile"] ?? .null)
        object.set("tables", .array(TableRoutes.tableEntries(disclosure).map { TableRoutes.entryJSON($0, base: base, disclosure: disclosure) }))
        object.set("headline", headline(disclosure))
        object.set("scorecard_count", .int(disclosure.scorecards.count))
        object.set("messages", .array([]))
        var links = JSONObject([
            ("self", .string(base)), ("department", .string("/v1/departments/\(disclosure.department.id)")),
            ("tables", .string(base + "/tables")), ("summary", .string(base + "/summary")),
            ("three_public", .string(base + "/three-public")), ("budget_execution", .string(base + "/budget-execution")),
            ("scorecards", .string(base + "/scorecards")),
        ])
        links.set("previous_year", previous.map { .string(ReadAPIContext.disclosurePath($0)) } ?? .null)
        object.set("links", .object(links))
        return APIResponse.json(object)
    }

    /// The headline figures: 本年收入合计, 财政拨款收入, 本年支出合计, 基本支出, 项目支出, 三公经费决算数合计, 机关运行经费.
    static func headline(_ disclosure: Disclosure) -> JSONValue {
        let summary = FinancialSummary(disclosure: disclosure)
        let threePublic = ThreePublicAnalysis(disclosure: disclosure)
        let figures: [(String, String, String, Money?)] = [
            ("income_total", summary.incomeTotal.label, summary.incomeTotal.source, summary.incomeTotal.amount),
            ("appropriation_income", "财政拨款收入", "公开02表 合计", summary.income.first { $0.key == "appropriation" }?.amount),
            ("expenditure_total", summary.expenditureTotal.label, summary.expenditureTotal.source, summary.expenditureTotal.amount),
            ("basic_expenditure", "基本支出", "公开03表 合计", summary.expenditureByType.first { $0.key == "basic" }?.amount),
            ("project_expenditure", "项目支出", "公开03表 合计", summary.expenditureByType.first { $0.key == "project" }?.amount),
            ("three_public_actual", "三公经费决算数合计", "公开07表", threePublic.item("total")?.actual),
            ("operating_costs", "机关运行经费", "情况说明", disclosure.operatingCosts?.amount),
        ]
        return .array(figures.map { key, label, source, amount in
            .object(JSONObject([("key", .string(key)), ("label", .string(label)), ("source", .string(source)),
                                ("amount", APIResponse.amount(amount))]))
        })
    }
}
