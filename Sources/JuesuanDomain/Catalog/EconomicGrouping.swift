/// How a template splits the economic 类 of table 06 into 人员经费 (personnel costs) and 公用经费 (office/public
/// costs). Template data, not a constant: some templates route 307 and 399 differently.
public struct EconomicGrouping: Sendable, Hashable {
    /// Which side of 基本支出 a 类 belongs to.
    public enum Group: String, Sendable, Hashable {
        /// 人员经费.
        case personnel
        /// 公用经费.
        case office
    }

    /// Identifier of the template rule, e.g. `standard`.
    public let id: String
    /// 类 codes summed into 人员经费, e.g. 301, 303.
    public let personnel: [String]
    /// 类 codes summed into 公用经费, e.g. 302, 307, 310, 399.
    public let office: [String]

    public init(id: String, personnel: [String], office: [String]) {
        self.id = id
        self.personnel = personnel
        self.office = office
    }

    /// The national template: 人员经费 = 301 + 303; 公用经费 = 302 + 307 + 310 + 399.
    public static let standard = EconomicGrouping(id: "standard", personnel: ["301", "303"], office: ["302", "307", "310", "399"])

    /// The group of an economic code (any length; decided by its 3-digit 类 prefix), nil when the 类 is in neither.
    public func group(of code: String) -> Group? {
        let category = String(code.prefix(3))
        if personnel.contains(category) { return .personnel }
        if office.contains(category) { return .office }
        return nil
    }
}
