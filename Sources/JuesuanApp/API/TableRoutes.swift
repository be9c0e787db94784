import JuesuanDomain
import JuesuanHTTP

/// `GET /v1/disclosures/{dept}/{year}/tables` (the tables with their state) and `.../tables/{no}` — `01`…`09` or a
/// kind id (`three_public_with_meetings_training`): every row with its printed and restored code, name, level
/// (类/款/项), parent, every column, and its inline checks; `?level=类|款|项` (or `category|section|item`) cuts the
/// tree; an empty-by-rule table returns its published reason and no rows. JSON or CSV.
struct TableRoutes: RouteCollection {
    let api: ReadAPIContext

    static let levelValues = ["category", "section", "item", "类", "款", "项"]

    func register(in router: inout Router) {
        let api = api
        router.get("/v1/disclosures/{dept}/{year}/tables", cache: .publicData) { context in try Self.list(api, context) }
        router.get("/v1/disclosures/{dept}/{year}/tables/{no}", cache: .publicData) { context in try Self.table(api, context) }
    }

    /// The disclosure's tables in published order, then every standard kind it lacks (as `not_published`, unless a
    /// variant with the same number stands in for it).
    static func tableEntries(_ disclosure: Disclosure) -> [DisclosureTable] {
        var entries = disclosure.tables
        for kind in TableKind.standardNine where !entries.contains(where: { $0.kind.number == kind.number }) {
            entries.append(DisclosureTable(kind: kind, state: .notPublished))
        }
        return entries
    }

    /// The URL segment that addresses `table` in `disclosure`: its number when the number resolves to it, else its
    /// kind id.
    static func segment(_ table: DisclosureTable, in disclosure: Disclosure) -> String {
        let number = TableAnalysis.urlNumber(table.kind)
        return resolve(number, in: disclosure)?.kind == table.kind ? number : table.kind.id
    }

    /// `01`…`09`: the standard kind of that number, else the disclosure's variant with that number, else the standard
    /// kind as `not_published`. A kind id: the disclosure's table of that kind (standard kinds: `not_published` when
    /// absent). Nil for anything else.
    static func resolve(_ segment: String, in disclosure: Disclosure) -> DisclosureTable? {
        let bytes = Array(segment.utf8)
        if bytes.count == 2, bytes[0] == UInt8(ascii: "0"), bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "9") {
            let number = Int(bytes[1] - 0x30)
            let standard = TableKind.standardNine[number - 1]
            if let table = disclosure.table(standard) { return table }
            if let variant = disclosure.tables.first(where: { $0.kind.number == number }) { return variant }
            return DisclosureTable(kind: standard, state: .notPublished)
        }
        guard let kind = TableKind(id: segment) else { return nil }
        if let table = disclosure.table(kind) { return table }
        return TableKind.standardNine.contains(kind) ? DisclosureTable(kind: kind, state: .notPublished) : nil
    }

    /// One entry of the table list.
    static func entryJSON(_ table: DisclosureTable, base: String, disclosure: Disclosure) -> JSONValue {
        .object(JSONObject([
            ("kind", .string(table.kind.id)), ("number", .string(TableAnalysis.urlNumber(table.kind))),
            ("printed_number", .string(table.printedNumber)), ("title", .string(table.title)), ("state", .string(table.state.name)),
            ("empty_reason", .string(table.state.emptyReason)), ("row_count", .int(table.rows.count)),
            ("links", .object(JSONObject([("self", .string(base + "/tables/" + segment(table, in: disclosure)))]))),
        ]))
    }

    static func list(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: ListRequest.parameterNames.union([ResponseFormat.parameterName]))
        let list = try ListRequest(query: query, sortKeys: ["position", "number", "kind"])
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let base = ReadAPIContext.disclosurePath(disclosure)
        let entries = tableEntries(disclosure)
        let items = list.apply(entries, by: [
            "position": { _, _ in false },
            "number": { $0.kind.number < $1.kind.number },
            "kind": { $0.kind.id < $1.kind.id },
        ])
        if format == .csv {
            var csv = CSVTable(header: ["kind", "number", "printed_number", "title", "state", "empty_reason", "row_count"])
            for table in items {
                csv.append([table.kind.id, TableAnalysis.urlNumber(table.kind), table.printedNumber, table.title, table.state.name,
                            table.state.emptyReason, String(table.rows.count)])
            }
            return csv.response()
        }
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("items", .array(items.map { entryJSON($0, base: base, disclosure: disclosure) }))
        object.set("page_metadata", list.metadata(totalItems: entries.count))
        object.set("messages", .array(list.messages(totalItems: entries.count)))
        object.set("links", .object(JSONObject([("self", .string(base + "/tables")), ("disclosure", .string(base))])))
        return APIResponse.json(object, negotiated: true)
    }

    /// The `level` parameter.
    static func level(_ query: QueryParameters) throws(APIError) -> ClassificationLevel? {
        switch try query.oneOf("level", levelValues) {
        case "category", "类": .category
        case "section", "款": .section
        case "item", "项": .item
        default: nil
        }
    }

    static func table(_ api: ReadAPIContext, _ context: RequestContext) throws -> HTTPResponse {
        let query = try context.query()
        try query.rejectUnknown(allowed: ["level", ResponseFormat.parameterName])
        let maximumLevel = try level(query)
        let format = try ResponseFormat.negotiate(query: query, headers: context.request.headers, csvAvailable: true)
        let disclosure = try api.disclosure(context)
        let segment = try context.parameters.string("no")
        guard let table = resolve(segment, in: disclosure) else {
            let detail = TableKind(id: segment) != nil
                ? "the \(disclosure.fiscalYear) disclosure of '\(disclosure.department.id)' has no table of kind '\(segment)'"
                : "table '\(segment)' is not a table number 01–09 or a table kind id (\(TableKind.all.map(\.id).joined(separator: ", ")))"
            throw APIError(status: .notFound, type: "unknown-table", title: "Unknown table", detail: detail,
                           errors: [ProblemDetails.FieldError(path: "no", detail: detail)])
        }
        let analysis = TableAnalysis(table: table, catalog: ClassificationCatalog.forYear(disclosure.fiscalYear), maximumLevel: maximumLevel)
        if format == .csv { return csv(analysis, unit: disclosure.unit).response() }
        let base = ReadAPIContext.disclosurePath(disclosure)
        var object = JSONObject(APIResponse.disclosureHead(disclosure))
        object.set("table", analysis.jsonValue())
        object.set("messages", .array(messages(analysis).map { $0.jsonValue() }))
        object.set("links", .object(JSONObject([
            ("self", .string(base + "/tables/" + segment)), ("tables", .string(base + "/tables")), ("disclosure", .string(base)),
        ])))
        return APIResponse.json(object, negotiated: true)
    }

    /// Notes on the table: its state, codes the catalogue does not confirm, checks that differ.
    static func messages(_ analysis: TableAnalysis) -> [AnalysisMessage] {
        var messages: [AnalysisMessage] = []
        switch analysis.table.state {
        case .data: break
        case .empty(let reason):
            messages.append(AnalysisMessage(code: "table_empty", path: "$.table.empty_reason",
                                            detail: reason.map { "published without data: \($0)" } ?? "published without data and without a reason"))
        case .notPublished:
            messages.append(AnalysisMessage(code: "table_not_published", path: "$.table.state",
                                            detail: "the disclosure does not contain \(analysis.table.kind.title)"))
        }
        for (position, row) in analysis.rows.enumerated() {
            if let resolution = row.resolution, resolution.isProblem, let status = row.codeStatus {
                messages.append(AnalysisMessage(code: "code_" + status, path: "$.table.rows[\(position)].code",
                                                detail: "code \(row.row.code ?? "-") \(row.row.name ?? "") is not confirmed by the \(resolution.scheme.rawValue) catalogue (\(status))"))
            }
            for (index, check) in row.checks.enumerated() where check.status == .differs {
                messages.append(AnalysisMessage(code: "check_differs", path: "$.table.rows[\(position)].checks[\(index)]",
                                                detail: "\(row.row.code ?? row.row.name ?? "row \(row.index)") \(check.column) is \(check.stated) but its parts add up to \(check.expected)"))
            }
        }
        return messages
    }

    /// CSV: one record per row; fields `index, side, line, code, restored_code, code_status, name, level, parent`, then
    /// every column key of the kind, then `unit` and `checks` (the worst check status).
    static func csv(_ analysis: TableAnalysis, unit: AmountUnit) -> CSVTable {
        let columns = analysis.table.kind.allColumns.map(\.key)
        var csv = CSVTable(header: ["index", "side", "line", "code", "restored_code", "code_status", "name", "level", "parent"]
                           + columns + ["unit", "checks"])
        for analyzed in analysis.rows {
            let row = analyzed.row
            let own = Set(analysis.table.kind.columns(for: row.side).map(\.key))
            let values: [String?] = columns.map { own.contains($0) ? row[$0]?.description : nil }
            let worst = analyzed.checks.contains { $0.status == .differs } ? "differs"
                : analyzed.checks.contains { $0.status == .rounding } ? "rounding" : analyzed.checks.isEmpty ? nil : "agrees"
            csv.append([String(analyzed.index), row.side?.rawValue, row.line.map(String.init), row.code, analyzed.restoredCode,
                        analyzed.codeStatus, row.name, analyzed.level?.rawValue, analyzed.parentCode] + values + [unit.rawValue, worst])
        }
        return csv
    }
}
