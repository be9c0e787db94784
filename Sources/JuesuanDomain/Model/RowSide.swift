/// Which half of a two-sided table (01, 04) a row belongs to: 收入 (income) or 支出 (expenditure).
public enum RowSide: String, Sendable, Hashable, CaseIterable {
    case income
    case expenditure
}
