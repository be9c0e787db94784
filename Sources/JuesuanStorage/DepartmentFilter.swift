/// Which departments `DisclosureStore.departments` returns. Every set criterion must match.
public struct DepartmentFilter: Sendable, Hashable {
    /// Substring of the department name (literal match, no wildcards).
    public var nameContains: String?
    /// Region prefix: `["湖南省", "株洲市"]` matches every department in 株洲市 and below.
    public var region: [String]?
    /// Only departments with a disclosure for this fiscal year.
    public var fiscalYear: Int?

    public init(nameContains: String? = nil, region: [String]? = nil, fiscalYear: Int? = nil) {
        self.nameContains = nameContains
        self.region = region
        self.fiscalYear = fiscalYear
    }
}
