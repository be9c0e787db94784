import JuesuanDomain

extension DisclosureStore {
    /// Departments matching `filter`, ordered by id, one page at a time, with the total number of matches.
    public func departments(filter: DepartmentFilter = DepartmentFilter(), page: PageRequest = PageRequest()) throws -> Page<DepartmentSummary> {
        var conditions: [String] = []
        var arguments: [SQLiteValue] = []
        if let name = filter.nameContains, !name.isEmpty {
            conditions.append("instr(dep.name, ?) > 0")
            arguments.append(.text(name))
        }
        if let region = filter.region, !region.isEmpty {
            conditions.append(Self.regionCondition(column: "dep.region_path"))
            arguments += Self.regionArguments(region)
        }
        if let year = filter.fiscalYear {
            conditions.append("EXISTS (SELECT 1 FROM disclosure x WHERE x.department_id = dep.id AND x.fiscal_year = ?)")
            arguments.append(.integer(Int64(year)))
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.read { connection in
            let total = try connection.fetchOne("SELECT count(*) FROM department dep" + whereClause, arguments) { try $0.int(0) } ?? 0
            let items = try connection.fetchAll("""
                SELECT dep.id, dep.name, dep.region_path,
                    (SELECT group_concat(fiscal_year) FROM disclosure WHERE department_id = dep.id)
                FROM department dep\(whereClause)
                ORDER BY dep.id LIMIT ? OFFSET ?
                """, arguments + [.integer(Int64(page.limit)), .integer(Int64(page.offset))]) { row in
                let years = (try row.optionalText(3) ?? "").split(separator: ",").compactMap { Int($0) }.sorted()
                return DepartmentSummary(id: try row.text(0), name: try row.text(1),
                                         region: Self.region(fromPath: try row.text(2)), fiscalYears: years)
            }
            return Page(items: items, total: total, limit: page.limit, offset: page.offset)
        }
    }

    /// Stored disclosures with their current revision, optionally only one fiscal year and/or a region prefix,
    /// ordered by department id then year.
    public func disclosures(year: Int? = nil, region: [String]? = nil) throws -> [DisclosureSummary] {
        var conditions: [String] = []
        var arguments: [SQLiteValue] = []
        if let year {
            conditions.append("d.fiscal_year = ?")
            arguments.append(.integer(Int64(year)))
        }
        if let region, !region.isEmpty {
            conditions.append(Self.regionCondition(column: "dep.region_path"))
            arguments += Self.regionArguments(region)
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.read { connection in
            try connection.fetchAll("""
                SELECT dep.id, dep.name, dep.region_path, d.fiscal_year, d.unit, d.published_on, d.current_revision,
                    r.imported_by, r.imported_at_ms, r.content_sha256, r.byte_count
                FROM disclosure d
                JOIN department dep ON dep.id = d.department_id
                JOIN revision r ON r.disclosure_id = d.id AND r.number = d.current_revision\(whereClause)
                ORDER BY dep.id, d.fiscal_year
                """, arguments) { row in
                let unit = try Self.unit(try row.text(4))
                let revision = RevisionInfo(number: try row.int(6), importedBy: try row.text(7),
                                            importedAt: Self.date(milliseconds: try row.int64(8)),
                                            contentSHA256: try row.text(9), byteCount: try row.int(10), isCurrent: true)
                return DisclosureSummary(departmentID: try row.text(0), departmentName: try row.text(1),
                                         region: Self.region(fromPath: try row.text(2)), fiscalYear: try row.int(3),
                                         unit: unit, publishedOn: try row.optionalText(5).flatMap(CalendarDate.init(parsing:)),
                                         currentRevision: revision)
            }
        }
    }

    /// Fiscal years with at least one stored disclosure, ascending.
    public func fiscalYears() throws -> [Int] {
        try database.read { try $0.fetchAll("SELECT DISTINCT fiscal_year FROM disclosure ORDER BY fiscal_year") { try $0.int(0) } }
    }

    /// SQL matching a region prefix on `column`: the exact path, or the path followed by `/`. Takes the arguments
    /// of `regionArguments`.
    static func regionCondition(column: String) -> String {
        "(\(column) = ? OR substr(\(column), 1, ?) = ?)"
    }

    static func regionArguments(_ region: [String]) -> [SQLiteValue] {
        let path = regionPath(region)
        let prefix = path + "/"
        // substr counts characters (code points) for TEXT values.
        return [.text(path), .integer(Int64(prefix.unicodeScalars.count)), .text(prefix)]
    }
}
