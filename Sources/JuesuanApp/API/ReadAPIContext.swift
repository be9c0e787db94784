import JuesuanDomain
import JuesuanHTTP
import JuesuanStorage

/// What every read-API handler shares: the store, and lookups that turn path parameters into stored disclosures or
/// 400/404 problems naming the department, year, table or scorecard that is malformed or unknown.
struct ReadAPIContext: Sendable {
    let store: DisclosureStore

    /// The `dept` path parameter: a department id (`[a-z0-9][a-z0-9_-]*`, ≤ 64), else 400.
    static func departmentID(_ context: RequestContext, name: String = "dept") throws -> String {
        let id = try context.parameters.string(name)
        guard Department.isValidIdentifier(id) else {
            throw APIError.invalidParameter(name, in: .path, reason: "must be a department id ([a-z0-9][a-z0-9_-]*, at most 64 characters), got \"\(id)\"")
        }
        return id
    }

    /// The `year` path parameter: 1990…2100, else 400.
    static func fiscalYear(_ context: RequestContext) throws -> Int {
        try context.parameters.int("year", in: Disclosure.fiscalYearRange)
    }

    /// The stored disclosures of a department, oldest first; empty when the department is unknown.
    func disclosures(ofDepartment id: String) throws -> [DisclosureSummary] {
        try store.disclosures().filter { $0.departmentID == id }
    }

    /// 404 for an unknown department.
    static func unknownDepartment(_ id: String) -> APIError {
        APIError(status: .notFound, type: "unknown-department", title: "Unknown department",
                 detail: "department '\(id)' is not known", errors: [ProblemDetails.FieldError(path: "dept", detail: "no department with id '\(id)'")])
    }

    /// The disclosure of the request's `dept` and `year`, or 404 saying whether the department or the year is
    /// unknown.
    func disclosure(_ context: RequestContext) throws -> Disclosure {
        let id = try Self.departmentID(context)
        let year = try Self.fiscalYear(context)
        if let disclosure = try store.disclosure(department: id, year: year) { return disclosure }
        let stored = try disclosures(ofDepartment: id)
        guard !stored.isEmpty else { throw Self.unknownDepartment(id) }
        let years = stored.map { String($0.fiscalYear) }.joined(separator: ", ")
        throw APIError(status: .notFound, type: "unknown-year", title: "Unknown fiscal year",
                       detail: "department '\(id)' has no disclosure for fiscal year \(year) (stored years: \(years))",
                       errors: [ProblemDetails.FieldError(path: "year", detail: "no disclosure for \(year)")])
    }

    /// The disclosure of the year before, when stored.
    func previousYear(of disclosure: Disclosure) throws -> Disclosure? {
        guard disclosure.fiscalYear - 1 >= Disclosure.fiscalYearRange.lowerBound else { return nil }
        return try store.disclosure(department: disclosure.department.id, year: disclosure.fiscalYear - 1)
    }

    /// `/v1/disclosures/{dept}/{year}`.
    static func disclosurePath(_ disclosure: Disclosure) -> String {
        "/v1/disclosures/\(disclosure.department.id)/\(disclosure.fiscalYear)"
    }

    /// The message saying the previous year is not stored (no year-over-year changes).
    static func previousYearMessage(_ disclosure: Disclosure) -> AnalysisMessage {
        AnalysisMessage(code: "previous_year_not_stored", path: "$.previous_year",
                        detail: "no disclosure of \(disclosure.department.id) for \(disclosure.fiscalYear - 1) is stored, so year-over-year changes are null")
    }
}
