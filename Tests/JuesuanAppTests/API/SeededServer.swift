import Foundation
import JuesuanDomain
import JuesuanHTTP
import JuesuanStorage
import Logging
@testable import JuesuanApp

/// A temporary database holding the embedded seed (石峰区司法局 2020) and the read API over it: as routes, as an
/// `Application`, or as the wired server on port 0.
final class SeededStore {
    let directory: String
    let store: DisclosureStore

    static let seedPath = repositoryRoot + "/Sources/juesuan/Resources/seed/shifeng-sifaju-2020.json"

    init(extra: [Disclosure] = []) throws {
        directory = NSTemporaryDirectory() + "juesuan-api-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try DisclosureStore.open(path: directory + "/db.sqlite")
        let seed = try Data(contentsOf: URL(fileURLWithPath: Self.seedPath))
        _ = try store.importDisclosure(jsonBytes: [UInt8](seed), importedBy: "test")
        for disclosure in extra { _ = try store.importDisclosure(disclosure, importedBy: "test") }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The seed as a model.
    static func seedDisclosure() throws -> Disclosure {
        try Disclosure(jsonBytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedPath))))
    }

    /// The application with the read API, response cache off (every request runs its handler).
    func application() -> Application {
        var configuration = AppConfiguration()
        configuration.accessLog = false
        configuration.cache.maxEntries = 0
        return Application(configuration: configuration, routes: ReadAPI.routes(store: store), logger: Logger(label: "test"),
                           dataVersion: { [store] in UInt64((try? store.dataVersion()) ?? 0) })
    }

    /// The wired server on port 0 (caller stops it).
    func startServer() throws -> ServerAssembly {
        var configuration = AppConfiguration()
        configuration.server.port = 0
        configuration.server.eventLoopCount = 1
        configuration.server.timeouts.shutdownGraceMilliseconds = 2000
        configuration.accessLog = false
        let store = store
        let assembly = ServerAssembly(configuration: configuration, logger: Logger(label: "test"), routes: ReadAPI.routes(store: store),
                                      openAPIDocument: [], dataVersion: { try store.dataVersion() })
        try assembly.start()
        return assembly
    }
}

extension Application {
    /// GET `target` through the whole middleware chain.
    func get(_ target: String, headers: [(String, String)] = []) -> HTTPResponse {
        let split = target.split(separator: "?", maxSplits: 1).map(String.init)
        let head = HTTPRequestHead(method: .get, target: target, path: split[0], query: split.count > 1 ? split[1] : nil,
                                   version: .http1_1, headers: HTTPHeaders([("Host", "127.0.0.1")] + headers))
        return respond(to: HTTPRequest(head: head))
    }
}

extension HTTPResponse {
    /// The body parsed as JSON (traps on invalid JSON: the test fails loudly).
    var json: JSONValue {
        do { return try JSONParser().parse(body) } catch { fatalError("response is not JSON: \(error)\n\(String(decoding: body, as: UTF8.self))") }
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}
