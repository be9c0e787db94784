public import Foundation

/// One stored revision (修订版本) of a disclosure: its number (1 for the first import, then 2, 3, …), who imported
/// it and when, and the SHA-256 and size of its canonical document bytes.
public struct RevisionInfo: Sendable, Hashable {
    /// Revision number, from 1.
    public let number: Int
    /// The importer as given to `importDisclosure` (a user name or `cli:<user>`).
    public let importedBy: String
    /// When the import committed, millisecond precision (stored as Unix milliseconds, UTC).
    public let importedAt: Date
    /// SHA-256 of the canonical document bytes, 64 lowercase hex digits.
    public let contentSHA256: String
    /// Size of the canonical document, in bytes.
    public let byteCount: Int
    /// Whether this is the disclosure's current revision.
    public let isCurrent: Bool

    /// Creates a revision description.
    public init(number: Int, importedBy: String, importedAt: Date, contentSHA256: String, byteCount: Int, isCurrent: Bool) {
        self.number = number
        self.importedBy = importedBy
        self.importedAt = importedAt
        self.contentSHA256 = contentSHA256
        self.byteCount = byteCount
        self.isCurrent = isCurrent
    }
}
