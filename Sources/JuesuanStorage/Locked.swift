import Foundation

/// A value guarded by a lock, for the little shared mutable state of the storage layer (reader free list,
/// decoded-document cache). Access only through `withLock`, which never calls out while holding the lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is only read or written inside `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
