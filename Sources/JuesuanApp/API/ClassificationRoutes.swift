import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/classifications/{scheme}?year=` — the classification catalogue (支出功能分类 `functional` or 部门支出经济分类
/// `economic`) in effect for a fiscal year (default: the newest version): code, name, level (类/款/项), parent code and
/// whether the entry is confirmed against the official list. Paged; filter `level`; JSON or CSV.
struct ClassificationRoutes: RouteCollection {
    static let parameters = ListRequest.parameterNames.union(["year", "level", ResponseFormat.parameterName])

    func register(in router: inout Router) {
        router.get("/v1/classifications/{scheme}", cache: .publicData) { context in try Self.catalogue(context) }
    }

    static func catalogue(_ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: parameters)
        let list = try ListRequest(query: query, sortKeys: ["code", "name"])
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let level = try TableRoutes.level(query)
        let year = try query.int("year", in: Disclosure.fiscalYearRange)
        let schemeName = try context.parameters.string("scheme")
        guard let scheme = ClassificationScheme(rawValue: schemeName) else {
            let detail = "classification scheme '\(schemeName)' is unknown (schemes: functional, economic)"
            throw APIError(status: .notFound, type: "unknown-classification", title: "Unknown classification", detail: detail,
                           errors: [ProblemDetails.FieldError(path: "scheme", detail: detail)])
        }
        let catalog: ClassificationCatalog
        if let year {
            guard let found = ClassificationCatalog.forYear(year) else {
                let first = ClassificationCatalog.versions.first?.effectiveYear ?? 0
                throw APIError(status: .notFound, type: "unknown-year", title: "Unknown fiscal year",
                               detail: "no classification catalogue applies to fiscal year \(year) (the oldest version is for \(first))",
                               errors: [ProblemDetails.FieldError(path: "year", detail: "no catalogue for \(year)")])
            }
            catalog = found
        } else {
            guard let newest = ClassificationCatalog.versions.last else { throw APIError.internalError }
            catalog = newest
        }
        let entries = catalog.entries(scheme).filter { level == nil || $0.level == level }
        let items = list.apply(entries, by: ["code": { $0.code < $1.code }, "name": { $0.name < $1.name }])
        if format == .csv {
            var csv = CSVTable(header: ["scheme", "code", "name", "level", "parent", "confirmed"])
            for entry in items {
                csv.append([scheme.rawValue, entry.code, entry.name, entry.level?.rawValue, entry.parentCode, entry.confirmed ? "true" : "false"])
            }
            return csv.response()
        }
        let itemsJSON: [JSONValue] = items.map { entry in
            .object(JSONObject([
                ("code", .string(entry.code)), ("name", .string(entry.name)), ("level", .string(entry.level?.rawValue)),
                ("parent", .string(entry.parentCode)), ("confirmed", .bool(entry.confirmed)),
            ]))
        }
        var object = JSONObject([
            ("scheme", .string(scheme.rawValue)), ("catalogue_year", .int(catalog.effectiveYear)),
        ])
        if scheme == .economic {
            object.set("economic_grouping", .object(JSONObject([
                ("id", .string(catalog.economicGrouping.id)),
                ("personnel", .array(catalog.economicGrouping.personnel.map { .string($0) })),
                ("office", .array(catalog.economicGrouping.office.map { .string($0) })),
            ])))
        }
        object.set("items", .array(itemsJSON))
        object.set("page_metadata", list.metadata(totalItems: entries.count))
        object.set("messages", .array(list.messages(totalItems: entries.count)))
        return APIResponse.json(object, negotiated: true)
    }
}
