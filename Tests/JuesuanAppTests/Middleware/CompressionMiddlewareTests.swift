import JuesuanHTTP
import Logging
import Testing
@testable import JuesuanApp

@Suite struct CompressionMiddlewareTests {
    private func middleware(minimum: Int = 1024, enabled: Bool = true) -> CompressionMiddleware {
        var configuration = CompressionConfiguration()
        configuration.minimumBytes = minimum
        configuration.enabled = enabled
        return CompressionMiddleware(configuration: configuration, logger: .memory(MemoryLogSink()))
    }

    private func respond(
        _ middleware: CompressionMiddleware, acceptEncoding: String?, body: [UInt8], contentType: String = "application/json; charset=utf-8",
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let headers = acceptEncoding.map { [("Accept-Encoding", $0)] } ?? []
        return try run([middleware], .make(.get, "/x", headers: headers)) { _ in
            HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: body)
        }
    }

    @Test func compressesLargeJSONWhenAllowed() throws {
        let body = jsonBody(bytes: 2500)
        let response = try respond(middleware(), acceptEncoding: "gzip, deflate, br", body: body)
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(response.header("Vary") == "Accept-Encoding")
        #expect(response.body.count < body.count)
        #expect(try Gzip.decompress(response.body) == body)
    }

    @Test func identityWhenRefusedButStillVaries() throws {
        let body = jsonBody(bytes: 2500)
        for value in ["gzip;q=0", "identity", "br"] as [String?] + [nil] {
            let response = try respond(middleware(), acceptEncoding: value, body: body)
            #expect(response.header("Content-Encoding") == nil)
            #expect(response.body == body)
            #expect(response.header("Vary") == "Accept-Encoding")
        }
    }

    @Test func smallBodiesAndOtherTypesUntouched() throws {
        let small = jsonBody(bytes: 1000)
        let smallResponse = try respond(middleware(), acceptEncoding: "gzip", body: small)
        #expect(smallResponse.header("Content-Encoding") == nil)
        #expect(smallResponse.header("Vary") == nil)

        let binary = try respond(middleware(), acceptEncoding: "gzip", body: jsonBody(bytes: 4000), contentType: "image/png")
        #expect(binary.header("Content-Encoding") == nil)

        let disabled = try respond(middleware(enabled: false), acceptEncoding: "gzip", body: jsonBody(bytes: 4000))
        #expect(disabled.header("Content-Encoding") == nil)
    }

    @Test func thresholdIsConfigurable() throws {
        let body = jsonBody(bytes: 600)
        let response = try respond(middleware(minimum: 512), acceptEncoding: "gzip", body: body)
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(try Gzip.decompress(response.body) == body)
    }

    @Test func problemJSONAndYAMLAreCompressible() {
        #expect(CompressionMiddleware.isCompressible("application/problem+json"))
        #expect(CompressionMiddleware.isCompressible("application/yaml"))
        #expect(CompressionMiddleware.isCompressible("text/csv; charset=utf-8"))
        #expect(!CompressionMiddleware.isCompressible("application/octet-stream"))
        #expect(!CompressionMiddleware.isCompressible(nil))
    }
}
