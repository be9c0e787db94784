import JuesuanHTTP

/// `/openapi.yaml`: the API description shipped with the executable, served as `application/yaml`
/// through the response cache (gzip and ETag computed once).
public struct OpenAPIRoutes: RouteCollection {
    public let document: [UInt8]

    public init(document: [UInt8]) { self.document = document }

    public func register(in router: inout Router) {
        let document = document
        router.get("/openapi.yaml", cache: .publicData) { _ in
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/yaml")
            return HTTPResponse(status: .ok, headers: headers, body: document)
        }
    }
}
