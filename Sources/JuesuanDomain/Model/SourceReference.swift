/// Where a disclosure was transcribed from: a reference to the published document (file, URL) and its title.
public struct SourceReference: Sendable, Hashable {
    /// Path or URL of the source, e.g. `seeds/000_76647baae9ed1fbe.txt`.
    public var reference: String
    /// Title of the published document, e.g. 2020年度株洲市石峰区司法局部门决算.
    public var title: String?

    public init(reference: String, title: String? = nil) {
        self.reference = reference
        self.title = title
    }
}
