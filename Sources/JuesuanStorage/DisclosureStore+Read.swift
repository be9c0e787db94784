public import JuesuanDomain

extension DisclosureStore {
    /// The canonical document bytes of the current revision (or of `revision`) — export (导出). For any valid
    /// document `doc`, `export` after `importDisclosure(doc)` equals `Disclosure.canonicalize(doc)` byte for byte.
    /// Throws `StorageError.disclosureNotFound` / `.revisionNotFound`.
    public func export(department departmentID: String, year: Int, revision: Int? = nil) throws -> [UInt8] {
        try database.read { connection in
            try Self.document(connection, departmentID: departmentID, year: year, revision: revision).document
        }
    }

    /// Every revision of a disclosure, oldest first, the current one marked. Empty when there is no such disclosure.
    public func revisions(department departmentID: String, year: Int) throws -> [RevisionInfo] {
        try database.read { connection in
            try connection.fetchAll("""
                SELECT r.number, r.imported_by, r.imported_at_ms, r.content_sha256, r.byte_count, d.current_revision
                FROM disclosure d JOIN revision r ON r.disclosure_id = d.id
                WHERE d.department_id = ? AND d.fiscal_year = ?
                ORDER BY r.number
                """, [.text(departmentID), .integer(Int64(year))]) { row in
                let number = try row.int(0)
                return RevisionInfo(number: number, importedBy: try row.text(1),
                                    importedAt: Self.date(milliseconds: try row.int64(2)), contentSHA256: try row.text(3),
                                    byteCount: try row.int(4), isCurrent: number == (try row.int(5)))
            }
        }
    }

    /// The disclosure decoded from the stored canonical document of the current revision (or of `revision`), or
    /// nil when there is no disclosure for the department and year. Decoded revisions are cached in memory.
    /// Throws `StorageError.revisionNotFound` for a missing revision of an existing disclosure.
    public func disclosure(department departmentID: String, year: Int, revision: Int? = nil) throws -> Disclosure? {
        enum Lookup { case missing, cached(Disclosure), stored(Int, [UInt8]) }
        let lookup: Lookup = try database.read { connection in
            guard let number = try Self.revisionNumber(connection, departmentID: departmentID, year: year, revision: revision) else {
                return .missing
            }
            let key = DocumentCache.Key(departmentID: departmentID, fiscalYear: year, revision: number)
            if let cached = cache.withLock({ $0.get(key) }) { return .cached(cached) }
            let stored = try Self.document(connection, departmentID: departmentID, year: year, revision: number)
            return .stored(number, stored.document)
        }
        switch lookup {
        case .missing:
            return nil
        case .cached(let disclosure):
            return disclosure
        case .stored(let number, let bytes):
            let disclosure: Disclosure
            do {
                disclosure = try Disclosure(jsonBytes: bytes)
            } catch {
                throw StorageError.corruptStoredData(
                    "revision \(number) of \(departmentID)/\(year) does not decode: \(error.description)")
            }
            cache.withLock { $0.put(DocumentCache.Key(departmentID: departmentID, fiscalYear: year, revision: number), disclosure) }
            return disclosure
        }
    }

    /// The number of the requested revision if it exists (the current one when `revision` is nil); nil when the
    /// disclosure does not exist; throws `revisionNotFound` when the disclosure exists but the revision does not.
    static func revisionNumber(_ connection: SQLiteConnection, departmentID: String, year: Int, revision: Int?) throws -> Int? {
        guard let (disclosureID, current) = try connection.fetchOne(
            "SELECT id, current_revision FROM disclosure WHERE department_id = ? AND fiscal_year = ?",
            [.text(departmentID), .integer(Int64(year))], { (try $0.int64(0), try $0.int(1)) }) else { return nil }
        guard let revision, revision != current else { return current }
        let exists = try connection.fetchOne(
            "SELECT EXISTS (SELECT 1 FROM revision WHERE disclosure_id = ? AND number = ?)",
            [.integer(disclosureID), .integer(Int64(revision))]) { try $0.bool(0) } ?? false
        guard exists else {
            throw StorageError.revisionNotFound(departmentID: departmentID, fiscalYear: year, revision: revision)
        }
        return revision
    }

    /// The stored document bytes of a revision (current when nil); throws when the disclosure or revision is missing.
    static func document(_ connection: SQLiteConnection, departmentID: String, year: Int,
                         revision: Int?) throws -> (number: Int, document: [UInt8]) {
        guard let number = try revisionNumber(connection, departmentID: departmentID, year: year, revision: revision) else {
            throw StorageError.disclosureNotFound(departmentID: departmentID, fiscalYear: year)
        }
        guard let document = try connection.fetchOne("""
            SELECT r.document FROM disclosure d JOIN revision r ON r.disclosure_id = d.id
            WHERE d.department_id = ? AND d.fiscal_year = ? AND r.number = ?
            """, [.text(departmentID), .integer(Int64(year)), .integer(Int64(number))], { try $0.blob(0) }) else {
            throw StorageError.revisionNotFound(departmentID: departmentID, fiscalYear: year, revision: number)
        }
        return (number, document)
    }

    /// One revision's description.
    static func revision(_ connection: SQLiteConnection, disclosureID: Int64, number: Int, current: Int) throws -> RevisionInfo? {
        try connection.fetchOne("""
            SELECT imported_by, imported_at_ms, content_sha256, byte_count FROM revision
            WHERE disclosure_id = ? AND number = ?
            """, [.integer(disclosureID), .integer(Int64(number))]) { row in
            RevisionInfo(number: number, importedBy: try row.text(0), importedAt: Self.date(milliseconds: try row.int64(1)),
                          contentSHA256: try row.text(2), byteCount: try row.int(3), isCurrent: number == current)
        }
    }
}
