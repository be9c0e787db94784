import Foundation
public import JuesuanDomain

extension DisclosureStore {
    /// Validates and imports a disclosure document (导入). The bytes are decoded with the domain decoder; any
    /// problem throws `DisclosureDecodingError` listing every error with its JSON path, and nothing is written.
    /// See `importDisclosure(_:importedBy:)` for what a valid document does.
    @discardableResult
    public func importDisclosure(jsonBytes: some Sequence<UInt8>, importedBy: String) throws -> ImportResult {
        let disclosure = try Disclosure(jsonBytes: jsonBytes)
        return try importDisclosure(disclosure, importedBy: importedBy)
    }

    /// Imports a disclosure in one write transaction: it lands whole or not at all. The stored form is the
    /// canonical document (`canonicalJSON()`), identified by its SHA-256. If the current revision of the same
    /// department × year has the same hash, nothing is written and the result is `.unchanged`. Otherwise the
    /// department is created or updated, a new revision is added (earlier revisions stay readable), the
    /// normalized tables are replaced by the new content, and the data version is incremented. The department's
    /// name and region are those of the latest import that changed content, for every year of that department.
    /// Returns after the commit; throws `SQLiteError` (e.g. disk full) with nothing written.
    @discardableResult
    public func importDisclosure(_ disclosure: Disclosure, importedBy: String) throws -> ImportResult {
        try Self.validateForStorage(disclosure)
        let document = disclosure.canonicalJSON()
        let hash = SHA256.hexDigest(document)
        let departmentID = disclosure.department.id
        let year = disclosure.fiscalYear
        return try database.write { connection in
            let existing = try connection.fetchOne("""
                SELECT d.id, d.current_revision, r.content_sha256
                FROM disclosure d JOIN revision r ON r.disclosure_id = d.id AND r.number = d.current_revision
                WHERE d.department_id = ? AND d.fiscal_year = ?
                """, [.text(departmentID), .integer(Int64(year))]) { row in
                (id: try row.int64(0), revision: try row.int(1), hash: try row.text(2))
            }
            if let existing, existing.hash == hash {
                guard let current = try Self.revision(connection, disclosureID: existing.id, number: existing.revision,
                                                      current: existing.revision) else {
                    throw StorageError.corruptStoredData("current revision \(existing.revision) of \(departmentID)/\(year) is missing")
                }
                return ImportResult(departmentID: departmentID, fiscalYear: year, change: .unchanged,
                                    revision: current, dataVersion: try Self.dataVersion(connection))
            }

            try connection.execute("""
                INSERT INTO department (id, name, region_path) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, region_path = excluded.region_path
                """, [.text(departmentID), .text(disclosure.department.name),
                      .text(Self.regionPath(disclosure.department.region))])

            let disclosureID: Int64
            let number: Int
            let change: ImportResult.Change
            if let existing {
                disclosureID = existing.id
                number = existing.revision + 1
                change = .replaced(previousRevision: existing.revision)
                try connection.execute(
                    "UPDATE disclosure SET unit = ?, published_on = ?, current_revision = ? WHERE id = ?",
                    [.text(disclosure.unit.rawValue), SQLiteValue(disclosure.publishedOn?.description),
                     .integer(Int64(number)), .integer(disclosureID)])
                try Self.deleteNormalized(connection, disclosureID: disclosureID)
            } else {
                number = 1
                change = .created
                try connection.execute("""
                    INSERT INTO disclosure (department_id, fiscal_year, unit, published_on, current_revision)
                    VALUES (?, ?, ?, ?, 1)
                    """, [.text(departmentID), .integer(Int64(year)), .text(disclosure.unit.rawValue),
                          SQLiteValue(disclosure.publishedOn?.description)])
                disclosureID = connection.lastInsertRowID
            }

            let importedAt = Self.milliseconds(clock())
            try connection.execute("""
                INSERT INTO revision (disclosure_id, number, imported_by, imported_at_ms, content_sha256, byte_count, document)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.integer(disclosureID), .integer(Int64(number)), .text(importedBy), .integer(importedAt),
                      .text(hash), .integer(Int64(document.count)), .blob(document)])

            try NormalizedRowsWriter(connection: connection, disclosureID: disclosureID).write(disclosure)

            guard let version = try connection.fetchOne(
                "UPDATE store_state SET data_version = data_version + 1 WHERE id = 1 RETURNING data_version", [],
                { try $0.int64(0) }) else {
                throw StorageError.corruptStoredData("store_state row is missing")
            }
            let revision = RevisionInfo(number: number, importedBy: importedBy, importedAt: Self.date(milliseconds: importedAt),
                                        contentSHA256: hash, byteCount: document.count, isCurrent: true)
            return ImportResult(departmentID: departmentID, fiscalYear: year, change: change, revision: revision,
                                dataVersion: version)
        }
    }

    /// Storage-level checks the domain decoder does not make: region segments are stored joined by `/`, so they
    /// must not contain it.
    static func validateForStorage(_ disclosure: Disclosure) throws(DisclosureDecodingError) {
        var errors: [DocumentError] = []
        for (index, segment) in disclosure.department.region.enumerated() where segment.contains("/") || segment.isEmpty {
            errors.append(DocumentError(path: "$.department.region[\(index)]",
                                        message: "a region segment must be non-empty and must not contain '/'"))
        }
        if !errors.isEmpty { throw DisclosureDecodingError(errors: errors) }
    }

    static func deleteNormalized(_ connection: SQLiteConnection, disclosureID: Int64) throws {
        for table in ["scorecard_indicator", "scorecard_fund", "scorecard", "budget_line", "table_cell", "table_state"] {
            try connection.execute("DELETE FROM \(table) WHERE disclosure_id = ?", [.integer(disclosureID)])
        }
    }
}
