/// A complete response produced by the responder.
///
/// The HTTP core adds `Date`, `Content-Length` (from `body.count`) and `Connection` when it writes the
/// response, strips the body for HEAD, 1xx, 204 and 304, and may add `Connection: close`; everything
/// else is the responder's.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    /// The body bytes exactly as they go on the wire (already compressed, if compressed).
    public var body: [UInt8]

    public init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// The one thing the HTTP core calls: turns a complete request into a response.
///
/// It is called synchronously on the event-loop thread that owns the connection, one request at a time
/// per connection, in order; it must not block for long (storage reads are fine, imports are not).
/// The core knows no routes: everything an application does lives behind this protocol.
public protocol HTTPResponder: Sendable {
    /// The response to a complete, well-framed request.
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// The response for a request the core refuses itself (framing error, limit, timeout, unsupported
    /// version). `head` is present when the head was parsed before the error. The core sends the result
    /// with `Connection: close` and then closes the connection (lingering close).
    func respond(toProtocolError error: HTTPProtocolError, head: HTTPRequestHead?, connection: ConnectionInfo) -> HTTPResponse

    /// The largest body, in bytes, accepted for this head; nil means the server's configured default.
    /// A declared or streamed body above it gets 413 before it is read.
    func bodyLimit(for head: HTTPRequestHead) -> Int?
}

extension HTTPResponder {
    public func respond(toProtocolError error: HTTPProtocolError, head: HTTPRequestHead?, connection: ConnectionInfo) -> HTTPResponse {
        error.defaultResponse()
    }

    public func bodyLimit(for head: HTTPRequestHead) -> Int? { nil }
}

/// Why the HTTP core refused a request on its own, with the status it answers.
public struct HTTPProtocolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The status the core answers with: 400, 408, 413, 414, 431, 501 or 505.
    public var status: HTTPStatus
    /// A short machine-readable reason, e.g. `duplicate-content-length`, `chunk-size-invalid`.
    public var reason: String
    /// A sentence for humans naming what was wrong.
    public var detail: String

    public init(status: HTTPStatus, reason: String, detail: String) {
        self.status = status
        self.reason = reason
        self.detail = detail
    }

    public var description: String { "\(status.code) \(reason): \(detail)" }

    /// An RFC 9457 problem+json response for this error, used when the responder adds nothing.
    public func defaultResponse() -> HTTPResponse {
        let body = #"{"type":"about:blank","title":"# + Self.jsonEscaped(status.reasonPhrase)
            + #"","status":"# + String(status.code)
            + #","detail":"# + "\"" + Self.jsonEscaped(detail) + "\"}"
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/problem+json")
        return HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
    }

    /// Escapes a string for a JSON string literal (quotes, backslash, control characters).
    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// A responder made from a closure, for tests and small servers.
public struct ClosureResponder: HTTPResponder {
    private let body: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) { self.body = body }

    public func respond(to request: HTTPRequest) -> HTTPResponse { body(request) }
}
