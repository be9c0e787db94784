import JuesuanHTTP

/// The invariants checked on every fuzz input. A violation traps (`precondition`), which libFuzzer
/// reports as a crash and saves as an artifact.
enum FuzzCheck {
    /// Small limits, so that every limit path is reachable within the fuzzer's input length.
    static let limits: HTTPServerConfiguration.Limits = {
        var limits = HTTPServerConfiguration.Limits()
        limits.requestLineBytes = 256
        limits.headerFieldBytes = 256
        limits.headerBytes = 1024
        limits.headerCount = 16
        limits.bodyBytes = 1024
        limits.chunkExtensionBytes = 64
        return limits
    }()

    /// One request as reported by the parser.
    struct Request: Equatable {
        var method: String
        var target: String
        var path: String
        var query: String?
        var version: HTTPVersion
        var headers: [HTTPHeaders.Field]
        var framing: HTTPBodyFraming
        var body: [UInt8] = []
        var trailers: [HTTPHeaders.Field] = []
        var ended = false
    }

    /// Everything reported for one input.
    struct Outcome: Equatable {
        var requests: [Request] = []
        var error: HTTPProtocolError?
        var buffered = 0
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        guard let selector = input.first else { return }
        let data = UnsafeRawBufferPointer(rebasing: input[1...])
        let count = data.count
        let first = Int(selector >> 4) * count / 15
        let second = first + Int(selector & 0x0F) * (count - first) / 15
        let pieces = [
            UnsafeRawBufferPointer(rebasing: data[0..<first]),
            UnsafeRawBufferPointer(rebasing: data[first..<second]),
            UnsafeRawBufferPointer(rebasing: data[second...]),
        ]
        let split = parse(pieces)
        let whole = parse([data])
        // The outcome must not depend on how the bytes were split into reads.
        precondition(split.requests == whole.requests && split.error == whole.error, "outcome depends on the split")
        if whole.error == nil { precondition(split.buffered == whole.buffered, "buffered count depends on the split") }
        // Accepted requests survive serialisation and re-parsing unchanged.
        for request in whole.requests where request.ended {
            // Relaxed field limits: obs-text kept as ISO-8859-1 code points grows when re-encoded as UTF-8.
            let again = parse([], bytes: serialize(request), limits: roundTripLimits)
            precondition(again.error == nil && again.requests.count == 1, "re-parse of an accepted request failed")
            precondition(normalized(again.requests[0]) == normalized(request), "re-parse differs")
        }
    }

    static let roundTripLimits: HTTPServerConfiguration.Limits = {
        var relaxed = limits
        relaxed.headerFieldBytes *= 2
        relaxed.headerBytes *= 2
        return relaxed
    }()

    static func parse(
        _ pieces: [UnsafeRawBufferPointer], bytes: [UInt8]? = nil, limits: HTTPServerConfiguration.Limits = limits
    ) -> Outcome {
        var parser = HTTPRequestParser(limits: limits)
        var outcome = Outcome()
        var appended = 0
        func feed(_ piece: UnsafeRawBufferPointer) -> Bool {
            parser.append(piece)
            appended += piece.count
            while true {
                precondition(parser.bufferedByteCount >= 0 && parser.bufferedByteCount <= appended, "consumed more than input")
                let event = parser.next()
                switch event {
                case .needMoreData:
                    return true
                case let .head(head, framing):
                    precondition(outcome.requests.last?.ended ?? true, "head before the previous end")
                    precondition(head.headers.count <= limits.headerCount, "more fields than the limit")
                    precondition(head.target.utf8.count <= limits.requestLineBytes, "target longer than the request line limit")
                    for field in head.headers.fields {
                        let length = field.name.utf8.count + 1 + field.value.utf8.count
                        precondition(length <= limits.headerFieldBytes || !field.value.unicodeScalars.allSatisfy(\.isASCII), "field longer than the limit")
                    }
                    if case .contentLength(let length) = framing { precondition(length > 0, "CL framing with 0") }
                    precondition(!head.method.rawValue.isEmpty && (head.version.major == 1), "bad head")
                    outcome.requests.append(Request(
                        method: head.method.rawValue, target: head.target, path: head.path, query: head.query,
                        version: head.version, headers: head.headers.fields, framing: framing
                    ))
                    precondition(parser.isReadingBody == (framing != .none), "isReadingBody after head")
                case .body(let bytes):
                    precondition(!bytes.isEmpty, "empty body piece")
                    guard let index = outcome.requests.indices.last, !outcome.requests[index].ended else {
                        preconditionFailure("body without an open request")
                    }
                    outcome.requests[index].body += bytes
                    precondition(outcome.requests[index].body.count <= limits.bodyBytes, "body beyond the limit")
                case .end(let trailers):
                    guard let index = outcome.requests.indices.last, !outcome.requests[index].ended else {
                        preconditionFailure("end without an open request")
                    }
                    let request = outcome.requests[index]
                    switch request.framing {
                    case .none: precondition(request.body.isEmpty, "body without framing")
                    case .contentLength(let length): precondition(request.body.count == length, "body bytes != declared length")
                    case .chunked: break
                    }
                    precondition(request.framing == .chunked || trailers.isEmpty, "trailers without chunked")
                    precondition(trailers.count <= limits.headerCount, "more trailers than the limit")
                    outcome.requests[index].trailers = trailers.fields
                    outcome.requests[index].ended = true
                case .error(let error):
                    precondition([400, 413, 414, 431, 501, 505].contains(error.status.code), "unexpected status")
                    guard case .error(let again) = parser.next(), again == error else {
                        preconditionFailure("parser not dead after an error")
                    }
                    outcome.error = error
                    return false
                }
            }
        }
        if let bytes {
            _ = bytes.withUnsafeBytes { feed($0) }
        } else {
            for piece in pieces where !feed(piece) { break }
        }
        outcome.buffered = parser.bufferedByteCount
        return outcome
    }

    /// The request written back as HTTP/1.1 bytes with a Content-Length body (trailers dropped).
    static func serialize(_ request: Request) -> [UInt8] {
        var text = "\(request.method) \(request.target) \(request.version)\r\n"
        for field in request.headers where !isFraming(field.name) {
            text += "\(field.name):\(field.value)\r\n"
        }
        if !request.body.isEmpty { text += "Content-Length: \(request.body.count)\r\n" }
        return Array((text + "\r\n").utf8) + request.body
    }

    static func isFraming(_ name: String) -> Bool {
        HTTPHeaders.namesEqual(name, "Content-Length") || HTTPHeaders.namesEqual(name, "Transfer-Encoding")
    }

    /// What must survive a round trip: everything except framing fields, trailers and framing kind.
    static func normalized(_ request: Request) -> Request {
        var copy = request
        copy.headers.removeAll { isFraming($0.name) }
        copy.framing = .none
        copy.trailers = []
        return copy
    }
}
