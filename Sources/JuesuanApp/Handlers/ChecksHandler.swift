public import JuesuanDomain
import JuesuanHTTP
public import JuesuanStorage

/// `GET /v1/disclosures/{dept}/{year}/checks` (审核): runs the checks engine on the stored disclosure's current
/// revision and answers the findings with counts.
///
/// Query: `severity` and `family` filter (comma-separated or repeated: `severity=error,warning`,
/// `family=narrative`); `format=json` (default) or `format=csv` (one finding per line, `CheckReport.csvHeader`
/// columns). JSON body: `CheckReport.jsonValue()` plus `filters` (what was applied). Unknown parameters,
/// severities and families are 400 naming the parameter; a missing disclosure is 404. Cached as public data: the
/// output depends only on the path, the query and the stored data.
public struct ChecksRoutes: RouteCollection {
    public let store: DisclosureStore
    public let checker: DisclosureChecker

    public init(store: DisclosureStore, checker: DisclosureChecker = DisclosureChecker()) {
        self.store = store
        self.checker = checker
    }

    /// The route template.
    public static let template = "/v1/disclosures/{dept}/{year}/checks"

    /// `Content-Type` of the CSV form.
    public static let csvContentType = "text/csv; charset=utf-8"

    public func register(in router: inout Router) {
        let store = self.store
        let checker = self.checker
        router.get(Self.template, cache: .publicData) { context in
            try Self.respond(context, store: store, checker: checker)
        }
    }

    static func respond(_ context: RequestContext, store: DisclosureStore, checker: DisclosureChecker) throws -> HTTPResponse {
        let department = try context.parameters.string("dept")
        guard Department.isValidIdentifier(department) else {
            throw APIError.invalidParameter("dept", in: .path, reason: "must match [a-z0-9][a-z0-9_-]* (at most 64 characters), got \"\(department)\"")
        }
        let year = try context.parameters.int("year", in: Disclosure.fiscalYearRange)
        let query = try context.query()
        try query.rejectUnknown(allowed: ["severity", "family", "format"])
        let severities = try Self.parseList(query, "severity", CheckSeverity.allCases.map(\.rawValue)).map { Set($0.compactMap(CheckSeverity.init(rawValue:))) }
        let families = try Self.parseList(query, "family", CheckFamily.allCases.map(\.rawValue)).map { Set($0.compactMap(CheckFamily.init(rawValue:))) }
        let format = try query.oneOf("format", ["json", "csv"]) ?? "json"

        guard let disclosure = try store.disclosure(department: department, year: year) else {
            throw APIError.notFound("no disclosure for department \(department), year \(year)")
        }
        let report = checker.check(disclosure).filtered(severities: severities, families: families)
        if format == "csv" {
            return HTTPResponse.text(Self.csv(report), contentType: Self.csvContentType)
        }
        guard case .object(var object) = report.jsonValue() else { throw APIError.internalError }
        var filters = JSONObject()
        filters.set("severity", severities.map { set in .array(CheckSeverity.allCases.filter(set.contains).map { .string($0.rawValue) }) } ?? .null)
        filters.set("family", families.map { set in .array(CheckFamily.allCases.filter(set.contains).map { .string($0.rawValue) }) } ?? .null)
        object.set("filters", .object(filters))
        return HTTPResponse.json(JSONWriter(style: .compact).write(.object(object)))
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

    /// RFC 4180 CSV: header line, one record per finding, CRLF line ends, fields quoted when they contain a comma,
    /// a quote or a line break.
    static func csv(_ report: CheckReport) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacing("\"", with: "\"\"") + "\""
        }
        var lines = [CheckReport.csvHeader.map(field).joined(separator: ",")]
        for record in report.csvRecords { lines.append(record.map(field).joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
