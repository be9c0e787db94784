public import JuesuanHTTP
public import Logging

/// gzip for responses whose body is at least `minimumBytes` and whose media type compresses (JSON,
/// problem+json, text, YAML, CSV), when `Accept-Encoding` allows gzip (`q=0` honoured).
///
/// Every response that could have been compressed carries `Vary: Accept-Encoding`, compressed or not,
/// so shared caches keep the two representations apart.
public struct CompressionMiddleware: Middleware {
    public let configuration: CompressionConfiguration
    private let logger: Logger

    public init(configuration: CompressionConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        let response = try next(&context)
        return compressIfAllowed(response, acceptEncoding: AcceptEncoding(headers: context.request.headers))
    }

    /// `response` compressed when the rules above allow it.
    public func compressIfAllowed(_ response: HTTPResponse, acceptEncoding: AcceptEncoding) -> HTTPResponse {
        guard configuration.enabled, response.body.count >= configuration.minimumBytes, !response.status.forbidsBody,
              response.status.code != 206, !response.headers.has("Content-Encoding"),
              Self.isCompressible(response.headers.value("Content-Type")) else { return response }
        var response = response
        response.headers.addVary("Accept-Encoding")
        guard acceptEncoding.allowsGzip else { return response }
        do {
            let compressed = try Gzip.compress(response.body, level: Int32(configuration.level))
            guard compressed.count < response.body.count else { return response }
            response.body = compressed
            response.headers.add(name: "Content-Encoding", value: "gzip")
            response.headers.remove(name: "ETag")
        } catch {
            logger.error("gzip failed; sending identity", metadata: ["error": .string(error.description)])
        }
        return response
    }

    /// Whether a media type is worth compressing (text-like).
    static func isCompressible(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let type = contentType.prefix { $0 != ";" }.lowercased()
        return type.hasPrefix("text/") || type == "application/json" || type.hasSuffix("+json")
            || type == "application/yaml" || type == "application/xml" || type == "application/javascript"
    }
}

/// gzip settings (configuration keys `gzip.*`).
public struct CompressionConfiguration: Sendable, Hashable {
    /// Whether responses are ever compressed (off when nginx in front does it).
    public var enabled: Bool = true
    /// Smallest body compressed, bytes: 1024.
    public var minimumBytes: Int = 1024
    /// zlib level 1 (fastest) … 9 (smallest): 6.
    public var level: Int = 6

    public init() {}
}
