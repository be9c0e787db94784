/// The unit every amount of a disclosure is expressed in (金额单位): 万元 (10,000 yuan) or 元.
public enum AmountUnit: String, Sendable, Hashable, CaseIterable {
    /// 万元, ten thousand yuan; the usual unit of 部门决算 tables.
    case tenThousandYuan = "万元"
    /// 元, yuan.
    case yuan = "元"
}
