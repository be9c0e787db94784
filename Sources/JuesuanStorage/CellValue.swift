public import JuesuanDomain

/// One table cell of one department's current disclosure, for comparisons across departments (跨部门比较).
/// `amount` is in `unit`, the unit of that department's disclosure; use `amountInYuanCents` to compare
/// disclosures published in different units.
public struct CellValue: Sendable, Hashable {
    public let departmentID: String
    public let departmentName: String
    public let fiscalYear: Int
    public let unit: AmountUnit
    public let tableKind: String
    public let side: RowSide?
    public let line: Int?
    /// Classification code as published.
    public let code: String?
    public let rowName: String?
    public let columnKey: String
    /// The amount, nil for a blank cell.
    public let amount: Money?

    public init(departmentID: String, departmentName: String, fiscalYear: Int, unit: AmountUnit, tableKind: String,
                side: RowSide?, line: Int?, code: String?, rowName: String?, columnKey: String, amount: Money?) {
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.tableKind = tableKind
        self.side = side
        self.line = line
        self.code = code
        self.rowName = rowName
        self.columnKey = columnKey
        self.amount = amount
    }

    /// The amount in 分 (hundredths of a yuan), exact: cents of 万元 × 10,000, cents of 元 × 1. Nil for a blank
    /// cell or if the conversion would overflow.
    public var amountInYuanCents: Int64? {
        guard let amount else { return nil }
        switch unit {
        case .yuan: return amount.cents
        case .tenThousandYuan:
            let (product, overflow) = amount.cents.multipliedReportingOverflow(by: 10_000)
            return overflow ? nil : product
        }
    }
}
