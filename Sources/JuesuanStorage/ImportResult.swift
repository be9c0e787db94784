/// The outcome of one `DisclosureStore.importDisclosure` call (导入结果): which disclosure, what happened, the
/// revision now current, and the store's data version after the import.
public struct ImportResult: Sendable, Hashable {
    /// What an import did to the stored disclosure.
    public enum Change: Sendable, Hashable {
        /// First import of this department × year: revision 1 was created.
        case created
        /// The content differed: a new revision replaced `previousRevision`, which stays readable.
        case replaced(previousRevision: Int)
        /// Same content hash as the current revision: nothing was written.
        case unchanged
    }

    /// Department id of the imported disclosure.
    public let departmentID: String
    /// Fiscal year of the imported disclosure.
    public let fiscalYear: Int
    /// What the import did.
    public let change: Change
    /// The current revision after the import (the existing one when `.unchanged`).
    public let revision: RevisionInfo
    /// `DisclosureStore.dataVersion()` after the import; unchanged imports leave it as it was.
    public let dataVersion: Int64

    /// Creates an import result.
    public init(departmentID: String, fiscalYear: Int, change: Change, revision: RevisionInfo, dataVersion: Int64) {
        self.departmentID = departmentID
        self.fiscalYear = fiscalYear
        self.change = change
        self.revision = revision
        self.dataVersion = dataVersion
    }

    /// True unless the import was `.unchanged`.
    public var changedContent: Bool { change != .unchanged }
}
