/// A disclosure table prepared for the API (公开01表 … 09表 and variants): every row with its restored code, level,
/// parent and inline checks (`RowCheck`), optionally cut at a classification level (`?level=款` keeps 合计, 类 and 款
/// rows). Empty-by-rule tables keep their state and published reason; no zeros are invented. Amounts in the
/// disclosure unit.
public struct TableAnalysis: Sendable, Hashable {
    public let table: DisclosureTable
    /// Rows in published order (after the level cut).
    public let rows: [AnalyzedRow]
    /// Rows before the cut.
    public let publishedRowCount: Int
    /// The level the tree was cut at, nil for none.
    public let maximumLevel: ClassificationLevel?

    /// - Parameters:
    ///   - catalog: the classification catalogue of the disclosure's year (nil: codes are not restored).
    ///   - maximumLevel: keep coded rows down to this level only (total and uncoded rows are always kept).
    public init(table: DisclosureTable, catalog: ClassificationCatalog?, maximumLevel: ClassificationLevel? = nil) {
        self.table = table
        self.maximumLevel = maximumLevel
        publishedRowCount = table.rows.count
        let scheme = ClassificationScheme(layout: table.kind.layout)
        let resolutions: [CodeResolution?] = table.rows.map { row in
            guard let scheme else { return nil }
            if let catalog { return catalog.resolve(scheme, code: row.code, name: row.name) }
            return CodeResolution(scheme: scheme, publishedCode: row.code, publishedName: row.name, resolvedCode: row.code,
                                  status: row.code == nil ? .uncoded : .unknownCode(suggestion: nil), entry: nil)
        }
        let codes: [String?] = zip(table.rows, resolutions).map { row, resolution in
            scheme == nil ? nil : (resolution?.resolvedCode ?? row.code)
        }
        let lengths = codes.map { $0?.utf8.count ?? 0 }
        // Rows directly below each code (类 → 款 → 项), and the 类 rows below the 合计, in published order.
        var childrenByCode: [String: [Int]] = [:]
        var categoryRows: [Int] = []
        for (index, code) in codes.enumerated() {
            guard let code else { continue }
            switch lengths[index] {
            case 3: categoryRows.append(index)
            case 5: childrenByCode[String(code.prefix(3)), default: []].append(index)
            case 7: childrenByCode[String(code.prefix(5)), default: []].append(index)
            default: break
            }
        }
        let rowCompositions = ColumnComposition.compositions(of: table.kind, side: nil)
        let incomeCompositions = ColumnComposition.compositions(of: table.kind, side: .income)
        let expenditureCompositions = ColumnComposition.compositions(of: table.kind, side: .expenditure)
        var result: [AnalyzedRow] = []
        result.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() {
            let code = codes[index]
            let level = code == nil ? nil : ClassificationLevel(codeLength: lengths[index])
            if let maximumLevel, let level, Self.depth(level) > Self.depth(maximumLevel) { continue }
            let parent: String? = switch code == nil ? 0 : lengths[index] {
            case 5: code.map { String($0.prefix(3)) }
            case 7: code.map { String($0.prefix(5)) }
            default: nil
            }
            var checks: [RowCheck] = []
            for composition in row.side == nil ? rowCompositions : row.side == .income ? incomeCompositions : expenditureCompositions {
                guard let stated = row[composition.total] else { continue }
                let present = composition.parts.compactMap { row[$0] }
                guard !present.isEmpty else { continue }
                checks.append(RowCheck(rule: .rowTotal, column: composition.total, parts: composition.parts, stated: stated,
                                       expected: present.sum()))
            }
            if scheme != nil {
                let children: [Int] = row.isTotal ? categoryRows
                    : (lengths[index] == 3 || lengths[index] == 5) ? code.flatMap { childrenByCode[$0] } ?? [] : []
                if !children.isEmpty {
                    let childCodes = children.map { codes[$0] ?? "" }
                    for column in table.kind.columns(for: row.side) {
                        guard let stated = row[column.key] else { continue }
                        let values = children.compactMap { table.rows[$0][column.key] }
                        guard !values.isEmpty else { continue }
                        checks.append(RowCheck(rule: .childrenSum, column: column.key, parts: childCodes, stated: stated,
                                               expected: values.sum()))
                    }
                }
            }
            result.append(AnalyzedRow(index: index, row: row, resolution: resolutions[index], level: level, parentCode: parent,
                                      checks: checks))
        }
        rows = result
    }

    /// 1 for 类, 2 for 款, 3 for 项.
    static func depth(_ level: ClassificationLevel) -> Int {
        switch level {
        case .category: 1
        case .section: 2
        case .item: 3
        }
    }

    /// Counts of checks by status over the kept rows.
    public var checkCounts: (agrees: Int, rounding: Int, differs: Int) {
        var counts = (agrees: 0, rounding: 0, differs: 0)
        for row in rows {
            for check in row.checks {
                switch check.status {
                case .agrees: counts.agrees += 1
                case .rounding: counts.rounding += 1
                case .differs: counts.differs += 1
                }
            }
        }
        return counts
    }
}
