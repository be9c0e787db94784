/// The parsed query string of a request (`application/x-www-form-urlencoded` rules: `&`-separated
/// `name=value` pairs, `+` is a space, percent-escapes decoded).
///
/// Every accessor that can fail throws a 400 problem+json naming the parameter.
public struct QueryParameters: Sendable {
    /// Decoded name/value pairs in order; a pair without `=` has an empty value.
    public let pairs: [(name: String, value: String)]

    public init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// Parses a raw query string (without `?`); nil parses as empty.
    public init(parsing query: String?) throws(APIError) {
        guard let query, !query.isEmpty else {
            pairs = []
            return
        }
        var pairs: [(name: String, value: String)] = []
        for element in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = element.firstIndex(of: UInt8(ascii: "="))
            let rawName = equals.map { element[element.startIndex..<$0] } ?? element[...]
            let rawValue = equals.map { element[element.index(after: $0)...] } ?? element[element.endIndex...]
            let name = try Self.decode(rawName, naming: nil)
            let value = try Self.decode(rawValue, naming: name)
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// Every value given for `name`, in order.
    public func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The single value of `name`, nil when absent; given twice → 400.
    public func string(_ name: String) throws(APIError) -> String? {
        var found: String?
        for pair in pairs where pair.name == name {
            guard found == nil else {
                throw APIError.invalidParameter(name, in: .query, reason: "must be given at most once")
            }
            found = pair.value
        }
        return found
    }

    /// The value of `name` as a decimal integer within `range`; nil when absent.
    public func int(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(APIError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = DecimalInteger.parse(text), range.contains(value) else {
            throw APIError.invalidParameter(name, in: .query, reason: DecimalInteger.rangeReason(range, got: text))
        }
        return value
    }

    /// The value of `name`, which must be one of `allowed`; nil when absent.
    public func oneOf(_ name: String, _ allowed: [String]) throws(APIError) -> String? {
        guard let text = try string(name) else { return nil }
        guard allowed.contains(text) else {
            throw APIError.invalidParameter(
                name, in: .query, reason: "must be one of \(allowed.joined(separator: ", ")), got \"\(text)\""
            )
        }
        return text
    }

    /// `true`/`false` (also `1`/`0`); nil when absent.
    public func bool(_ name: String) throws(APIError) -> Bool? {
        guard let text = try string(name) else { return nil }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: throw APIError.invalidParameter(name, in: .query, reason: "must be true or false, got \"\(text)\"")
        }
    }

    /// Refuses parameters outside `allowed`, naming the first unknown one.
    public func rejectUnknown(allowed: Set<String>) throws(APIError) {
        for pair in pairs where !allowed.contains(pair.name) {
            let known = allowed.sorted().joined(separator: ", ")
            throw APIError.invalidParameter(
                pair.name, in: .query, reason: known.isEmpty ? "is not accepted here" : "is not accepted here (accepted: \(known))"
            )
        }
    }

    private static func decode(_ raw: Substring.UTF8View.SubSequence, naming name: String?) throws(APIError) -> String {
        if !raw.contains(UInt8(ascii: "%")) && !raw.contains(UInt8(ascii: "+")) {
            if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw error(name, "contains a control character") }
            return String(Substring(raw))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
                index = raw.index(after: index)
            } else if byte == UInt8(ascii: "%") {
                let first = raw.index(after: index)
                guard first < raw.endIndex, let high = PathDecoder.hexValue(raw[first]) else {
                    throw error(name, "contains a malformed percent-escape")
                }
                let second = raw.index(after: first)
                guard second < raw.endIndex, let low = PathDecoder.hexValue(raw[second]) else {
                    throw error(name, "contains a malformed percent-escape")
                }
                bytes.append(high << 4 | low)
                index = raw.index(after: second)
            } else {
                bytes.append(byte)
                index = raw.index(after: index)
            }
        }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw error(name, "contains a NUL or control character") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw error(name, "is not valid UTF-8") }
        return text
    }

    private static func error(_ name: String?, _ reason: String) -> APIError {
        if let name { return APIError.invalidParameter(name, in: .query, reason: reason) }
        return APIError.badRequest("a query parameter name \(reason)", type: "invalid-parameter")
    }
}
