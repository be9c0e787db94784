/// Why a byte sequence is not an acceptable JSON document, and where: 1-based line and column (columns count
/// Unicode scalars, so a Chinese character is one column), the byte offset, and the JSON path of the value being
/// read when the problem was found.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int
    public let byteOffset: Int
    public let path: JSONPath

    public init(message: String, line: Int, column: Int, byteOffset: Int, path: JSONPath) {
        self.message = message
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.path = path
    }

    public var description: String {
        "line \(line), column \(column) (at \(path)): \(message)"
    }
}
