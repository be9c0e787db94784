/// Depth of a classification code: 类 (category, 3 digits), 款 (section, 5 digits), 项 (item, 7 digits, functional only).
public enum ClassificationLevel: String, Sendable, Hashable, CaseIterable {
    case category = "类"
    case section = "款"
    case item = "项"

    /// The level a code of this many digits has, nil for other lengths.
    public init?(codeLength: Int) {
        switch codeLength {
        case 3: self = .category
        case 5: self = .section
        case 7: self = .item
        default: return nil
        }
    }
}
