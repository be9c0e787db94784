/// A location inside a JSON document, written the way error messages show it: `$.tables[3].rows[2].values.total`.
///
/// Object keys that are plain ASCII identifiers are written with a dot; any other key is written in brackets as a
/// JSON string (`$.assets.vehicles.by_use["执法执勤用车"]`). Array indices are zero-based.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path: a member of an object or an element of an array.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the document root.
    public private(set) var components: [Component]

    /// The root of a document, `$`.
    public static let root = JSONPath(components: [])

    public init(components: [Component]) {
        self.components = components
    }

    /// The path of the member `key` of the object at this path.
    public func appending(key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// The path of the element `index` of the array at this path.
    public func appending(index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    public static func / (path: JSONPath, key: String) -> JSONPath { path.appending(key: key) }
    public static func / (path: JSONPath, index: Int) -> JSONPath { path.appending(index: index) }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key):
                if JSONPath.isIdentifier(key) {
                    text += "." + key
                } else {
                    text += "[" + JSONWriter.quoted(key) + "]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
