/// A versioned catalogue of classification codes and names (支出功能分类 and 部门支出经济分类) for the disclosures
/// of one or more fiscal years. Data, not rules: look codes up, restore codes the PDF truncated, and report codes
/// that are unknown or whose published name differs — never dropping a published row.
public struct ClassificationCatalog: Sendable {
    /// First fiscal year this version applies to; it applies until the next version's year.
    public let effectiveYear: Int
    public let functional: [CatalogEntry]
    public let economic: [CatalogEntry]
    /// How this version's template splits table 06 into 人员经费 and 公用经费.
    public let economicGrouping: EconomicGrouping
    private let functionalByCode: [String: CatalogEntry]
    private let economicByCode: [String: CatalogEntry]
    /// Entries by `normalizedName`, in code order (restoring truncated codes looks names up per row).
    private let functionalByName: [String: [CatalogEntry]]
    private let economicByName: [String: [CatalogEntry]]

    public init(
        effectiveYear: Int, functional: [CatalogEntry], economic: [CatalogEntry], economicGrouping: EconomicGrouping = .standard
    ) {
        self.effectiveYear = effectiveYear
        self.functional = functional
        self.economic = economic
        self.economicGrouping = economicGrouping
        self.functionalByCode = Dictionary(functional.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.economicByCode = Dictionary(economic.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.functionalByName = Dictionary(grouping: functional) { ClassificationCatalog.normalizedName($0.name) }
        self.economicByName = Dictionary(grouping: economic) { ClassificationCatalog.normalizedName($0.name) }
    }

    /// Every catalogue version, oldest first.
    public static let versions: [ClassificationCatalog] = [.catalog2020]

    /// The version that applies to `fiscalYear`: the latest whose effective year is not after it. Nil for years
    /// before the oldest version (2020).
    public static func forYear(_ fiscalYear: Int) -> ClassificationCatalog? {
        versions.last { $0.effectiveYear <= fiscalYear }
    }

    /// All entries of a scheme, in code order.
    public func entries(_ scheme: ClassificationScheme) -> [CatalogEntry] {
        scheme == .functional ? functional : economic
    }

    /// The entry for an exact code.
    public func entry(_ scheme: ClassificationScheme, code: String) -> CatalogEntry? {
        scheme == .functional ? functionalByCode[code] : economicByCode[code]
    }

    /// Entries whose name matches `name` (ignoring whitespace and full-/half-width brackets).
    public func entries(_ scheme: ClassificationScheme, named name: String) -> [CatalogEntry] {
        let key = ClassificationCatalog.normalizedName(name)
        return (scheme == .functional ? functionalByName[key] : economicByName[key]) ?? []
    }

    /// A name folded for comparison: whitespace removed, （）【】 → (), “”"" removed.
    public static func normalizedName(_ name: String) -> String {
        // Unicode scalars rather than Characters: the same result for these foldings, several times faster (it runs
        // for every published row a table response resolves).
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !scalar.properties.isWhitespace {
            switch scalar {
            case "（", "【", "[": result.append("(")
            case "）", "】", "]": result.append(")")
            case "“", "”", "\"", "‘", "’": continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
