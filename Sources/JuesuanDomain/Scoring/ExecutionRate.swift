/// A scorecard's budget execution rate (预算执行率) = 全年执行数 ÷ 全年预算数, as a percentage rounded half-up to
/// `ExecutionRate.places` (2) decimals. The rate does not exist when either amount is missing or the budget is
/// zero; `unavailableReason` then says why (it is never reported as 0% or 100%). Amounts in the disclosure's unit.
public struct ExecutionRate: Sendable, Hashable {
    /// Decimal places of `percent`.
    public static let places = 2

    /// 全年预算数.
    public let fullYearBudget: Money?
    /// 全年执行数.
    public let executed: Money?
    /// executed ÷ budget × 100, rounded half-up to 2 places (`100.00`); nil when the ratio does not exist.
    public let percent: ExactDecimal?
    /// Why `percent` is nil (English, naming the missing or zero figure); nil when the rate exists.
    public let unavailableReason: String?

    /// Computes the rate from the two amounts.
    public init(fullYearBudget: Money?, executed: Money?) {
        self.fullYearBudget = fullYearBudget
        self.executed = executed
        guard let budget = fullYearBudget else {
            percent = nil
            unavailableReason = "全年预算数 (full-year budget) is not published"
            return
        }
        guard let executed else {
            percent = nil
            unavailableReason = "全年执行数 (amount executed) is not published"
            return
        }
        guard !budget.isZero else {
            percent = nil
            unavailableReason = "全年预算数 (full-year budget) is 0: a rate over a zero budget does not exist"
            return
        }
        percent = executed.percent(of: budget, places: ExecutionRate.places)
        unavailableReason = percent == nil ? "the rate does not fit an exact decimal" : nil
    }

    /// The rate of a scorecard's 合计 funds row.
    public init(funds: ScorecardFunds) {
        self.init(fullYearBudget: funds.total.fullYearBudget, executed: funds.total.executed)
    }
}
