import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/disclosures/{dept}/{year}/budget-execution`: per functional 项 with a stated 年初预算, the budget, the
/// 决算数 and the execution rate 决算数 ÷ 年初预算数 beside the published percentage (`BudgetExecutionAnalysis`).
/// JSON or CSV.
struct BudgetExecutionRoutes: RouteCollection {
    let api: ReadAPIContext

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures/{dept}/{year}/budget-execution", cache: .publicData) { context in try Self.budgetExecution(api, context) }
    }

    static func budgetExecution(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: [ResponseFormat.parameterName])
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let analysis = BudgetExecutionAnalysis(disclosure: disclosure)
        if format == .csv {
            var csv = CSVTable(header: ["code", "name", "stated_path", "initial_budget", "adjusted_budget", "final_amount", "unit",
                                        "execution_rate", "published_execution_percent", "published_comparison"])
            for line in analysis.lines {
                csv.append([line.code, line.name, line.statedPath, line.initialBudget?.description, line.adjustedBudget?.description,
                            line.finalAmount?.description, disclosure.unit.rawValue,
                            line.executionRate.value?.formatted(places: line.executionRate.places), line.publishedPercent,
                            line.comparison.rawValue])
            }
            return csv.response()
        }
        var encoder = AnalysisEncoder(unit: disclosure.unit)
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        for (key, value) in analysis.jsonMembers(&encoder) { object.set(key, value) }
        object.set("messages", encoder.messagesJSON)
        let base = ReadAPIContext.disclosurePath(disclosure)
        object.set("links", .object(JSONObject([("self", .string(base + "/budget-execution")), ("disclosure", .string(base))])))
        return APIResponse.json(object, negotiated: true)
    }
}
