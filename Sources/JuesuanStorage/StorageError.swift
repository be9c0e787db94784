/// Errors of the storage layer that are not SQLite's own: misuse of the connection pool, a database written by a
/// newer version, a document that cannot be stored, or a disclosure that does not exist.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `read` or `write` was called from inside a `read`/`write` closure on the same kind of connection,
    /// which would deadlock.
    case reentrantAccess(String)
    /// The database's `user_version` is newer than the newest migration this build knows.
    case unknownSchemaVersion(found: Int, newestKnown: Int)
    /// The document given to import is invalid; the message names the JSON path.
    case invalidDocument(String)
    /// No disclosure for this department and fiscal year.
    case disclosureNotFound(departmentID: String, fiscalYear: Int)
    /// No such revision of an existing disclosure.
    case revisionNotFound(departmentID: String, fiscalYear: Int, revision: Int)
    /// Stored data does not decode; indicates a corrupt or hand-edited row.
    case corruptStoredData(String)

    public var description: String {
        switch self {
        case .reentrantAccess(let what): "reentrant database access: \(what)"
        case .unknownSchemaVersion(let found, let newest):
            "database schema version \(found) is newer than this build's newest migration \(newest)"
        case .invalidDocument(let message): "invalid disclosure document: \(message)"
        case .disclosureNotFound(let department, let year): "no disclosure for department \(department), year \(year)"
        case .revisionNotFound(let department, let year, let revision):
            "no revision \(revision) of the disclosure for department \(department), year \(year)"
        case .corruptStoredData(let message): "stored data is corrupt: \(message)"
        }
    }
}
