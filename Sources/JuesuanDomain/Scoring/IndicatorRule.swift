/// How an indicator's score is recomputed from its target (年度指标值) and actual (实际完成值).
///
/// - `higherBetter` (≥, >, or a number with no sign): met when actual ≥ target → full 分值; otherwise
///   分值 × actual ÷ target.
/// - `lowerBetter` (≤, <): met when actual ≤ target → full; otherwise 分值 × target ÷ actual (0 when the target is 0).
/// - `exact` (=): met when actual = target → full; otherwise 分值 × (1 − |actual − target| ÷ target), at least 0
///   (0 when the target is 0).
/// - `range` (`800-1500`): met inside the bounds → full; below 分值 × actual ÷ lower, above 分值 × upper ÷ actual.
/// - `deadline` (a date such as 2020年12月): met when the actual date is not later → full; later → 0.
/// - `qualitative` (不断提高): not recomputed; the published 得分 is kept.
/// - `unscorable`: no 分值, no target, or an actual that cannot be compared (拨付完成 against 8个, a different unit);
///   the published 得分 is kept.
///
/// Recomputed scores are rounded half-up to 2 decimals and capped at 分值.
public enum IndicatorRule: String, Sendable, Hashable, CaseIterable {
    case higherBetter = "higher_better"
    case lowerBetter = "lower_better"
    case exact
    case range
    case deadline
    case qualitative
    case unscorable
}
