/// A department as listed by the store (部门): id, name, region path, and the fiscal years it has disclosures for.
public struct DepartmentSummary: Sendable, Hashable {
    public let id: String
    public let name: String
    /// Region from province down, e.g. `["湖南省", "株洲市", "石峰区"]`.
    public let region: [String]
    /// Fiscal years with a stored disclosure, ascending.
    public let fiscalYears: [Int]

    public init(id: String, name: String, region: [String], fiscalYears: [Int]) {
        self.id = id
        self.name = name
        self.region = region
        self.fiscalYears = fiscalYears
    }
}
