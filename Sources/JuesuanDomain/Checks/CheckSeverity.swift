/// How serious a check finding is: `error` — must be fixed before publication; `warning` — must be explained
/// (a figure that may legitimately differ, a layout defect); `rounding` — a difference within the 尾数误差
/// tolerance (see `RoundingTolerance`), reported but never an error.
public enum CheckSeverity: String, Sendable, Hashable, CaseIterable, Comparable {
    case error
    case warning
    case rounding

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .rounding: 2
        }
    }

    /// Errors sort first.
    public static func < (lhs: CheckSeverity, rhs: CheckSeverity) -> Bool { lhs.rank < rhs.rank }
}
