/// A column identity inside a table row: the `total` column equals the sum of the `parts` columns (e.g. 公开03表
/// 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出). Template data, per table kind and side.
public struct ColumnComposition: Sendable, Hashable {
    public let total: String
    public let parts: [String]

    public init(total: String, parts: [String]) {
        self.total = total
        self.parts = parts
    }

    /// The identities that hold on every row of `kind` (on `side` for two-sided kinds). Empty for kinds with one
    /// amount column (01, 06) and for income rows of 04.
    public static func compositions(of kind: TableKind, side: RowSide?) -> [ColumnComposition] {
        switch kind.id {
        case TableKind.income.id:
            return [ColumnComposition(total: "total", parts: ["appropriation", "superior_subsidy", "public_service", "operating",
                                                               "affiliate_remittance", "other"])]
        case TableKind.expenditure.id:
            return [ColumnComposition(total: "total", parts: ["basic", "project", "remitted_to_superior", "operating",
                                                               "subsidies_to_affiliates"])]
        case TableKind.generalBudgetExpenditure.id, TableKind.stateCapital.id, TableKind.governmentFundExpenditure.id:
            return [ColumnComposition(total: "total", parts: ["basic", "project"])]
        case TableKind.governmentFund.id:
            return [ColumnComposition(total: "expenditure_total", parts: ["expenditure_basic", "expenditure_project"])]
        case TableKind.appropriationSummary.id:
            guard side == .expenditure else { return [] }
            return [ColumnComposition(total: "total", parts: ["general_budget", "government_fund", "state_capital"])]
        case TableKind.threePublic.id, TableKind.threePublicWithMeetingsTraining.id:
            return ["budget", "actual"].flatMap { prefix in [
                ColumnComposition(total: "\(prefix)_total", parts: ["\(prefix)_overseas_travel", "\(prefix)_vehicles", "\(prefix)_reception"]),
                ColumnComposition(total: "\(prefix)_vehicles", parts: ["\(prefix)_vehicle_purchase", "\(prefix)_vehicle_operation"]),
            ] }
        default:
            return []
        }
    }
}
