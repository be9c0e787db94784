import JuesuanDomain
import JuesuanHTTP
import JuesuanStorage

/// `GET /v1/departments` (paged list, filters `name` substring, `region` prefix `湖南省/株洲市`, `year`; JSON or
/// CSV) and `GET /v1/departments/{id}` (a department with its stored years).
struct DepartmentRoutes: RouteCollection {
    let api: ReadAPIContext

    static let listParameters = ListRequest.parameterNames.union(["name", "region", "year", ResponseFormat.parameterName])
    static let sortKeys = ["id", "name"]

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/departments", cache: .publicData) { context in try Self.list(api, context) }
        router.get("/v1/departments/{id}", cache: .publicData) { context in try Self.detail(api, context) }
    }

    /// The `region` parameter: `/`-separated names from the province down.
    static func region(_ query: QueryParameters) throws(APIError) -> [String]? {
        guard let text = try query.string("region") else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw APIError.invalidParameter("region", in: .query, reason: "must be region names separated by '/', e.g. 湖南省/株洲市, got \"\(text)\"")
        }
        return parts
    }

    static func list(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: listParameters)
        let list = try ListRequest(query: query, sortKeys: sortKeys)
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let name = try query.string("name")
        let filter = DepartmentFilter(nameContains: name, region: try region(query),
                                      fiscalYear: try query.int("year", in: Disclosure.fiscalYearRange))
        var all: [DepartmentSummary] = []
        var offset = 0
        while true {
            let page = try api.store.departments(filter: filter, page: PageRequest(limit: PageRequest.maximumLimit, offset: offset))
            all += page.items
            offset += page.items.count
            if page.items.isEmpty || offset >= page.total { break }
        }
        let items = list.apply(all, by: ["id": { $0.id < $1.id }, "name": { $0.name < $1.name }])
        if format == .csv {
            var csv = CSVTable(header: ["id", "name", "region", "fiscal_years"])
            for item in items {
                csv.append([item.id, item.name, item.region.joined(separator: "/"), item.fiscalYears.map(String.init).joined(separator: ";")])
            }
            return csv.response()
        }
        let itemsJSON: [JSONValue] = items.map { item in
            .object(JSONObject([
                ("id", .string(item.id)), ("name", .string(item.name)), ("region", .array(item.region.map { .string($0) })),
                ("fiscal_years", .array(item.fiscalYears.map { .int($0) })),
                ("links", .object(JSONObject([("self", .string("/v1/departments/\(item.id)"))]))),
            ]))
        }
        return APIResponse.json(JSONObject([
            ("items", .array(itemsJSON)), ("page_metadata", list.metadata(totalItems: all.count)),
            ("messages", .array(list.messages(totalItems: all.count))),
        ]), negotiated: true)
    }

    static func detail(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        try context.query().rejectUnknown(allowed: [])
        let id = try ReadAPIContext.departmentID(context, name: "id")
        let stored = try api.disclosures(ofDepartment: id)
        guard let latest = stored.last else {
            throw APIError(status: .notFound, type: "unknown-department", title: "Unknown department",
                           detail: "department '\(id)' is not known", errors: [ProblemDetails.FieldError(path: "id", detail: "no department with id '\(id)'")])
        }
        let years: [JSONValue] = stored.map { summary in
            .object(JSONObject([
                ("fiscal_year", .int(summary.fiscalYear)), ("unit", .string(summary.unit.rawValue)),
                ("published_on", .string(summary.publishedOn?.description)),
                ("revision", .int(summary.currentRevision.number)),
                ("links", .object(JSONObject([("self", .string("/v1/disclosures/\(id)/\(summary.fiscalYear)"))]))),
            ]))
        }
        return APIResponse.json(JSONObject([
            ("id", .string(id)), ("name", .string(latest.departmentName)), ("region", .array(latest.region.map { .string($0) })),
            ("years", .array(years)), ("messages", .array([])),
            ("links", .object(JSONObject([("self", .string("/v1/departments/\(id)")), ("disclosures", .string("/v1/disclosures"))]))),
        ]))
    }
}
