import JuesuanHTTP

/// A request as the parser reported it, flattened for comparisons in tests.
struct ParsedRequest: Equatable, CustomStringConvertible {
    var method: String
    var target: String
    var path: String
    var query: String?
    var version: String
    var headers: [HTTPHeaders.Field]
    var framing: HTTPBodyFraming
    var body: [UInt8]
    var trailers: [HTTPHeaders.Field]
    /// Whether `.end` was reported for it.
    var ended: Bool

    var description: String {
        "\(method) \(target) \(version) body=\(body.count)B ended=\(ended) trailers=\(trailers.count)"
    }
}

/// Everything the parser reported for one input: the requests it delivered and the error that ended it.
struct ParseOutcome: Equatable, CustomStringConvertible {
    var requests: [ParsedRequest] = []
    var error: HTTPProtocolError?
    /// Bytes still buffered when the input ran out (0 when every byte was consumed).
    var leftover = 0

    var description: String {
        "requests: \(requests), error: \(error.map(\.description) ?? "none"), leftover: \(leftover)"
    }
}

/// Parsing helpers: feed byte pieces to a fresh parser and collect its events.
enum ParserHarness {
    static func parse(
        _ pieces: [[UInt8]], limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil
    ) -> ParseOutcome {
        var parser = HTTPRequestParser(limits: limits)
        var outcome = ParseOutcome()
        for piece in pieces {
            parser.append(piece)
            if drain(&parser, into: &outcome, bodyLimit: bodyLimit) { break }
        }
        outcome.leftover = parser.bufferedByteCount
        return outcome
    }

    /// Calls `next()` until more data is needed; returns true when the parser failed.
    static func drain(_ parser: inout HTTPRequestParser, into outcome: inout ParseOutcome, bodyLimit: Int?) -> Bool {
        while true {
            switch parser.next() {
            case .needMoreData:
                return false
            case let .head(head, framing):
                outcome.requests.append(ParsedRequest(
                    method: head.method.rawValue, target: head.target, path: head.path, query: head.query,
                    version: head.version.description, headers: head.headers.fields, framing: framing,
                    body: [], trailers: [], ended: false
                ))
                if let bodyLimit { parser.setBodyLimit(bodyLimit) }
            case .body(let bytes):
                outcome.requests[outcome.requests.count - 1].body += bytes
            case .end(let trailers):
                outcome.requests[outcome.requests.count - 1].trailers = trailers.fields
                outcome.requests[outcome.requests.count - 1].ended = true
            case .error(let error):
                outcome.error = error
                return true
            }
        }
    }

    static func whole(_ bytes: [UInt8], limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) -> ParseOutcome {
        parse([bytes], limits: limits, bodyLimit: bodyLimit)
    }

    static func byteByByte(_ bytes: [UInt8], limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) -> ParseOutcome {
        parse(bytes.map { [$0] }, limits: limits, bodyLimit: bodyLimit)
    }

    static func split(_ bytes: [UInt8], at offset: Int, limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) -> ParseOutcome {
        parse([Array(bytes[..<offset]), Array(bytes[offset...])], limits: limits, bodyLimit: bodyLimit)
    }

    /// The split offsets to try: every offset for inputs up to 2 KiB, otherwise every offset in the first
    /// and last 512 bytes plus a stride through the middle (and around each LF).
    static func splitOffsets(count: Int) -> [Int] {
        if count <= 2048 { return Array(0...count) }
        var offsets = Set(0...512)
        offsets.formUnion((count - 512)...count)
        offsets.formUnion(stride(from: 512, to: count - 512, by: 97))
        return offsets.sorted()
    }

    /// Whether piece boundaries change the outcome, comparing with the whole-input parse. Byte-wise
    /// body splits are merged, so only the body contents are compared, not the piece sizes.
    static func firstDifference(_ bytes: [UInt8], limits: HTTPServerConfiguration.Limits = .init(), bodyLimit: Int? = nil) -> String? {
        let reference = whole(bytes, limits: limits, bodyLimit: bodyLimit)
        for offset in splitOffsets(count: bytes.count) {
            let outcome = split(bytes, at: offset, limits: limits, bodyLimit: bodyLimit)
            if !sameResult(outcome, reference) { return "split at \(offset): \(outcome) vs whole: \(reference)" }
        }
        let single = byteByByte(bytes, limits: limits, bodyLimit: bodyLimit)
        if !sameResult(single, reference) { return "byte by byte: \(single) vs whole: \(reference)" }
        return nil
    }

    /// Same requests and error; leftover only matters when no error ended the parse.
    static func sameResult(_ lhs: ParseOutcome, _ rhs: ParseOutcome) -> Bool {
        guard lhs.requests == rhs.requests, lhs.error == rhs.error else { return false }
        return lhs.error != nil || lhs.leftover == rhs.leftover
    }
}

/// The UTF-8 bytes of a string, for building requests.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// `Host: a\r\n`, the `H` of RELIABILITY.md §1.6.
let hostA = "Host: a\r\n"
