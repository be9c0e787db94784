/// A classification catalogue indexed by code and by folded name, so that resolving every row of a disclosure
/// costs dictionary lookups instead of scans of the catalogue. Resolves exactly like
/// `ClassificationCatalog.resolve(_:code:name:)`; the built-in catalogue versions are indexed once per process.
struct CatalogIndex: Sendable {
    let catalog: ClassificationCatalog
    private let byName: [ClassificationScheme: [String: [CatalogEntry]]]
    private let foldedNames: [ClassificationScheme: [String: String]]

    init(_ catalog: ClassificationCatalog) {
        self.catalog = catalog
        var byName: [ClassificationScheme: [String: [CatalogEntry]]] = [:]
        var foldedNames: [ClassificationScheme: [String: String]] = [:]
        for scheme in ClassificationScheme.allCases {
            var names: [String: [CatalogEntry]] = [:]
            var folded: [String: String] = [:]
            for entry in catalog.entries(scheme) {
                let name = CatalogIndex.fold(entry.name)
                names[name, default: []].append(entry)
                folded[entry.code] = name
            }
            byName[scheme] = names
            foldedNames[scheme] = folded
        }
        self.byName = byName
        self.foldedNames = foldedNames
    }

    /// Indexes of the built-in catalogue versions, by effective year.
    static let builtIn: [Int: CatalogIndex] = Dictionary(
        ClassificationCatalog.versions.map { ($0.effectiveYear, CatalogIndex($0)) }, uniquingKeysWith: { first, _ in first })

    /// The index of `catalog`: the prebuilt one for a built-in version, else a new one.
    static func of(_ catalog: ClassificationCatalog) -> CatalogIndex {
        if let index = builtIn[catalog.effectiveYear],
           index.catalog.functional == catalog.functional, index.catalog.economic == catalog.economic {
            return index
        }
        return CatalogIndex(catalog)
    }

    /// `ClassificationCatalog.normalizedName` computed on Unicode scalars: whitespace removed, （【[ → (,
    /// ）】] → ), quotes “”"‘’ removed.
    static func fold(_ name: String) -> String {
        let unchanged = name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "（", "【", "[", "）", "】", "]", "“", "”", "\"", "‘", "’": false
            default: !scalar.properties.isWhitespace
            }
        }
        if unchanged { return name }
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

    func resolve(_ scheme: ClassificationScheme, code: String?, name: String?) -> CodeResolution {
        func result(_ resolved: String?, _ status: CodeResolution.Status) -> CodeResolution {
            CodeResolution(scheme: scheme, publishedCode: code, publishedName: name, resolvedCode: resolved, status: status,
                           entry: resolved.flatMap { catalog.entry(scheme, code: $0) })
        }
        guard let code else { return result(nil, .uncoded) }
        let folded = name.map(CatalogIndex.fold)
        if let exact = catalog.entry(scheme, code: code) {
            guard let folded, foldedNames[scheme]?[code] != folded else { return result(code, .exact) }
            return result(code, .nameMismatch(expected: exact.name))
        }
        let named = folded.flatMap { byName[scheme]?[$0] } ?? []
        let isTruncatedPrefix = code.count >= 3 && code.count < (scheme == .functional ? 7 : 5)
            && code.allSatisfy { $0.isASCII && $0.isNumber }
        if isTruncatedPrefix {
            let candidates = named.filter { $0.code.hasPrefix(code) && $0.code.count > code.count }
            if candidates.count == 1 { return result(candidates[0].code, .restored) }
            if candidates.count > 1 { return result(nil, .ambiguous(candidates: candidates.map(\.code))) }
        }
        return result(nil, .unknownCode(suggestion: named.count == 1 ? named[0].code : nil))
    }
}
