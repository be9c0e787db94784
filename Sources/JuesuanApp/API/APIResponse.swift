import JuesuanDomain
import JuesuanHTTP

/// Builders for read-API responses: compact JSON written by the domain's `JSONWriter` (numbers exactly as
/// published), with `Vary: Accept` where the resource also has a CSV form.
enum APIResponse {
    /// 200 with the JSON of `object`.
    static func json(_ object: JSONObject, negotiated: Bool = false) -> HTTPResponse {
        var response = HTTPResponse.json(JSONWriter(style: .compact).write(.object(object)))
        if negotiated { response.headers.addVary("Accept") }
        return response
    }

    /// `{"department": {"id", "name", "region"}, "fiscal_year", "unit"}` — the head of every per-disclosure response.
    static func disclosureHead(_ disclosure: Disclosure) -> [(String, JSONValue)] {
        [
            ("department", department(disclosure.department)),
            ("fiscal_year", .int(disclosure.fiscalYear)),
            ("unit", .string(disclosure.unit.rawValue)),
        ]
    }

    /// `{"id", "name", "region"}`.
    static func department(_ department: Department) -> JSONValue {
        .object(JSONObject([
            ("id", .string(department.id)), ("name", .string(department.name)),
            ("region", .array(department.region.map { .string($0) })),
        ]))
    }

    /// An amount written exactly (two decimals) or null.
    static func amount(_ money: Money?) -> JSONValue {
        money.map { .number($0.jsonNumber) } ?? .null
    }

    /// A decimal written in its shortest exact form (scores, weights) or null.
    static func decimal(_ value: ExactDecimal?) -> JSONValue {
        value.map { .number($0.jsonNumber) } ?? .null
    }
}
