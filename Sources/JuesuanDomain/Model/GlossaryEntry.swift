/// One 名词解释 entry: a term and its published definition.
public struct GlossaryEntry: Sendable, Hashable {
    public var term: String
    public var definition: String

    public init(term: String, definition: String) {
        self.term = term
        self.definition = definition
    }
}
