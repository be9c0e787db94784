/// One step of progress reported by `HTTPRequestParser.next()`.
///
/// A request is reported as `.head`, then zero or more `.body` pieces, then `.end`; `.error` ends the
/// connection (the parser is dead afterwards and keeps returning the same error).
public enum HTTPParserEvent: Sendable {
    /// The buffered bytes are exhausted; append more and call `next()` again.
    case needMoreData
    /// A complete, validated head. `framing` says how the body is delimited.
    case head(HTTPRequestHead, framing: HTTPBodyFraming)
    /// Body bytes (already de-chunked), in order; may come in several pieces.
    case body([UInt8])
    /// End of the current request; trailers (chunked only) are never merged into the head.
    case end(trailers: HTTPHeaders)
    /// Protocol violation: answer `error.status` with `Connection: close` and close.
    case error(HTTPProtocolError)
}
