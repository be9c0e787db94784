/// One classification code and its name in a catalogue year, e.g. functional `2040601` 行政运行 or economic
/// `30101` 基本工资. `confirmed` is false for entries taken from a secondary list and not yet checked against the
/// official 《政府收支分类科目》 of that year.
public struct CatalogEntry: Sendable, Hashable {
    public let scheme: ClassificationScheme
    public let code: String
    public let name: String
    public let confirmed: Bool

    public init(scheme: ClassificationScheme, code: String, name: String, confirmed: Bool) {
        self.scheme = scheme
        self.code = code
        self.name = name
        self.confirmed = confirmed
    }

    /// 类 / 款 / 项 from the code's length.
    public var level: ClassificationLevel? { ClassificationLevel(codeLength: code.count) }

    /// The code of the enclosing level (`2040601` → `20406` → `204`), nil for a 类.
    public var parentCode: String? {
        switch code.count {
        case 7: String(code.prefix(5))
        case 5: String(code.prefix(3))
        default: nil
        }
    }
}
