public import JuesuanHTTP

/// A CSV document (RFC 4180): a header line with the JSON field names, then one record per item; CRLF line ends,
/// UTF-8 without BOM; a field is quoted when it contains a comma, a double quote, CR or LF (quotes doubled). A null
/// value is an empty field.
public struct CSVTable: Sendable {
    public let header: [String]
    public private(set) var records: [[String?]] = []

    /// The `Content-Type` of CSV responses.
    public static let contentType = "text/csv; charset=utf-8; header=present"

    public init(header: [String]) {
        self.header = header
    }

    /// Appends a record; it must have one field per header column.
    public mutating func append(_ record: [String?]) {
        precondition(record.count == header.count, "CSV record has \(record.count) fields, header has \(header.count)")
        records.append(record)
    }

    /// The document's bytes.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64 * (records.count + 1))
        Self.appendRecord(header, to: &output)
        for record in records { Self.appendRecord(record, to: &output) }
        return output
    }

    static func appendRecord(_ fields: [String?], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            guard let field else { continue }
            let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
            if needsQuotes {
                output.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { output.append(byte) }
                    output.append(byte)
                }
                output.append(UInt8(ascii: "\""))
            } else {
                output.append(contentsOf: field.utf8)
            }
        }
        output.append(0x0D)
        output.append(0x0A)
    }

    /// The response: 200, `text/csv`, `Vary: Accept` (the format may come from content negotiation).
    public func response() -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: Self.contentType)
        headers.addVary("Accept")
        return HTTPResponse(status: .ok, headers: headers, body: bytes())
    }
}
