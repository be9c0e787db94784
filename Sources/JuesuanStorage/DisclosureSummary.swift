public import JuesuanDomain

/// A stored disclosure (部门决算) as listed: department, year, unit, publication date and current revision.
public struct DisclosureSummary: Sendable, Hashable {
    public let departmentID: String
    public let departmentName: String
    public let region: [String]
    public let fiscalYear: Int
    /// Unit of every amount of the disclosure.
    public let unit: AmountUnit
    public let publishedOn: CalendarDate?
    public let currentRevision: RevisionInfo

    public init(departmentID: String, departmentName: String, region: [String], fiscalYear: Int, unit: AmountUnit,
                publishedOn: CalendarDate?, currentRevision: RevisionInfo) {
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.region = region
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.publishedOn = publishedOn
        self.currentRevision = currentRevision
    }
}
