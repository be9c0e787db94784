import Synchronization

/// Picks the loop for the next accepted connection, round-robin across the server's loops.
final class ConnectionBalancer: Sendable {
    private let counter = Atomic<Int>(0)

    func nextIndex(count: Int) -> Int {
        counter.wrappingAdd(1, ordering: .relaxed).oldValue % count
    }
}
