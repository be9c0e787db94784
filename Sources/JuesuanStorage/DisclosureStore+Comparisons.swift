public import JuesuanDomain

extension DisclosureStore {
    /// One table cell across every department's current disclosure for `year` (跨部门比较): the cells of table
    /// `tableKind` in column `columnKey`, restricted to rows with the published `code` and/or `rowName` and/or
    /// `side` when given, and to a region prefix. Ordered by department id, then row order. Amounts are in each
    /// disclosure's unit (see `CellValue.amountInYuanCents`).
    public func cells(year: Int, tableKind: String, columnKey: String, code: String? = nil, rowName: String? = nil,
                      side: RowSide? = nil, region: [String]? = nil) throws -> [CellValue] {
        var sql = """
            SELECT dep.id, dep.name, d.fiscal_year, d.unit, c.table_kind, c.side, c.line, c.code, c.name, c.column_key,
                c.amount_cents
            FROM table_cell c
            JOIN disclosure d ON d.id = c.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE d.fiscal_year = ? AND c.table_kind = ? AND c.column_key = ?
            """
        var arguments: [SQLiteValue] = [.integer(Int64(year)), .text(tableKind), .text(columnKey)]
        if let code {
            sql += " AND c.code = ?"
            arguments.append(.text(code))
        }
        if let rowName {
            sql += " AND c.name = ?"
            arguments.append(.text(rowName))
        }
        if let side {
            sql += " AND c.side = ?"
            arguments.append(.text(side.rawValue))
        }
        if let region, !region.isEmpty {
            sql += " AND " + Self.regionCondition(column: "dep.region_path")
            arguments += Self.regionArguments(region)
        }
        sql += " ORDER BY dep.id, c.row_order"
        return try database.read { connection in
            try connection.fetchAll(sql, arguments) { row in
                CellValue(departmentID: try row.text(0), departmentName: try row.text(1), fiscalYear: try row.int(2),
                          unit: try Self.unit(try row.text(3)), tableKind: try row.text(4),
                          side: try row.optionalText(5).flatMap(RowSide.init(rawValue:)), line: try row.optionalInt(6),
                          code: try row.optionalText(7), rowName: try row.optionalText(8), columnKey: try row.text(9),
                          amount: try row.optionalInt64(10).map { Money(cents: $0) })
            }
        }
    }

    /// The state of table `tableKind` in every department's current disclosure for `year` that contains it,
    /// ordered by department id.
    public func tableStates(year: Int, tableKind: String) throws -> [TableStateValue] {
        try database.read { connection in
            try connection.fetchAll("""
                SELECT dep.id, dep.name, d.fiscal_year, t.kind, t.printed_number, t.title, t.state, t.empty_reason, t.row_count
                FROM table_state t
                JOIN disclosure d ON d.id = t.disclosure_id
                JOIN department dep ON dep.id = d.department_id
                WHERE d.fiscal_year = ? AND t.kind = ?
                ORDER BY dep.id
                """, [.integer(Int64(year)), .text(tableKind)]) { row in
                let stateName = try row.text(6)
                let state: TableState
                switch stateName {
                case "data": state = .data
                case "empty": state = .empty(reason: try row.optionalText(7))
                case "not_published": state = .notPublished
                default: throw StorageError.corruptStoredData("table state '\(stateName)'")
                }
                return TableStateValue(departmentID: try row.text(0), departmentName: try row.text(1),
                                       fiscalYear: try row.int(2), tableKind: try row.text(3),
                                       printedNumber: try row.optionalText(4), title: try row.text(5), state: state,
                                       rowCount: try row.int(8))
            }
        }
    }

    /// Published scorecard results (total weight, score, grade) of every department's current disclosure for
    /// `year`, optionally only one kind, ordered by department id then the scorecard's position.
    public func scorecardResults(year: Int, kind: ScorecardKind? = nil) throws -> [ScorecardResult] {
        var sql = """
            SELECT dep.id, dep.name, d.fiscal_year, s.slug, s.kind, s.name, s.published_total_weight,
                s.published_total_score, s.published_grade
            FROM scorecard s
            JOIN disclosure d ON d.id = s.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE d.fiscal_year = ?
            """
        var arguments: [SQLiteValue] = [.integer(Int64(year))]
        if let kind {
            sql += " AND s.kind = ?"
            arguments.append(.text(kind.rawValue))
        }
        sql += " ORDER BY dep.id, s.position"
        return try database.read { connection in
            try connection.fetchAll(sql, arguments) { row in
                let kindText = try row.text(4)
                guard let kind = ScorecardKind(rawValue: kindText) else {
                    throw StorageError.corruptStoredData("scorecard kind '\(kindText)'")
                }
                return ScorecardResult(departmentID: try row.text(0), departmentName: try row.text(1),
                                       fiscalYear: try row.int(2), scorecardID: try row.text(3), kind: kind,
                                       name: try row.text(5), publishedTotalWeight: try Self.score(row, 6),
                                       publishedTotalScore: try Self.score(row, 7), publishedGrade: try row.optionalText(8))
            }
        }
    }

    static func unit(_ text: String) throws -> AmountUnit {
        guard let unit = AmountUnit(rawValue: text) else {
            throw StorageError.corruptStoredData("disclosure unit '\(text)' is not 万元 or 元")
        }
        return unit
    }

    static func score(_ row: SQLiteRow, _ index: Int) throws -> Score? {
        guard let text = try row.optionalText(index) else { return nil }
        guard let score = Score(text) else { throw StorageError.corruptStoredData("decimal '\(text)'") }
        return score
    }
}
