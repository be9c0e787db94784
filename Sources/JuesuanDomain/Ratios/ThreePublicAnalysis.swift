/// The 三公 expenditure (一般公共预算财政拨款“三公”经费) of one disclosure, from 公开07表 (or its variant with 会议费
/// and 培训费): per category budget and actual, execution rate (决算数 ÷ 预算数), share of the 三公 actual total, and
/// the year-over-year change of the actual when the previous year's disclosure is stored. Ratios are percentages
/// rounded half-up to 2 places; amounts in the disclosure unit.
public struct ThreePublicAnalysis: Sendable, Hashable {
    /// The table kind read (`three_public` or `three_public_with_meetings_training`), nil when the disclosure has
    /// neither.
    public let tableKind: TableKind?
    /// The table's state (`data`, `empty`, `not_published`).
    public let state: TableState
    public let previousYear: Int?
    /// 合计 first, then the categories in table order.
    public let items: [ThreePublicItem]

    /// The categories: key, label, parent, budget column, actual column, part of 三公.
    static let categories: [(key: String, label: String, parent: String?, threePublic: Bool)] = [
        ("total", "三公经费合计", nil, true),
        ("overseas_travel", "因公出国(境)费", nil, true),
        ("vehicles", "公务用车购置及运行费", nil, true),
        ("vehicle_purchase", "公务用车购置费", "vehicles", true),
        ("vehicle_operation", "公务用车运行费", "vehicles", true),
        ("reception", "公务接待费", nil, true),
        ("meetings", "会议费", nil, false),
        ("training", "培训费", nil, false),
    ]

    public init(disclosure: Disclosure, previous: Disclosure? = nil) {
        let previous = previous.flatMap { $0.fiscalYear == disclosure.fiscalYear - 1 ? $0 : nil }
        previousYear = previous?.fiscalYear
        let table = Self.table(of: disclosure)
        tableKind = table?.kind
        state = table?.state ?? .notPublished
        let row = table?.state == .data ? table?.rows.first : nil
        let previousRow = previous.flatMap { Self.table(of: $0) }.flatMap { $0.state == .data ? $0.rows.first : nil }
        let columnKeys = Set(table?.kind.allColumns.map(\.key) ?? TableKind.threePublic.allColumns.map(\.key))
        let actualTotal = row?["actual_total"]
        var items: [ThreePublicItem] = []
        for category in Self.categories where columnKeys.contains("actual_" + category.key) {
            let budget = row?["budget_" + category.key]
            let actual = row?["actual_" + category.key]
            let rate = Ratio(
                numerator: RatioTerm(label: "\(category.label)决算数 (公开07表)", amount: actual),
                denominator: RatioTerm(label: "\(category.label)预算数 (公开07表)", amount: budget),
                basis: "决算数 ÷ 预算数"
            )
            let share: Ratio? = category.threePublic && category.key != "total" ? Ratio(
                numerator: RatioTerm(label: "\(category.label)决算数 (公开07表)", amount: actual),
                denominator: RatioTerm(label: "三公经费决算数合计 (公开07表)", amount: actualTotal),
                basis: "\(category.label)决算数 ÷ 三公经费决算数合计"
            ) : nil
            let change = previous.map { previous in
                YearOverYear(label: "\(category.label)决算数", current: actual, previous: previousRow?["actual_" + category.key],
                             previousYear: previous.fiscalYear)
            }
            items.append(ThreePublicItem(key: category.key, label: category.label, parent: category.parent, budget: budget,
                                         actual: actual, executionRate: rate, share: share, yearOverYear: change))
        }
        self.items = items
    }

    /// The disclosure's 三公 table: `three_public`, else the variant with 会议费 and 培训费.
    static func table(of disclosure: Disclosure) -> DisclosureTable? {
        disclosure.table(.threePublic) ?? disclosure.table(.threePublicWithMeetingsTraining)
    }

    /// The item with this key.
    public func item(_ key: String) -> ThreePublicItem? {
        items.first { $0.key == key }
    }

    /// The response members `previous_year`, `table`, `items`; table-state notes and ratio messages go to `encoder`.
    public func jsonMembers(_ encoder: inout AnalysisEncoder) -> [(String, JSONValue)] {
        switch state {
        case .data: break
        case .empty(let reason):
            encoder.note(code: "table_empty", path: "$.table",
                         detail: "公开07表 is published without data" + (reason.map { ": \($0)" } ?? " and without a reason"))
        case .notPublished:
            encoder.note(code: "table_not_published", path: "$.table", detail: "the disclosure does not contain 公开07表 (三公经费)")
        }
        let tableJSON = JSONObject([
            ("kind", .string(tableKind?.id)), ("state", .string(state.name)), ("empty_reason", .string(state.emptyReason)),
        ])
        let itemsJSON = JSONValue.array(items.enumerated().map { index, item in item.jsonValue(&encoder, path: "$.items[\(index)]") })
        return [("previous_year", previousYear.map { .int($0) } ?? .null), ("table", .object(tableJSON)), ("items", itemsJSON)]
    }
}
