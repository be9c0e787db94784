import Dispatch

/// A connection confined to its own serial dispatch queue: every use of the connection happens inside
/// `sync`, on that queue, so the non-thread-safe `SQLiteConnection` is never touched by two threads at once.
final class SerializedConnection: @unchecked Sendable {
    // @unchecked: `connection` is only accessed on `queue` (inside `sync`), and `queue` is serial.
    private let connection: SQLiteConnection
    private let queue: DispatchQueue
    private let key: DispatchSpecificKey<Bool>

    /// Opens the connection on a new serial queue. `key` marks the queue so reentrant calls can be detected;
    /// connections of the same role share it.
    init(label: String, key: DispatchSpecificKey<Bool>, open: () throws -> SQLiteConnection) throws {
        queue = DispatchQueue(label: label)
        self.key = key
        queue.setSpecific(key: key, value: true)
        // Open on the queue so every use of the connection, including its set-up, is on it.
        connection = try queue.sync(execute: open)
    }

    /// True when the caller is already running on a queue marked with this connection's role key.
    var isCurrent: Bool { DispatchQueue.getSpecific(key: key) == true }

    /// Runs `body` with the connection on the connection's queue and waits for it.
    func sync<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        try queue.sync { try body(connection) }
    }
}
