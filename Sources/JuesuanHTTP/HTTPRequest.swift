/// The head of a request as parsed: request line and header fields (RFC 9112 §3, §5).
public struct HTTPRequestHead: Sendable {
    public var method: HTTPMethod
    /// The request target exactly as sent (origin-form `/a/b?c=d`, absolute-form, `*`).
    public var target: String
    /// The path part of the target, percent-encoding left as sent, without the query; for absolute-form
    /// targets the path of the URI (`/` when empty).
    public var path: String
    /// The query string after `?`, without the `?`; nil when the target has none.
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders

    public init(method: HTTPMethod, target: String, path: String, query: String?, version: HTTPVersion, headers: HTTPHeaders) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
    }

    /// Whether the client allows the connection to persist after this request: HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        if version.major == 1 && version.minor >= 1 {
            return !headers.containsToken("close", inField: "Connection")
        }
        return headers.containsToken("keep-alive", inField: "Connection")
    }
}

/// A complete request handed to the responder: its head, its whole decoded body, and where it came from.
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    /// The body bytes after de-chunking; empty when the request has none. Bounded by the body limit.
    public var body: [UInt8]
    /// Trailer fields of a chunked body; never merged into `head.headers`.
    public var trailers: HTTPHeaders
    /// Facts about the connection the request arrived on.
    public var connection: ConnectionInfo

    public init(head: HTTPRequestHead, body: [UInt8] = [], trailers: HTTPHeaders = HTTPHeaders(), connection: ConnectionInfo = ConnectionInfo()) {
        self.head = head
        self.body = body
        self.trailers = trailers
        self.connection = connection
    }

    public var method: HTTPMethod { head.method }
    public var path: String { head.path }
    public var query: String? { head.query }
    public var headers: HTTPHeaders { head.headers }
}

/// What the server knows about the connection a request arrived on.
public struct ConnectionInfo: Sendable {
    /// The peer's address as text (`127.0.0.1`, `::1`), or empty when unknown (tests, Unix sockets).
    public var peerAddress: String
    /// The peer's port, 0 when unknown.
    public var peerPort: UInt16
    /// A process-unique number of the connection, for logs.
    public var id: UInt64
    /// The 1-based position of this request on its connection.
    public var requestIndex: Int

    public init(peerAddress: String = "", peerPort: UInt16 = 0, id: UInt64 = 0, requestIndex: Int = 1) {
        self.peerAddress = peerAddress
        self.peerPort = peerPort
        self.id = id
        self.requestIndex = requestIndex
    }
}
