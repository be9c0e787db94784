#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Writes log lines to a file descriptor (standard output by default), buffering routine lines so a
/// busy server makes one `write(2)` per batch instead of one per request.
///
/// The buffer is flushed when it passes `flushThresholdBytes` (32 KiB), on every urgent line, and
/// by a timer every `flushIntervalMilliseconds` (50 ms), so a quiet server's lines appear promptly.
public final class StandardOutputLogSink: LogSink {
    private let output: BufferedOutput
    private let timer: Mutex<any DispatchSourceTimer>

    public init(fileDescriptor: Int32 = 1, flushThresholdBytes: Int = 32 * 1024, flushIntervalMilliseconds: Int = 50) {
        let output = BufferedOutput(fileDescriptor: fileDescriptor, flushThresholdBytes: flushThresholdBytes)
        self.output = output
        let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "juesuan.log-flush"))
        source.schedule(
            deadline: .now() + .milliseconds(flushIntervalMilliseconds),
            repeating: .milliseconds(flushIntervalMilliseconds),
            leeway: .milliseconds(10)
        )
        source.setEventHandler { output.flush() }
        source.resume()
        timer = Mutex(source)
    }

    deinit {
        timer.withLock { $0.cancel() }
        output.flush()
    }

    public func write(line: [UInt8], urgent: Bool) { output.write(line: line, urgent: urgent) }

    public func flush() { output.flush() }
}

/// The buffer and the descriptor behind `StandardOutputLogSink`, shared with its flush timer.
final class BufferedOutput: Sendable {
    private let fileDescriptor: Int32
    private let flushThresholdBytes: Int
    private let buffer: Mutex<[UInt8]>

    init(fileDescriptor: Int32, flushThresholdBytes: Int) {
        self.fileDescriptor = fileDescriptor
        self.flushThresholdBytes = flushThresholdBytes
        var initial: [UInt8] = []
        initial.reserveCapacity(flushThresholdBytes + 1024)
        buffer = Mutex(initial)
    }

    // Batches are written while the buffer lock is held, so lines leave in the order they were logged.
    func write(line: [UInt8], urgent: Bool) {
        buffer.withLock { buffer in
            buffer.append(contentsOf: line)
            buffer.append(0x0A)
            guard urgent || buffer.count >= flushThresholdBytes else { return }
            writeAll(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func flush() {
        buffer.withLock { buffer in
            guard !buffer.isEmpty else { return }
            writeAll(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes every byte, retrying EINTR and short writes; other errors (a closed pipe) drop the batch,
    /// because a logger must never take the server down.
    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fileDescriptor, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
