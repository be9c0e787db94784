/// The five families of 审核 (勾稽关系) rules.
public enum CheckFamily: String, Sendable, Hashable, CaseIterable {
    /// 1. Inside a table: totals, 类 = Σ款, 款 = Σ项, column sums.
    case table
    /// 2. Between tables: 01↔02, 01↔03, 02↔04, 04↔05, 05↔06, 06↔07, 04↔08/09, scorecards↔项目支出.
    case crossTable = "cross_table"
    /// 3. Narrative (情况说明, 概况, 绩效评价报告) against the tables and against its own arithmetic.
    case narrative
    /// 4. Scorecards (绩效自评表): weights, totals, grade, execution and indicator scores.
    case scorecard
    /// 5. Completeness and catalogue: required tables, empty-table reasons, numbering, codes and names.
    case completeness

    /// Family number 1…5 as in the issue and docs/checks.md.
    public var number: Int {
        switch self {
        case .table: 1
        case .crossTable: 2
        case .narrative: 3
        case .scorecard: 4
        case .completeness: 5
        }
    }
}
