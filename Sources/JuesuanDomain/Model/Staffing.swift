/// Staffing figures as published in 部门概况 (counts of people): 编制 (establishment), 实有人数 (actual), and
/// the split of actual people into 在职 (in service), 离休 (retired cadres) and 退休 (retired).
public struct Staffing: Sendable, Hashable {
    /// Kind of establishment, e.g. 行政编制 or 事业编制.
    public var establishmentKind: String?
    /// 编制数.
    public var establishment: Int?
    /// 实有人数.
    public var actual: Int?
    /// 在职人员.
    public var inService: Int?
    /// 离休人员.
    public var retiredCadres: Int?
    /// 退休人员.
    public var retired: Int?

    public init(
        establishmentKind: String? = nil, establishment: Int? = nil, actual: Int? = nil,
        inService: Int? = nil, retiredCadres: Int? = nil, retired: Int? = nil
    ) {
        self.establishmentKind = establishmentKind
        self.establishment = establishment
        self.actual = actual
        self.inService = inService
        self.retiredCadres = retiredCadres
        self.retired = retired
    }
}
