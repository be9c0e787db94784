/// Where finished log lines go. Lines arrive without the trailing newline; `urgent` lines (notice and
/// above, the ready line) must reach the destination before `write` returns.
public protocol LogSink: Sendable {
    func write(line: [UInt8], urgent: Bool)
    /// Pushes out anything buffered.
    func flush()
}
