import JuesuanHTTP

/// `/healthz` (the process is up and answering) and `/readyz` (every readiness check passes, e.g. the
/// database can be read). Both `no-store`.
public struct HealthRoutes: RouteCollection {
    public let readinessChecks: [ReadinessCheck]

    public init(readinessChecks: [ReadinessCheck]) { self.readinessChecks = readinessChecks }

    /// The fixed `/healthz` body.
    public static let healthBody: [UInt8] = Array(#"{"status":"ok"}"#.utf8)

    public func register(in router: inout Router) {
        router.get("/healthz") { _ in
            HTTPResponse.json(Self.healthBody)
        }
        let checks = readinessChecks
        router.get("/readyz") { _ in
            try Self.readiness(checks)
        }
    }

    /// 200 `{"status":"ready","checks":{"storage":"ok"}}`, or 503 problem+json naming the failed check.
    static func readiness(_ checks: [ReadinessCheck]) throws -> HTTPResponse {
        var body: [UInt8] = Array(#"{"status":"ready","checks":{"#.utf8)
        for (index, check) in checks.enumerated() {
            do {
                try check.check()
            } catch {
                throw APIError.serviceUnavailable("\(check.name) is not ready: \(error)")
            }
            if index > 0 { body.append(UInt8(ascii: ",")) }
            JSONText.appendKey(check.name, to: &body)
            JSONText.appendString("ok", to: &body)
        }
        body.append(contentsOf: "}}".utf8)
        return HTTPResponse.json(body)
    }
}
