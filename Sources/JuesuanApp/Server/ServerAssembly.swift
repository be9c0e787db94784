public import JuesuanHTTP
public import Logging

/// The wired server: the application (routes and middleware) behind the HTTP core, with the core's
/// connection counters exported on `/metrics`. The executable and the live tests both start exactly this.
public final class ServerAssembly: Sendable {
    public let configuration: AppConfiguration
    public let application: Application
    public let server: HTTPServer
    public let logger: Logger
    private let dataVersionMonitor: DataVersionMonitor?

    /// - Parameters:
    ///   - routes: feature routes (the read API); health, metrics and `/openapi.yaml` are built in.
    ///   - readinessChecks: what `/readyz` checks.
    ///   - openAPIDocument: the bytes of `openapi.yaml`.
    ///   - dataVersion: reads the stored data's version (storage's counter); polled every
    ///     `dataVersionPollMilliseconds` so a change made by another process (an import) empties the
    ///     response cache within that time. Nil when nothing is cached by data version.
    public init(
        configuration: AppConfiguration,
        logger: Logger,
        routes: [any RouteCollection] = [],
        readinessChecks: [ReadinessCheck] = [],
        openAPIDocument: [UInt8] = [],
        dataVersion: (@Sendable () throws -> Int64)? = nil,
        dataVersionPollMilliseconds: Int = 1000
    ) {
        self.configuration = configuration
        self.logger = logger
        let monitor = dataVersion.map { DataVersionMonitor(read: $0, pollMilliseconds: dataVersionPollMilliseconds, logger: logger) }
        dataVersionMonitor = monitor
        let serverMetrics = HTTPServerMetrics()
        application = Application(
            configuration: configuration,
            routes: routes,
            logger: logger,
            readinessChecks: readinessChecks,
            openAPIDocument: openAPIDocument,
            collectors: [ServerMetricsCollector(metrics: serverMetrics)],
            dataVersion: { monitor?.current ?? 0 }
        )
        server = HTTPServer(configuration: configuration.server, responder: application, metrics: serverMetrics)
    }

    /// Binds and starts serving; logs one `ready` line (notice level, flushed at once) with the bound
    /// host and port, and returns the port (the real one when configured as 0).
    @discardableResult
    public func start() throws -> UInt16 {
        try server.start()
        dataVersionMonitor?.start()
        let port = server.port
        logger.notice(
            "ready",
            metadata: [
                "host": .string(configuration.server.host),
                "port": .stringConvertible(Int(port)),
                "event_loops": .stringConvertible(server.eventLoopCount),
                "database": .string(configuration.databasePath),
            ]
        )
        return port
    }

    /// Begins a graceful shutdown (stop accepting, finish in-flight requests within the grace period).
    public func shutdown() {
        server.shutdown()
    }

    /// Blocks until the server has stopped, then logs `stopped`.
    public func waitUntilStopped() {
        server.waitUntilStopped()
        dataVersionMonitor?.stop()
        logger.notice("stopped")
    }
}
