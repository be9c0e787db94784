/// 部门概况: the department's duties (部门职责), internal structure (内设机构), staffing, and the units whose accounts
/// the disclosure covers (决算单位构成). Text is verbatim.
public struct Profile: Sendable, Hashable {
    /// One verbatim paragraph per duty, e.g. "(一) 承担全面依法治区…".
    public var duties: [String]
    /// The verbatim 内设机构设置 paragraph.
    public var internalStructure: String?
    /// Names of internal units (股室, 司法所) in published order.
    public var internalUnits: [String]
    /// 编制 / 实有 / 在职 / 离休 / 退休 as published.
    public var staffing: Staffing?
    /// Names of the units covered (决算单位构成), e.g. 石峰区司法局本级.
    public var unitsCovered: [String]
    /// The verbatim 决算单位构成 paragraph.
    public var unitsCoveredText: String?

    public init(
        duties: [String] = [], internalStructure: String? = nil, internalUnits: [String] = [],
        staffing: Staffing? = nil, unitsCovered: [String] = [], unitsCoveredText: String? = nil
    ) {
        self.duties = duties
        self.internalStructure = internalStructure
        self.internalUnits = internalUnits
        self.staffing = staffing
        self.unitsCovered = unitsCovered
        self.unitsCoveredText = unitsCoveredText
    }
}
