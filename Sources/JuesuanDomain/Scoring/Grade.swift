/// A scorecard grade (等级) from its total score: 优 (excellent), 良 (good), 中 (fair), 差 (poor).
public enum Grade: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 优.
    case excellent = "优"
    /// 良.
    case good = "良"
    /// 中.
    case fair = "中"
    /// 差.
    case poor = "差"

    /// The grade a published 等级 text names (`优`, `等级: 优`, `良好` → 良), or nil when it names none.
    public init?(publishedText text: String) {
        let trimmed = text.filter { !$0.isWhitespace }
        let body = trimmed.split(separator: ":").last.map(String.init) ?? trimmed
        let folded = body.split(separator: "：").last.map(String.init) ?? body
        switch folded {
        case "优", "优秀": self = .excellent
        case "良", "良好": self = .good
        case "中", "中等", "合格": self = .fair
        case "差", "较差", "不合格": self = .poor
        default: return nil
        }
    }

    /// Order from poor to excellent.
    private var rank: Int {
        switch self {
        case .poor: 0
        case .fair: 1
        case .good: 2
        case .excellent: 3
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }
}
