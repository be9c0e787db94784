public import JuesuanHTTP

extension HTTPHeaders {
    /// The value of the first field named `name` (ASCII-case-insensitive), comparing lengths first so
    /// that most fields are skipped without looking at their bytes. `name` is a literal header name.
    public func value(_ name: StaticString) -> String? {
        for field in fields where Self.fieldName(field.name, equals: name) { return field.value }
        return nil
    }

    /// Whether a field named `name` exists (see ``value(_:)``).
    public func has(_ name: StaticString) -> Bool { value(name) != nil }

    /// Case-insensitive comparison of a field name with a literal, length first.
    @inline(__always)
    static func fieldName(_ fieldName: String, equals literal: StaticString) -> Bool {
        let utf8 = fieldName.utf8
        guard utf8.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { expected in
            let matched: Bool? = utf8.withContiguousStorageIfAvailable { actual in
                for index in 0..<actual.count where actual[index] != expected[index] && asciiLower(actual[index]) != asciiLower(expected[index]) {
                    return false
                }
                return true
            }
            return matched ?? bytesEqualIgnoringASCIICase(utf8, expected)
        }
    }
}
