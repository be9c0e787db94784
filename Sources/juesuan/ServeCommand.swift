import ArgumentParser
import Foundation
import JuesuanApp
import JuesuanStorage
import JuesuanTransport
import Logging

/// `juesuan serve`: loads the configuration, opens the database, starts the HTTP server, logs one `ready`
/// line with the bound port, and on SIGTERM/SIGINT shuts down gracefully and exits 0.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API server.",
        discussion: "Configuration: Config/default.json, then JUESUAN_* environment variables, then these flags (see Config/README.md). An invalid configuration exits with status 2."
    )

    @Option(help: "Address to listen on (IPv4 or IPv6 literal); key 'host'.")
    var host: String?

    @Option(help: "TCP port to listen on, 0 for any free port; key 'port'.")
    var port: String?

    @Option(help: "Configuration file (JSON); default $JUESUAN_CONFIG or ./Config/default.json.")
    var config: String?

    @Option(help: "SQLite database file; key 'database'.")
    var database: String?

    @Flag(help: "Do not load the embedded sample disclosure into an empty database.")
    var noSampleData = false

    func run() throws {
        let configuration = try loadConfiguration()
        let sink = StandardOutputLogSink()
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, sink: sink, logLevel: configuration.logLevel) }
        let logger = Logger(label: "juesuan")

        let store: DisclosureStore
        do {
            store = try Self.openStore(at: configuration.databasePath)
        } catch {
            logger.critical("cannot open the database", metadata: ["database": .string(configuration.databasePath), "error": .string("\(error)")])
            sink.flush()
            throw ExitCode.failure
        }

        if !noSampleData {
            do {
                try SampleDataLoader(documents: Self.sampleDocuments()).loadIfEmpty(into: store, logger: logger)
            } catch {
                logger.critical("cannot load the sample data", metadata: ["error": .string("\(error)")])
                sink.flush()
                throw ExitCode.failure
            }
        }

        let assembly = ServerAssembly(
            configuration: configuration,
            logger: logger,
            routes: [ChecksRoutes(store: store)] + ReadAPI.routes(store: store),
            readinessChecks: [ReadinessCheck(name: "storage") { try store.database.ping() }],
            openAPIDocument: Self.openAPIDocument(logger: logger),
            dataVersion: { try store.dataVersion() }
        )
        do {
            try assembly.start()
        } catch {
            logger.critical(
                "cannot start the server",
                metadata: ["host": .string(configuration.server.host), "port": .stringConvertible(Int(configuration.server.port)), "error": .string("\(error)")]
            )
            sink.flush()
            throw ExitCode.failure
        }
        let signals = SignalWatcher(signals: [SIGTERM, SIGINT]) { signal in
            logger.notice("shutting down", metadata: ["signal": .stringConvertible(Int(signal))])
            assembly.shutdown()
        }
        assembly.waitUntilStopped()
        signals.cancel()
        sink.flush()
    }

    /// The configuration from file, environment and flags; on error prints the message and exits 2.
    private func loadConfiguration() throws -> AppConfiguration {
        var overrides: [ConfigurationLoader.Override] = []
        if let host { overrides.append(.init(key: "host", flag: "--host", value: host)) }
        if let port { overrides.append(.init(key: "port", flag: "--port", value: port)) }
        if let database { overrides.append(.init(key: "database", flag: "--database", value: database)) }
        do {
            return try ConfigurationLoader().load(configPath: config, overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data("juesuan: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Opens (creating the directory and the schema if needed) the store at `path`.
    static func openStore(at path: String) throws -> DisclosureStore {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        return try DisclosureStore.open(path: path)
    }

    /// The sample disclosures in the executable's resource bundle (`Resources/seed/*.json`), by file name.
    static func sampleDocuments() throws -> [SampleDataLoader.Document] {
        guard let directory = Bundle.module.url(forResource: "seed", withExtension: nil, subdirectory: "Resources") else {
            return []
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            SampleDataLoader.Document(name: name, bytes: Array(try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    /// `openapi.yaml` from the executable's resource bundle.
    static func openAPIDocument(logger: Logger) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            logger.error("openapi.yaml is missing from the resource bundle; /openapi.yaml will be empty")
            return []
        }
        return Array(data)
    }
}
