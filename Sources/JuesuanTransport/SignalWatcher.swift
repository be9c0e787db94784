import Dispatch
import Glibc

/// Delivers process signals (SIGTERM, SIGINT) to a handler through Dispatch signal sources instead of
/// an async-signal context, so the handler may take locks and start a graceful shutdown.
public final class SignalWatcher: Sendable {
    private let sources: [SignalSource]

    /// Starts watching `signals`; their default action is disabled while the watcher exists.
    public init(signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { SignalSource(signal: $0, handler: handler) }
    }

    /// Stops watching; the signals stay ignored.
    public func cancel() {
        for source in sources { source.cancel() }
    }

    /// Ignores SIGPIPE process-wide: a write to a vanished peer becomes `EPIPE` (RELIABILITY §1.5).
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }
}

/// One Dispatch signal source, wrapped so the watcher stays `Sendable`.
private final class SignalSource: @unchecked Sendable {
    // DispatchSource is thread-safe but not annotated Sendable in swift-corelibs-libdispatch.
    private let source: any DispatchSourceSignal

    init(signal number: Int32, handler: @escaping @Sendable (Int32) -> Void) {
        signal(number, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { handler(number) }
        source.resume()
    }

    func cancel() {
        source.cancel()
    }
}
