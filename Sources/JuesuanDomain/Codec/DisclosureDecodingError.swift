/// Every problem found while reading a disclosure document (never only the first), in document order.
public struct DisclosureDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let errors: [DocumentError]

    public init(errors: [DocumentError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
