public import JuesuanHTTP

/// The representation a read-API response is written in: JSON (default) or CSV (`?format=csv`, or an `Accept`
/// header that prefers `text/csv`). CSV is offered only where the resource is tabular.
public enum ResponseFormat: String, Sendable, Hashable {
    case json
    case csv

    /// The query parameter that selects the format.
    public static let parameterName = "format"

    /// `?format=` wins; otherwise `Accept` decides (text/csv only when it ranks above application/json); JSON by
    /// default. Throws 400 naming `format` for an unknown value, or for `csv` where `csvAvailable` is false.
    public static func negotiate(query: QueryParameters, headers: HTTPHeaders, csvAvailable: Bool) throws(APIError) -> ResponseFormat {
        let allowed = csvAvailable ? ["json", "csv"] : ["json"]
        if let text = try query.oneOf(parameterName, allowed) {
            return ResponseFormat(rawValue: text) ?? .json
        }
        guard csvAvailable, let accept = headers.first(name: "Accept") else { return .json }
        return prefersCSV(accept: accept) ? .csv : .json
    }

    /// Whether an `Accept` value ranks `text/csv` strictly above `application/json` (q-values; an exact media type
    /// counts before a wildcard).
    static func prefersCSV(accept: String) -> Bool {
        var csv = -1.0
        var json = -1.0
        var wildcard = -1.0
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingSpaces.lowercased() }
            guard let type = parts.first else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Self.quality(String(parameter.dropFirst(2)))
            }
            switch type {
            case "text/csv": csv = max(csv, quality)
            case "application/json": json = max(json, quality)
            case "*/*", "application/*": wildcard = max(wildcard, quality)
            default: continue
            }
        }
        if json < 0 { json = wildcard }
        return csv > 0 && csv > json
    }

    /// A q-value (`0`, `0.5`, `1.000`) read without floating-point parsing surprises; malformed → 0.
    static func quality(_ text: String) -> Double {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "0") || first == UInt8(ascii: "1") else { return 0 }
        var value = Double(first - 0x30)
        guard bytes.count > 1 else { return value }
        guard bytes[1] == UInt8(ascii: "."), bytes.count <= 5 else { return 0 }
        var scale = 0.1
        for byte in bytes.dropFirst(2) {
            guard byte >= 0x30, byte <= 0x39 else { return 0 }
            value += Double(byte - 0x30) * scale
            scale /= 10
        }
        return min(value, 1)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
