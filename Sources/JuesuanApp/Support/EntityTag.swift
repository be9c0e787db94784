public import JuesuanHTTP

/// A strong entity tag (RFC 9110 §8.8.3) for a response body, and `If-None-Match` evaluation.
///
/// The opaque tag is the 16 hex digits of the FNV-1a 64 hash of the exact body bytes sent, so the
/// identity and gzip representations of a resource have different tags, as strong validators must.
public struct EntityTag: Sendable, Hashable, CustomStringConvertible {
    /// The field value including quotes, e.g. `"a1b2c3d4e5f60718"`.
    public let headerValue: String

    public init(headerValue: String) { self.headerValue = headerValue }

    /// The strong tag of `body`.
    public init(body: [UInt8]) {
        var text: [UInt8] = [UInt8(ascii: "\"")]
        text.reserveCapacity(18)
        HexFormatting.append(FNV1a64.hash(body), to: &text)
        text.append(UInt8(ascii: "\""))
        headerValue = String(decoding: text, as: UTF8.self)
    }

    public var description: String { headerValue }

    /// Whether any `If-None-Match` field of `headers` matches this tag by weak comparison (RFC 9110
    /// §13.1.2): `*` matches, otherwise an entry matches when its opaque tag equals ours, with or without
    /// `W/`. Malformed entries never match.
    public func matchesIfNoneMatch(in headers: HTTPHeaders) -> Bool {
        for field in headers where HTTPHeaders.fieldName(field.name, equals: "If-None-Match") {
            if Self.listMatches(Array(field.value.utf8), Array(headerValue.utf8)) { return true }
        }
        return false
    }

    /// Scans one field value: `*` or a comma-separated list of `[W/]"opaque"` entries.
    static func listMatches(_ value: [UInt8], _ ours: [UInt8]) -> Bool {
        var index = 0
        let count = value.count
        func skipSpaceAndCommas() {
            while index < count, value[index] == 0x20 || value[index] == 0x09 || value[index] == UInt8(ascii: ",") {
                index += 1
            }
        }
        skipSpaceAndCommas()
        if index < count, value[index] == UInt8(ascii: "*") {
            var rest = index + 1
            while rest < count, value[rest] == 0x20 || value[rest] == 0x09 { rest += 1 }
            return rest == count
        }
        while index < count {
            if index + 1 < count, value[index] == UInt8(ascii: "W"), value[index + 1] == UInt8(ascii: "/") { index += 2 }
            guard index < count, value[index] == UInt8(ascii: "\"") else { return false }
            let start = index
            index += 1
            while index < count, value[index] != UInt8(ascii: "\"") { index += 1 }
            guard index < count else { return false }
            index += 1
            if value[start..<index].elementsEqual(ours) { return true }
            skipSpaceAndCommas()
        }
        return false
    }
}
