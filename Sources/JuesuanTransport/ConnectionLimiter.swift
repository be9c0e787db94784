import Synchronization

/// A process-wide cap on open connections shared by every event loop (`maxConnections`).
///
/// `tryAcquire()` reserves a slot atomically, so loops accepting at the same time never exceed the cap.
public final class ConnectionLimiter: Sendable {
    /// The most connections that may be open at once.
    public let maximum: Int
    private let count = Atomic<Int>(0)

    public init(maximum: Int) {
        self.maximum = maximum
    }

    /// Reserves one slot; false when `maximum` connections are already open.
    public func tryAcquire() -> Bool {
        var current = count.load(ordering: .relaxed)
        while current < maximum {
            let (exchanged, original) = count.compareExchange(
                expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Frees a slot reserved by `tryAcquire()`.
    public func release() {
        count.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Slots currently reserved.
    public var current: Int { count.load(ordering: .relaxed) }
}
