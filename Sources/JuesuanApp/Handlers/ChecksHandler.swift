public import JuesuanDomain
import JuesuanHTTP
public import JuesuanStorage

/// `GET /v1/disclosures/{dept}/{year}/checks` (审核): runs the checks engine on the stored disclosure's current
/// revision and answers the findings with counts.
///
/// Query: `severity` and `family` filter (comma-separated or repeated: `severity=error,warning`,
/// `family=narrative`); `format=json` (default) or `format=csv` (or `Accept: text/csv`; one finding per line,
/// `CheckReport.csvHeader` columns). JSON body: the read API's disclosure head (`department` object,
/// `fiscal_year`, `unit`), `counts`, `filters` (what was applied) and `findings` (`CheckFinding.jsonValue()`).
/// Unknown parameters, severities and families are 400 naming the parameter; an unknown department or year is 404
/// (the read API's lookups). Cached as public data: the output depends only on the path, the query and the stored
/// data.
public struct ChecksRoutes: RouteCollection {
    public let store: DisclosureStore
    public let checker: DisclosureChecker

    public init(store: DisclosureStore, checker: DisclosureChecker = DisclosureChecker()) {
        self.store = store
        self.checker = checker
    }

    /// The route template.
    public static let template = "/v1/disclosures/{dept}/{year}/checks"

    public func register(in router: inout Router) {
        let api = ReadAPIContext(store: store)
        let checker = self.checker
        router.get(Self.template, cache: .publicData) { context in
            try Self.respond(context, api: api, checker: checker)
        }
    }

    static func respond(_ context: RequestContext, api: ReadAPIContext, checker: DisclosureChecker) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: ["severity", "family", ResponseFormat.parameterName])
        let severities = try Self.parseList(query, "severity", CheckSeverity.allCases.map(\.rawValue))
            .map { Set($0.compactMap(CheckSeverity.init(rawValue:))) }
        let families = try Self.parseList(query, "family", CheckFamily.allCases.map(\.rawValue))
            .map { Set($0.compactMap(CheckFamily.init(rawValue:))) }
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let report = checker.check(disclosure).filtered(severities: severities, families: families)
        if format == .csv {
            var csv = CSVTable(header: CheckReport.csvHeader)
            for record in report.csvRecords { csv.append(record.map { $0.isEmpty ? nil : $0 }) }
            return csv.response()
        }
        guard case .object(let body) = report.jsonValue() else { throw APIError.internalError }
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("counts", body["counts"] ?? .null)
        var filters = JSONObject()
        filters.set("severity", severities.map { set in .array(CheckSeverity.allCases.filter(set.contains).map { .string($0.rawValue) }) } ?? .null)
        filters.set("family", families.map { set in .array(CheckFamily.allCases.filter(set.contains).map { .string($0.rawValue) }) } ?? .null)
        object.set("filters", .object(filters))
        object.set("findings", body["findings"] ?? .array([]))
        return APIResponse.json(object, negotiated: true)
    }

    /// Every value of a list parameter (repeated and/or comma-separated), each one of `allowed`; nil when absent.
    static func parseList(_ query: QueryParameters, _ name: String, _ allowed: [String]) throws -> [String]? {
        let raw = query.values(name)
        guard !raw.isEmpty else { return nil }
        var values: [String] = []
        for text in raw {
            for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                let value = String(item)
                guard allowed.contains(value) else {
                    throw APIError.invalidParameter(
                        name, in: .query, reason: "must be a comma-separated list of \(allowed.joined(separator: ", ")), got \"\(value)\"")
                }
                if !values.contains(value) { values.append(value) }
            }
        }
        return values
    }
}
