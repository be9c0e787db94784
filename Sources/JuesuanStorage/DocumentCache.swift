import JuesuanDomain

/// Decoded disclosures kept in memory, keyed by department, fiscal year and revision. A revision's content never
/// changes, so entries need no invalidation; the least recently used entry is dropped when the cache is full.
struct DocumentCache: Sendable {
    /// Identifies one revision of one disclosure.
    struct Key: Sendable, Hashable {
        let departmentID: String
        let fiscalYear: Int
        let revision: Int
    }

    private struct Entry: Sendable {
        let disclosure: Disclosure
        var lastUse: UInt64
    }

    /// Most entries kept.
    let capacity: Int
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    var count: Int { entries.count }

    mutating func get(_ key: Key) -> Disclosure? {
        guard var entry = entries[key] else { return nil }
        clock &+= 1
        entry.lastUse = clock
        entries[key] = entry
        return entry.disclosure
    }

    mutating func put(_ key: Key, _ disclosure: Disclosure) {
        guard capacity > 0 else { return }
        clock &+= 1
        if entries[key] == nil, entries.count >= capacity,
           let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries.removeValue(forKey: oldest)
        }
        entries[key] = Entry(disclosure: disclosure, lastUse: clock)
    }
}
