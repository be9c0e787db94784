/// Which way a quantitative scorecard target points: ≥ (at least, higher is better), ≤ (at most, lower is
/// better), = (exactly), > and < (strict).
public enum TargetDirection: String, Sendable, Hashable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case exactly = "="
    case greaterThan = ">"
    case lessThan = "<"
}
