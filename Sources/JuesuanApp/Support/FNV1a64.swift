/// The 64-bit FNV-1a hash (Fowler–Noll–Vo), used for strong entity tags of response bodies.
///
/// Not cryptographic: an ETag only has to change when the bytes change, and FNV-1a does so with
/// negligible collision odds for the response sizes served here, at about one cycle per byte.
public struct FNV1a64: Sendable {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The running hash value.
    public private(set) var value: UInt64 = FNV1a64.offsetBasis

    public init() {}

    /// Mixes `bytes` into the hash.
    public mutating func update<C: Collection<UInt8>>(_ bytes: C) {
        var hash = value
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= Self.prime
            }
        }
        if done == nil {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= Self.prime
            }
        }
        value = hash
    }

    /// The hash of `bytes`.
    public static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var hasher = FNV1a64()
        hasher.update(bytes)
        return hasher.value
    }
}
