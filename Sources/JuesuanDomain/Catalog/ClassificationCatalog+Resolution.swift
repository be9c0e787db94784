/// Resolving published codes against the catalogue and reviewing whole tables.
extension ClassificationCatalog {
    /// Resolves a published code and name: exact match, restoration of a truncated code by name (`3010` + 基本工资
    /// → `30101`), name mismatch, unknown or ambiguous code.
    public func resolve(_ scheme: ClassificationScheme, code: String?, name: String?) -> CodeResolution {
        func result(_ resolved: String?, _ status: CodeResolution.Status) -> CodeResolution {
            CodeResolution(
                scheme: scheme, publishedCode: code, publishedName: name, resolvedCode: resolved, status: status,
                entry: resolved.flatMap { entry(scheme, code: $0) }
            )
        }
        guard let code else { return result(nil, .uncoded) }
        let normalizedName = name.map(ClassificationCatalog.normalizedName)
        if let exact = entry(scheme, code: code) {
            guard let normalizedName, ClassificationCatalog.normalizedName(exact.name) != normalizedName else {
                return result(code, .exact)
            }
            return result(code, .nameMismatch(expected: exact.name))
        }
        let namedEntries = name.map { entries(scheme, named: $0) } ?? []
        let isTruncatedPrefix = code.count >= 3 && code.count < (scheme == .functional ? 7 : 5)
            && code.allSatisfy { $0.isASCII && $0.isNumber }
        if isTruncatedPrefix {
            let candidates = namedEntries.filter { $0.code.hasPrefix(code) && $0.code.count > code.count }
            if candidates.count == 1 { return result(candidates[0].code, .restored) }
            if candidates.count > 1 { return result(nil, .ambiguous(candidates: candidates.map(\.code))) }
        }
        return result(nil, .unknownCode(suggestion: namedEntries.count == 1 ? namedEntries[0].code : nil))
    }

    /// One resolution per row of a coded table, in row order (rows of uncoded layouts resolve as `.uncoded`).
    public func resolveRows(of table: DisclosureTable) -> [CodeResolution] {
        guard let scheme = ClassificationScheme(layout: table.kind.layout) else {
            return table.rows.map {
                CodeResolution(scheme: .functional, publishedCode: $0.code, publishedName: $0.name, resolvedCode: nil, status: .uncoded, entry: nil)
            }
        }
        return table.rows.map { resolve(scheme, code: $0.code, name: $0.name) }
    }

    /// Findings for a table: every restored, unknown, mismatched or ambiguous code, in row order.
    public func review(_ table: DisclosureTable) -> [CatalogFinding] {
        resolveRows(of: table).enumerated().compactMap { index, resolution in
            switch resolution.status {
            case .exact, .uncoded: nil
            default: CatalogFinding(tableKind: table.kind.id, rowIndex: index, resolution: resolution)
            }
        }
    }

    /// Findings for every coded table of a disclosure, in table then row order.
    public func review(_ disclosure: Disclosure) -> [CatalogFinding] {
        disclosure.tables.flatMap(review)
    }
}
