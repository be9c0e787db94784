/// The two classifications of government expenditure codes used in 部门决算 tables.
public enum ClassificationScheme: String, Sendable, Hashable, CaseIterable {
    /// 支出功能分类 (政府收支分类科目): 类 3 digits, 款 5, 项 7. Tables 02, 03, 05, 08, 09.
    case functional
    /// 部门支出经济分类: 类 3 digits, 款 5. Table 06.
    case economic

    /// The classification a table kind's rows are coded in, nil for uncoded layouts.
    public init?(layout: TableLayout) {
        switch layout {
        case .functionalCoded: self = .functional
        case .economicCoded: self = .economic
        case .twoSided, .singleRow: return nil
        }
    }
}
