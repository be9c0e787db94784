/// What the catalogue says about one published (code, name) pair: the code it stands for and how it was found.
public struct CodeResolution: Sendable, Hashable {
    /// How the published code relates to the catalogue.
    public enum Status: Sendable, Hashable {
        /// The code exists and its name matches.
        case exact
        /// The printed code is a truncated prefix (`3010`); the name identified the full code.
        case restored
        /// The code exists but the published name differs from the catalogue name (`expected`).
        case nameMismatch(expected: String)
        /// Neither the code nor its prefix + name are in the catalogue. `suggestion` is a code whose name matches,
        /// when there is one.
        case unknownCode(suggestion: String?)
        /// A truncated code whose name matches several catalogue codes.
        case ambiguous(candidates: [String])
        /// The row has no code (合计, uncoded lines): nothing to resolve.
        case uncoded
    }

    public let scheme: ClassificationScheme
    /// The code as printed.
    public let publishedCode: String?
    /// The name as printed.
    public let publishedName: String?
    /// The catalogue code the row stands for (equal to the published code when exact or mismatched by name).
    public let resolvedCode: String?
    public let status: Status
    /// The catalogue entry of `resolvedCode`.
    public let entry: CatalogEntry?

    public init(
        scheme: ClassificationScheme, publishedCode: String?, publishedName: String?, resolvedCode: String?,
        status: Status, entry: CatalogEntry?
    ) {
        self.scheme = scheme
        self.publishedCode = publishedCode
        self.publishedName = publishedName
        self.resolvedCode = resolvedCode
        self.status = status
        self.entry = entry
    }

    /// Whether this deserves a finding (unknown, mismatched or ambiguous).
    public var isProblem: Bool {
        switch status {
        case .exact, .restored, .uncoded: false
        case .nameMismatch, .unknownCode, .ambiguous: true
        }
    }
}
