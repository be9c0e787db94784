/// The header fields of a request or response, in the order received or added.
///
/// Duplicates are kept (never collapsed into a dictionary); names keep the spelling they were given and
/// are matched ASCII-case-insensitively, byte by byte (never through Unicode case folding, which maps the
/// Kelvin sign to `k`). Names are expected to be valid tokens: the parser only stores validated ones.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One header field: a token name and its value with surrounding whitespace removed.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public private(set) var fields: [Field]

    public init() { fields = [] }

    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// Reserves room for `minimumCapacity` fields (the parser sizes each request's list once).
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        fields.reserveCapacity(minimumCapacity)
    }

    /// Appends a field, keeping any existing field of the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field of this name with one field holding `value`, or appends it.
    public mutating func replaceOrAdd(name: String, value: String) {
        if let first = fields.firstIndex(where: { Self.namesEqual($0.name, name) }) {
            fields[first].value = value
            var index = fields.index(after: first)
            while index < fields.endIndex {
                if Self.namesEqual(fields[index].name, name) { fields.remove(at: index) } else { index += 1 }
            }
        } else {
            add(name: name, value: value)
        }
    }

    /// Removes every field of this name.
    public mutating func remove(name: String) {
        fields.removeAll { Self.namesEqual($0.name, name) }
    }

    /// The value of the first field of this name.
    public subscript(name: String) -> String? { first(name: name) }

    /// The value of the first field of this name.
    public func first(name: String) -> String? {
        for field in fields where Self.namesEqual(field.name, name) { return field.value }
        return nil
    }

    /// The values of every field of this name, in order.
    public func values(name: String) -> [String] {
        fields.filter { Self.namesEqual($0.name, name) }.map(\.value)
    }

    /// Whether any field of this name exists.
    public func contains(name: String) -> Bool { first(name: name) != nil }

    /// Whether a comma-separated field of this name lists `token` (ASCII-case-insensitive), e.g.
    /// `Connection: keep-alive, Upgrade` contains `upgrade`.
    public func containsToken(_ token: String, inField name: String) -> Bool {
        for value in values(name: name) {
            for element in value.utf8.split(separator: UInt8(ascii: ",")) {
                let trimmed = element.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
                if Self.bytesEqualIgnoringASCIICase(Array(trimmed), Array(token.utf8)) { return true }
            }
        }
        return false
    }

    public var description: String {
        fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    /// ASCII-only case-insensitive comparison of two header names.
    @inlinable
    public static func namesEqual(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.utf8.makeIterator()
        var right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case let (l?, r?):
                if l != r && asciiLower(l) != asciiLower(r) { return false }
            default: return false
            }
        }
    }

    /// ASCII-only case-insensitive comparison of byte strings.
    @inlinable
    public static func bytesEqualIgnoringASCIICase<L: Collection<UInt8>, R: Collection<UInt8>>(_ lhs: L, _ rhs: R) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (l, r) in zip(lhs, rhs) where l != r && asciiLower(l) != asciiLower(r) { return false }
        return true
    }

    /// Lower-cases `A`…`Z` only; every other byte is returned unchanged.
    @inlinable
    public static func asciiLower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }
}
