import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/disclosures/{dept}/{year}/three-public` (三公经费): budget and actual per category, execution rate,
/// shares of the 三公 total and year-over-year changes when the previous year is stored (`ThreePublicAnalysis`).
/// JSON or CSV.
struct ThreePublicRoutes: RouteCollection {
    let api: ReadAPIContext

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures/{dept}/{year}/three-public", cache: .publicData) { context in try Self.threePublic(api, context) }
    }

    static func threePublic(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: [ResponseFormat.parameterName])
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let previous = try api.previousYear(of: disclosure)
        let analysis = ThreePublicAnalysis(disclosure: disclosure, previous: previous)
        if format == .csv {
            var csv = CSVTable(header: ["key", "label", "parent", "budget", "actual", "unit", "execution_rate", "share", "previous_year",
                                        "previous", "change", "change_percent"])
            for item in analysis.items {
                let change = item.yearOverYear
                csv.append([item.key, item.label, item.parent, item.budget?.description, item.actual?.description, disclosure.unit.rawValue,
                            item.executionRate.value?.formatted(places: item.executionRate.places),
                            item.share?.value?.formatted(places: item.share?.places ?? 2), change.map { String($0.previousYear) },
                            change?.previous?.description, change?.change?.description,
                            change?.percent.value?.formatted(places: change?.percent.places ?? 2)])
            }
            return csv.response()
        }
        var encoder = AnalysisEncoder(unit: disclosure.unit)
        if previous == nil { encoder.note(code: "previous_year_not_stored", path: "$.previous_year", detail: ReadAPIContext.previousYearMessage(disclosure).detail) }
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        for (key, value) in analysis.jsonMembers(&encoder) { object.set(key, value) }
        object.set("messages", encoder.messagesJSON)
        let base = ReadAPIContext.disclosurePath(disclosure)
        object.set("links", .object(JSONObject([
            ("self", .string(base + "/three-public")), ("table", .string(base + "/tables/07")), ("disclosure", .string(base)),
        ])))
        return APIResponse.json(object, negotiated: true)
    }
}
