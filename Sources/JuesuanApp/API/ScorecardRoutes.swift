import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/disclosures/{dept}/{year}/scorecards` (绩效自评表: per scorecard the funds' execution rate and its
/// score, published and recomputed totals, grade; paged, JSON or CSV) and `.../scorecards/{id}` (funds, goals,
/// every indicator with its parsed target and actual, published and recomputed scores side by side, the blocks,
/// the total and the grade). Scoring is `ScorecardScorer` under the standard profile: execution score = 分值 ×
/// 执行率 capped at 分值; grade 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
struct ScorecardRoutes: RouteCollection {
    let api: ReadAPIContext

    static let sortKeys = ["position", "id", "total_score"]

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures/{dept}/{year}/scorecards", cache: .publicData) { context in try Self.list(api, context) }
        router.get("/v1/disclosures/{dept}/{year}/scorecards/{id}", cache: .publicData) { context in try Self.detail(api, context) }
    }

    /// 执行率 = 全年执行数 ÷ 全年预算数 of the 合计 funds row, as a `Ratio`.
    static func executionRatio(_ funds: ScorecardFunds) -> Ratio {
        Ratio(numerator: RatioTerm(label: "全年执行数 (年度资金 合计)", amount: funds.total.executed),
              denominator: RatioTerm(label: "全年预算数 (年度资金 合计)", amount: funds.total.fullYearBudget),
              basis: "全年执行数 ÷ 全年预算数", places: ExecutionRate.places)
    }

    /// The funds block: rows, weight, rate, recomputed and published scores.
    static func fundsJSON(_ scorecard: Scorecard, _ scoring: ScorecardScoring, encoder: inout AnalysisEncoder, path: String) -> JSONValue {
        let execution = scoring.execution
        return .object(JSONObject([
            ("initial_budget", encoder.amount(scorecard.funds.total.initialBudget)),
            ("full_year_budget", encoder.amount(scorecard.funds.total.fullYearBudget)),
            ("executed", encoder.amount(scorecard.funds.total.executed)),
            ("execution_rate", encoder.ratio(executionRatio(scorecard.funds), at: path + ".execution_rate")),
            ("published_execution_rate", .string(execution.publishedRateText)),
            ("weight", APIResponse.decimal(execution.weight)), ("weight_source", .string(execution.weightSource.rawValue)),
            ("score", APIResponse.decimal(execution.score)), ("capped", .bool(execution.capped)),
            ("published_score", APIResponse.decimal(execution.publishedScore)),
        ]))
    }

    /// `{"weight", "published_weight", "published_score", "published_score_sum", "score"}`.
    static func totalJSON(_ scoring: ScorecardScoring) -> JSONValue {
        .object(JSONObject([
            ("weight", APIResponse.decimal(scoring.totalWeight)), ("published_weight", APIResponse.decimal(scoring.publishedTotal.weight)),
            ("published_score", APIResponse.decimal(scoring.publishedTotal.score)),
            ("published_score_sum", APIResponse.decimal(scoring.publishedScoreSum)), ("score", APIResponse.decimal(scoring.totalScore)),
        ]))
    }

    /// `{"computed", "published_text", "published", "agrees"}`.
    static func gradeJSON(_ scoring: ScorecardScoring) -> JSONValue {
        .object(JSONObject([
            ("computed", .string(scoring.grade.rawValue)), ("published_text", .string(scoring.publishedGradeText)),
            ("published", .string(scoring.publishedGrade?.rawValue)),
            ("agrees", scoring.publishedGrade.map { .bool($0 == scoring.grade) } ?? .null),
        ]))
    }

    static func list(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: ListRequest.parameterNames.union([ResponseFormat.parameterName]))
        let list = try ListRequest(query: query, sortKeys: sortKeys)
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let scorer = ScorecardScorer(profile: .standard)
        let scored = disclosure.scorecards.map { ($0, scorer.score($0)) }
        let items = list.apply(scored, by: [
            "position": { _, _ in false }, "id": { $0.0.id < $1.0.id }, "total_score": { $0.1.totalScore < $1.1.totalScore },
        ])
        if format == .csv {
            var csv = CSVTable(header: ["id", "kind", "name", "full_year_budget", "executed", "unit", "execution_rate", "execution_score",
                                        "published_total", "total_score", "grade", "published_grade"])
            for (card, scoring) in items {
                let rate = executionRatio(card.funds)
                csv.append([card.id, card.kind.rawValue, card.name, card.funds.total.fullYearBudget?.description,
                            card.funds.total.executed?.description, disclosure.unit.rawValue, rate.value?.formatted(places: rate.places),
                            scoring.execution.score?.description, scoring.publishedTotal.score?.description, scoring.totalScore.description,
                            scoring.grade.rawValue, scoring.publishedGradeText])
            }
            return csv.response()
        }
        let base = ReadAPIContext.disclosurePath(disclosure)
        var encoder = AnalysisEncoder(unit: disclosure.unit)
        let itemsJSON: [JSONValue] = items.enumerated().map { index, pair in
            let (card, scoring) = pair
            return .object(JSONObject([
                ("id", .string(card.id)), ("kind", .string(card.kind.rawValue)), ("name", .string(card.name)),
                ("funds", fundsJSON(card, scoring, encoder: &encoder, path: "$.items[\(index)].funds")),
                ("total", totalJSON(scoring)), ("grade", gradeJSON(scoring)),
                ("links", .object(JSONObject([("self", .string(base + "/scorecards/" + card.id))]))),
            ]))
        }
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("profile", .string(scorer.profile.id))
        object.set("items", .array(itemsJSON))
        object.set("page_metadata", list.metadata(totalItems: scored.count))
        object.set("messages", .array(encoder.messages.map { $0.jsonValue() } + list.messages(totalItems: scored.count)))
        object.set("links", .object(JSONObject([("self", .string(base + "/scorecards")), ("disclosure", .string(base))])))
        return APIResponse.json(object, negotiated: true)
    }

    static func detail(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        try context.query().rejectUnknown(allowed: [])
        let disclosure = try api.disclosure(context)
        let id = try context.parameters.string("id")
        guard let card = disclosure.scorecard(id: id) else {
            let known = disclosure.scorecards.map(\.id).joined(separator: ", ")
            let detail = "the \(disclosure.fiscalYear) disclosure of '\(disclosure.department.id)' has no scorecard '\(id)' (scorecards: \(known))"
            throw APIError(status: .notFound, type: "unknown-scorecard", title: "Unknown scorecard", detail: detail,
                           errors: [ProblemDetails.FieldError(path: "id", detail: "no scorecard '\(id)'")])
        }
        let scorer = ScorecardScorer(profile: .standard)
        let scoring = scorer.score(card)
        var encoder = AnalysisEncoder(unit: disclosure.unit)
        func fundRow(_ row: FundRow) -> JSONValue {
            .object(JSONObject([
                ("initial_budget", encoder.amount(row.initialBudget)), ("full_year_budget", encoder.amount(row.fullYearBudget)),
                ("executed", encoder.amount(row.executed)),
            ]))
        }
        let indicators: [JSONValue] = zip(card.indicators, scoring.indicators).map { indicator, scored in
            .object(JSONObject([
                ("index", .int(scored.index)), ("level1", .string(indicator.level1)), ("level2", .string(indicator.level2)),
                ("name", .string(indicator.name)), ("block", .string(scored.blockID)),
                ("target", scored.target.jsonValue()), ("actual", scored.actual.jsonValue()),
                ("rule", .string(scored.rule.rawValue)), ("direction_assumed", .bool(scored.directionAssumed)),
                ("weight", APIResponse.decimal(scored.weight)), ("published_score", APIResponse.decimal(scored.publishedScore)),
                ("computed_score", APIResponse.decimal(scored.computedScore)), ("score", APIResponse.decimal(scored.effectiveScore)),
                ("met", scored.met.map { .bool($0) } ?? .null), ("met_but_deducted", .bool(scored.metButDeducted)),
                ("explanation", .string(scored.explanation)), ("deviation_note", .string(indicator.deviationNote)),
            ]))
        }
        let blocks: [JSONValue] = scoring.blocks.map { block in
            .object(JSONObject([
                ("id", .string(block.block?.id)), ("name", .string(block.name)), ("expected_weight", APIResponse.decimal(block.expectedWeight)),
                ("weight", APIResponse.decimal(block.weight)), ("published_score", APIResponse.decimal(block.publishedScore)),
                ("score", APIResponse.decimal(block.score)), ("indicator_count", .int(block.indicatorCount)),
            ]))
        }
        let base = ReadAPIContext.disclosurePath(disclosure)
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("profile", .string(scorer.profile.id))
        object.set("scorecard", .object(JSONObject([
            ("id", .string(card.id)), ("kind", .string(card.kind.rawValue)), ("name", .string(card.name)),
            ("sub_project", .string(card.subProject)), ("period", .string(card.period)),
            ("total_investment", encoder.amount(card.totalInvestment)), ("of_which_appropriation", encoder.amount(card.ofWhichAppropriation)),
        ])))
        var funds = fundsJSON(card, scoring, encoder: &encoder, path: "$.funds").objectValue ?? JSONObject()
        funds.set("rows", .object(JSONObject([
            ("total", fundRow(card.funds.total)), ("current_year_appropriation", fundRow(card.funds.currentYearAppropriation)),
            ("prior_year_carryover", fundRow(card.funds.priorYearCarryover)), ("other", fundRow(card.funds.other)),
        ])))
        object.set("funds", .object(funds))
        object.set("goals", .array(card.goals.map { goal in
            .object(JSONObject([("expected", .string(goal.expected)), ("achieved", .string(goal.achieved))]))
        }))
        object.set("indicators", .array(indicators))
        object.set("blocks", .array(blocks))
        object.set("total", totalJSON(scoring))
        object.set("grade", gradeJSON(scoring))
        object.set("messages", encoder.messagesJSON)
        object.set("links", .object(JSONObject([
            ("self", .string(base + "/scorecards/" + card.id)), ("scorecards", .string(base + "/scorecards")), ("disclosure", .string(base)),
        ])))
        return APIResponse.json(object)
    }
}
