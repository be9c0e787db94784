/// One problem found in a submitted disclosure document: the JSON path it concerns (`$.tables[3].rows[2].values.total`)
/// and what is wrong or expected there. Malformed JSON also carries the 1-based line and column.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON path, `$` for the whole document.
    public let path: String
    /// What is wrong, e.g. `expected an amount (number), found a string`.
    public let message: String
    /// Line of malformed JSON (nil for errors found after parsing).
    public let line: Int?
    /// Column of malformed JSON, in characters (nil for errors found after parsing).
    public let column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// A document error for malformed JSON.
    public init(_ parseError: JSONParseError) {
        self.init(path: parseError.path.description, message: parseError.message, line: parseError.line, column: parseError.column)
    }

    public var description: String {
        if let line, let column {
            return "\(path) (line \(line), column \(column)): \(message)"
        }
        return "\(path): \(message)"
    }
}
