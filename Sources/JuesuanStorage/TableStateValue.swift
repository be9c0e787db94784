public import JuesuanDomain

/// One table's state in one department's current disclosure (有数据 / 空表及说明 / 未公开), for completeness
/// comparisons across departments.
public struct TableStateValue: Sendable, Hashable {
    public let departmentID: String
    public let departmentName: String
    public let fiscalYear: Int
    public let tableKind: String
    public let printedNumber: String?
    public let title: String
    public let state: TableState
    /// Number of rows the table has.
    public let rowCount: Int

    public init(departmentID: String, departmentName: String, fiscalYear: Int, tableKind: String, printedNumber: String?,
                title: String, state: TableState, rowCount: Int) {
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.fiscalYear = fiscalYear
        self.tableKind = tableKind
        self.printedNumber = printedNumber
        self.title = title
        self.state = state
        self.rowCount = rowCount
    }
}
