/// JSON and CSV forms of a check report, shared by the CLI (`juesuan check --format json`) and the HTTP API
/// (`GET /v1/disclosures/{dept}/{year}/checks`).
///
/// JSON: `{department, fiscal_year, unit, counts: {total, error, warning, rounding, by_family: {…}}, findings: [...]}`;
/// each finding `{rule, title, family, severity, message, locations: [...], stated, expected, difference,
/// tolerance}`, values as `{kind, value, text}` with exact JSON numbers.
extension CheckReport {
    /// The report as a JSON object.
    public func jsonValue() -> JSONValue {
        var counts = JSONObject()
        counts.set("total", .int(findings.count))
        for severity in CheckSeverity.allCases { counts.set(severity.rawValue, .int(count(severity))) }
        var families = JSONObject()
        for family in CheckFamily.allCases { families.set(family.rawValue, .int(count(family))) }
        counts.set("by_family", .object(families))
        var object = JSONObject()
        object.set("department", .string(departmentID))
        object.set("fiscal_year", .int(fiscalYear))
        object.set("unit", .string(unit.rawValue))
        object.set("counts", .object(counts))
        object.set("findings", .array(findings.map { $0.jsonValue() }))
        return .object(object)
    }

    /// Column names of the CSV form, one finding per line.
    public static let csvHeader = [
        "rule", "family", "severity", "title", "message", "locations", "stated", "expected", "difference", "tolerance",
    ]

    /// One CSV record per finding, fields in `csvHeader` order (not yet quoted).
    public var csvRecords: [[String]] {
        findings.map(\.csvFields)
    }
}

extension CheckFinding {
    /// The finding as a JSON object.
    public func jsonValue() -> JSONValue {
        var object = JSONObject()
        object.set("rule", .string(ruleID))
        object.set("title", .string(title))
        object.set("family", .string(family.rawValue))
        object.set("severity", .string(severity.rawValue))
        object.set("message", .string(message))
        object.set("locations", .array(locations.map { $0.jsonValue() }))
        object.set("stated", stated.map { $0.jsonValue() } ?? .null)
        object.set("expected", expected.map { $0.jsonValue() } ?? .null)
        object.set("difference", difference.map(CheckValue.jsonNumber) ?? .null)
        object.set("tolerance", tolerance.map(CheckValue.jsonNumber) ?? .null)
        return .object(object)
    }

    /// Fields in `CheckReport.csvHeader` order.
    public var csvFields: [String] {
        [
            ruleID, family.rawValue, severity.rawValue, title, message,
            locations.map(\.description).joined(separator: "; "),
            stated?.description ?? "", expected?.description ?? "",
            difference?.description ?? "", tolerance?.description ?? "",
        ]
    }
}

extension CheckValue {
    /// An exact decimal as a JSON number in its shortest form.
    static func jsonNumber(_ value: ExactDecimal) -> JSONValue {
        JSONNumber(literal: value.description).map { .number($0) } ?? .string(value.description)
    }

    /// `{kind, value, text}`.
    public func jsonValue() -> JSONValue {
        var object = JSONObject()
        object.set("kind", .string(kind.rawValue))
        if let number {
            let literal = kind == .amount ? number.formatted(places: Swift.max(2, number.normalized.scale)) : number.description
            object.set("value", JSONNumber(literal: literal).map { .number($0) } ?? .null)
        } else {
            object.set("value", .null)
        }
        object.set("text", .string(text))
        return .object(object)
    }
}

extension CheckLocation {
    /// The location as a JSON object with only the fields it has.
    public func jsonValue() -> JSONValue {
        var object = JSONObject()
        object.set("kind", .string(kind.rawValue))
        if let table { object.set("table", .string(table)) }
        if let side { object.set("side", .string(side.rawValue)) }
        if let line { object.set("line", .int(line)) }
        if let rowCode { object.set("row_code", .string(rowCode)) }
        if let rowName { object.set("row_name", .string(rowName)) }
        if let column { object.set("column", .string(column)) }
        if let section { object.set("section", .string(section)) }
        if let indicator { object.set("indicator", .int(indicator)) }
        if let field { object.set("field", .string(field)) }
        if let quote { object.set("quote", .string(quote)) }
        return .object(object)
    }
}
