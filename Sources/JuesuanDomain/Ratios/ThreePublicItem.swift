/// One category of the 三公 table (公开07表): 因公出国(境)费, 公务用车购置及运行费 (and its 购置费 / 运行费), 公务接待费,
/// the 合计, and in the variant table 会议费 / 培训费. Budget (预算数) and actual (决算数) in the disclosure unit,
/// execution rate = 决算数 ÷ 预算数, share = 决算数 ÷ 三公经费决算数合计 (nil for the 合计 and for 会议费/培训费, which
/// are not part of 三公), and the year-over-year change of the actual when the previous year is stored.
public struct ThreePublicItem: Sendable, Hashable {
    /// `total`, `overseas_travel`, `vehicles`, `vehicle_purchase`, `vehicle_operation`, `reception`, `meetings`,
    /// `training`.
    public let key: String
    public let label: String
    /// The enclosing category's key (`vehicles` for 购置费 and 运行费), nil otherwise.
    public let parent: String?
    public let budget: Money?
    public let actual: Money?
    public let executionRate: Ratio
    public let share: Ratio?
    public let yearOverYear: YearOverYear?

    public init(key: String, label: String, parent: String?, budget: Money?, actual: Money?, executionRate: Ratio,
                share: Ratio?, yearOverYear: YearOverYear?) {
        self.key = key
        self.label = label
        self.parent = parent
        self.budget = budget
        self.actual = actual
        self.executionRate = executionRate
        self.share = share
        self.yearOverYear = yearOverYear
    }

    /// `{"key", "label", "parent", "budget", "actual", "execution_rate", "share", "year_over_year"}`.
    public func jsonValue(_ encoder: inout AnalysisEncoder, path: String) -> JSONValue {
        .object(JSONObject([
            ("key", .string(key)), ("label", .string(label)), ("parent", .string(parent)),
            ("budget", encoder.amount(budget)), ("actual", encoder.amount(actual)),
            ("execution_rate", encoder.ratio(executionRate, at: path + ".execution_rate")),
            ("share", share.map { encoder.ratio($0, at: path + ".share") } ?? .null),
            ("year_over_year", encoder.yearOverYear(yearOverYear, at: path + ".year_over_year")),
        ]))
    }
}
