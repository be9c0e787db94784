/// An HTTP request method token (RFC 9110 §9), kept exactly as received (methods are case-sensitive).
///
/// The parser accepts any valid token; whether the server implements it is decided later
/// (`isKnown`): unknown tokens get 501, known methods a route does not allow get 405.
public struct HTTPMethod: Hashable, Sendable, CustomStringConvertible {
    /// The method token as sent, e.g. `GET`.
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let get = HTTPMethod("GET")
    public static let head = HTTPMethod("HEAD")
    public static let post = HTTPMethod("POST")
    public static let put = HTTPMethod("PUT")
    public static let delete = HTTPMethod("DELETE")
    public static let patch = HTTPMethod("PATCH")
    public static let options = HTTPMethod("OPTIONS")
    public static let trace = HTTPMethod("TRACE")
    public static let connect = HTTPMethod("CONNECT")

    /// QUERY (safe method with a body, draft-ietf-httpbis-safe-method-w-body): recognised, so a path that does not
    /// allow it answers 405 with `Allow` rather than 501.
    public static let query = HTTPMethod("QUERY")

    /// The methods registered in RFC 9110 and RFC 5789 that this server recognises, and QUERY.
    public static let known: Set<HTTPMethod> = [.get, .head, .post, .put, .delete, .patch, .options, .trace, .connect, .query]

    /// Whether this is a method the server recognises (otherwise the answer is 501 Not Implemented).
    public var isKnown: Bool { Self.known.contains(self) }

    public var description: String { rawValue }
}
