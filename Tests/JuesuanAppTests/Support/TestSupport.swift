import JuesuanApp
import JuesuanHTTP
import Logging
import Synchronization

extension HTTPRequest {
    /// A request as the parser would hand it over: target split into path and query.
    static func make(
        _ method: HTTPMethod = .get, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
        peer: String = "192.0.2.10", version: HTTPVersion = .http1_1
    ) -> HTTPRequest {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let query = parts.count > 1 ? String(parts[1]) : nil
        let head = HTTPRequestHead(
            method: method, target: target, path: path, query: query, version: version, headers: HTTPHeaders(headers)
        )
        return HTTPRequest(head: head, body: body, connection: ConnectionInfo(peerAddress: peer, peerPort: 40000, id: 1))
    }
}

/// Collects log lines in memory.
final class MemoryLogSink: LogSink {
    private let stored = Mutex<[String]>([])

    func write(line: [UInt8], urgent: Bool) {
        let text = String(decoding: line, as: UTF8.self)
        stored.withLock { $0.append(text) }
    }

    func flush() {}

    var lines: [String] { stored.withLock { $0 } }

    /// Lines whose `msg` is `message`.
    func lines(message: String) -> [String] {
        lines.filter { $0.contains(#""msg":"\#(message)""#) }
    }
}

extension Logger {
    /// A logger writing JSON lines into `sink`.
    static func memory(_ sink: MemoryLogSink, level: Logger.Level = .trace) -> Logger {
        Logger(label: "test") { label in JSONLogHandler(label: label, sink: sink, logLevel: level) }
    }
}

extension HTTPResponse {
    var bodyText: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers.first(name: name) }
}

/// Runs one middleware around a fixed endpoint.
func run(
    _ middleware: [any Middleware], _ request: HTTPRequest, resolution: RouteResolution? = nil,
    endpoint: @escaping @Sendable (inout RequestContext) throws -> HTTPResponse
) throws -> HTTPResponse {
    var context = RequestContext(request: request, resolution: resolution ?? .notFound, requestID: "test-id")
    return try MiddlewareChain(middleware, endpoint: endpoint).run(&context)
}

/// A resolution that found a GET route with the given cache policy, for middleware tests.
func foundResolution(_ template: String = "/things/{id}", cache: CachePolicy = .noStore) -> RouteResolution {
    var router = Router()
    router.add(Route(.get, template, cache: cache) { _ in HTTPResponse(status: .ok) })
    return router.resolve(method: .get, path: template.replacingOccurrences(of: "{id}", with: "1"))
}

/// Bytes of a JSON body of about `count` bytes, compressible.
func jsonBody(bytes count: Int) -> [UInt8] {
    var text = #"{"items":["#
    var index = 0
    while text.utf8.count < count - 20 {
        if index > 0 { text += "," }
        text += #"{"n":\#(index),"name":"项目"}"#
        index += 1
    }
    text += "]}"
    return Array(text.utf8)
}
