import Foundation
import Glibc
@testable import JuesuanHTTP
import Testing

/// The responder behind the live tests: a few fixed routes that expose what the core handed over.
///
/// - `/hello` → `200 hello`
/// - `/echo` → the request body, with `X-Body-Length`, `X-Trailers` (name=value list) and `X-Method`
/// - `/path?...` → `path|query|requestIndex`
/// - `/bytes/N` → N bytes of `a`…`z`
/// - `/status/N` → an empty response with status N
/// - `/close` → 200 with `Connection: close` set by the responder
/// - `/limit-small` → body limit 16 bytes
/// - `/loop` → the index of the event loop serving the connection
struct LiveTestResponder: HTTPResponder {
    func respond(to request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain")
        headers.add(name: "X-Request-Index", value: String(request.connection.requestIndex))
        if path == "/loop" {
            // The loop that owns the connection (high bits of the connection id).
            return HTTPResponse(status: .ok, headers: headers, body: Array(String(request.connection.id >> 48).utf8))
        }
        switch true {
        case path == "/hello":
            return HTTPResponse(status: .ok, headers: headers, body: Array("hello".utf8))
        case path == "/echo" || path == "/limit-small":
            headers.add(name: "X-Body-Length", value: String(request.body.count))
            headers.add(name: "X-Method", value: request.method.rawValue)
            headers.add(name: "X-Trailers", value: request.trailers.map { "\($0.name)=\($0.value)" }.joined(separator: ","))
            return HTTPResponse(status: .ok, headers: headers, body: request.body)
        case path == "/path":
            return HTTPResponse(status: .ok, headers: headers,
                body: Array("\(request.path)|\(request.query ?? "-")|\(request.connection.requestIndex)".utf8))
        case path.hasPrefix("/bytes/"):
            let count = Int(path.dropFirst(7)) ?? 0
            return HTTPResponse(status: .ok, headers: headers, body: Self.alphabet(count))
        case path.hasPrefix("/status/"):
            return HTTPResponse(status: HTTPStatus(code: Int(path.dropFirst(8)) ?? 500), headers: headers, body: Array("ignored".utf8))
        case path == "/close":
            headers.add(name: "Connection", value: "close")
            return HTTPResponse(status: .ok, headers: headers, body: Array("bye".utf8))
        default:
            return HTTPResponse(status: .notFound, headers: headers, body: Array("not found".utf8))
        }
    }

    func respond(toProtocolError error: HTTPProtocolError, head: HTTPRequestHead?, connection: ConnectionInfo) -> HTTPResponse {
        var response = error.defaultResponse()
        response.headers.add(name: "X-Error-Reason", value: error.reason)
        return response
    }

    /// `count` bytes of `abc…z` repeated, built by doubling (fast in debug builds too).
    static func alphabet(_ count: Int) -> [UInt8] {
        var bytes = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        while bytes.count < count { bytes.append(contentsOf: bytes) }
        return Array(bytes.prefix(count))
    }

    func bodyLimit(for head: HTTPRequestHead) -> Int? {
        head.path == "/limit-small" ? 16 : nil
    }
}

/// Starts a server on 127.0.0.1 port 0 with test-friendly settings, runs `body`, then shuts it down
/// and waits for it to stop.
func withLiveServer(
    loops: Int = 2,
    configure: (inout HTTPServerConfiguration) -> Void = { _ in },
    responder: some HTTPResponder = LiveTestResponder(),
    _ body: (HTTPServer) throws -> Void
) throws {
    var configuration = HTTPServerConfiguration()
    configuration.host = "127.0.0.1"
    configuration.port = 0
    configuration.eventLoopCount = loops
    configuration.timeouts.shutdownGraceMilliseconds = 2_000
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, responder: responder)
    try server.start()
    defer {
        server.shutdown()
        server.waitUntilStopped()
    }
    #expect(server.port != 0)
    try body(server)
}

/// A fresh connection gets 200 for `/hello`: the server is alive and not desynchronised.
func expectServerAlive(_ server: HTTPServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let client = try LiveTestClient(port: server.port)
    try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
    let response = try client.readResponse()
    #expect(response.status == 200, sourceLocation: sourceLocation)
    #expect(response.bodyText == "hello", sourceLocation: sourceLocation)
}

/// Polls `condition` every few milliseconds until it holds or `timeout` seconds pass; true if it held.
func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = LiveTestClient.deadline(seconds: timeout)
    while LiveTestClient.now() < deadline {
        if condition() { return true }
        _ = poll(nil, 0, 5)
    }
    return condition()
}
