import Glibc

/// A value shared between threads, guarded by a `pthread_mutex_t`.
///
/// Used instead of `Synchronization.Mutex`, whose Linux implementation is a raw futex that
/// ThreadSanitizer cannot see (it reports the guarded accesses as races); pthread mutexes are
/// intercepted, so `swift test --sanitize=thread` checks the real synchronisation.
public final class LockedValue<Value>: @unchecked Sendable {
    // @unchecked: `value` is only touched between pthread_mutex_lock and pthread_mutex_unlock.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with exclusive access to the value.
    @inline(__always)
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
