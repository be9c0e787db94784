import Dispatch
import Logging
import Synchronization

/// Keeps the stored data's version in memory for the response cache, which asks on every request:
/// reads it once at construction and then every `pollMilliseconds` on a background queue, so the hot
/// path costs one atomic load instead of a database query.
final class DataVersionMonitor: Sendable {
    /// The polled value and how to read it, shared with the timer's handler.
    final class Cell: Sendable {
        let read: @Sendable () throws -> Int64
        let value: Atomic<UInt64>
        let logger: Logger

        init(read: @escaping @Sendable () throws -> Int64, logger: Logger) {
            self.read = read
            self.logger = logger
            value = Atomic(UInt64(bitPattern: (try? read()) ?? 0))
        }

        /// Reads the version now; a failure keeps the previous value and is logged.
        func refresh() {
            do {
                value.store(UInt64(bitPattern: try read()), ordering: .relaxed)
            } catch {
                logger.warning("data version read failed", metadata: ["error": .string(String(describing: error))])
            }
        }
    }

    private struct Timer {
        var source: any DispatchSourceTimer
        var resumed = false
        var cancelled = false
    }

    let cell: Cell
    private let timer: Mutex<Timer>

    init(read: @escaping @Sendable () throws -> Int64, pollMilliseconds: Int, logger: Logger) {
        let cell = Cell(read: read, logger: logger)
        self.cell = cell
        let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "juesuan.data-version"))
        source.schedule(deadline: .now() + .milliseconds(pollMilliseconds), repeating: .milliseconds(pollMilliseconds))
        source.setEventHandler { cell.refresh() }
        timer = Mutex(Timer(source: source))
    }

    deinit { stop() }

    /// The last version read.
    var current: UInt64 { cell.value.load(ordering: .relaxed) }

    /// Starts polling (once).
    func start() {
        timer.withLock { timer in
            guard !timer.resumed, !timer.cancelled else { return }
            timer.source.resume()
            timer.resumed = true
        }
    }

    /// Stops polling. A Dispatch source must be resumed before it is released, hence the resume.
    func stop() {
        timer.withLock { timer in
            guard !timer.cancelled else { return }
            timer.source.cancel()
            if !timer.resumed {
                timer.source.resume()
                timer.resumed = true
            }
            timer.cancelled = true
        }
    }
}
