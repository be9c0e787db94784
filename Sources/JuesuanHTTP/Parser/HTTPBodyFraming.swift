/// How the body of a request is delimited on the wire (RFC 9112 §6.3), decided from its head.
public enum HTTPBodyFraming: Sendable, Equatable {
    /// No body: neither `Content-Length` nor `Transfer-Encoding`, or `Content-Length: 0`.
    case none
    /// Exactly this many body bytes follow the head (decimal `Content-Length`, in bytes, > 0).
    case contentLength(Int)
    /// `Transfer-Encoding: chunked`: chunks until a zero-size chunk, then optional trailers.
    case chunked
}
