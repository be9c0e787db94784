public import JuesuanStorage
public import Logging

/// Loads the sample disclosures shipped with the executable (the seed: 株洲市石峰区司法局 2020) into an empty
/// store, so that a freshly started server serves real data with no other step.
///
/// A store that already holds any disclosure is left untouched: the sample never overwrites or adds to
/// imported data. Each document is imported in its own transaction, like `juesuan import`.
public struct SampleDataLoader: Sendable {
    /// One embedded document: a name for logs (its file name) and its canonical JSON bytes.
    public struct Document: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public let documents: [Document]

    public init(documents: [Document]) {
        self.documents = documents
    }

    /// Imports every document when `store` is empty; returns how many were imported (0 when the store
    /// already had data). Throws the first import error (a damaged resource), with nothing of it written.
    @discardableResult
    public func loadIfEmpty(into store: DisclosureStore, logger: Logger) throws -> Int {
        guard try store.isEmpty() else { return 0 }
        if documents.isEmpty {
            logger.warning("the database is empty and no sample data is embedded: the server starts without disclosures")
        }
        var imported = 0
        for document in documents {
            let result = try store.importDisclosure(jsonBytes: document.bytes, importedBy: "sample-data")
            imported += 1
            logger.notice(
                "sample data loaded",
                metadata: [
                    "file": .string(document.name),
                    "department": .string(result.departmentID),
                    "fiscal_year": .stringConvertible(result.fiscalYear),
                ]
            )
        }
        return imported
    }
}
