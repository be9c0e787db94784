/// A JSON object whose members keep the order they were written or inserted in.
///
/// Keys are unique (the parser rejects duplicates; `set` replaces in place). Two objects are equal when they have
/// the same members in the same order, which is what byte-for-byte canonical output needs.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public let key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order.
    public private(set) var members: [Member] = []
    /// Key index, built only for objects with more than `indexThreshold` members; small objects are scanned.
    private var indexByKey: [String: Int]?
    private static let indexThreshold = 24

    public init() {}

    /// Builds an object from ordered pairs; a repeated key keeps the last value at the first key's position.
    public init(_ pairs: [(String, JSONValue)]) {
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs { set(key, value) }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    private func position(of key: String) -> Int? {
        if let indexByKey { return indexByKey[key] }
        return members.firstIndex { $0.key == key }
    }

    /// The value of `key`, nil when absent.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { members[$0].value } }
        set {
            if let newValue { set(key, newValue) } else { remove(key) }
        }
    }

    /// Whether the object has a member named `key`.
    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Sets `key` to `value`, appending a new member or replacing an existing one in place.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = position(of: key) {
            members[index].value = value
            return
        }
        members.append(Member(key: key, value: value))
        if indexByKey != nil {
            indexByKey?[key] = members.count - 1
        } else if members.count > JSONObject.indexThreshold {
            indexByKey = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.key, $0.offset) })
        }
    }

    /// Removes `key` if present.
    public mutating func remove(_ key: String) {
        guard let index = position(of: key) else { return }
        members.remove(at: index)
        if indexByKey != nil {
            indexByKey = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.key, $0.offset) })
        }
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.members == rhs.members }

    public func hash(into hasher: inout Hasher) { hasher.combine(members) }
}
