import Synchronization

/// Makes request ids and checks client-supplied ones.
///
/// A generated id is 32 lower-case hex digits (like nginx's `$request_id`): a random per-process prefix
/// and a bijective mix of a process-wide counter, so ids never repeat within a process and do not
/// reveal the request count.
public final class RequestIDGenerator: Sendable {
    private let prefix: UInt64
    private let key: UInt64
    private let counter = Atomic<UInt64>(0)

    public init() {
        var random = SystemRandomNumberGenerator()
        prefix = random.next()
        key = random.next()
    }

    /// A fresh id.
    public func next() -> String {
        let count = counter.add(1, ordering: .relaxed).newValue
        let suffix = Self.mix(count ^ key)
        return String(unsafeUninitializedCapacity: 32) { buffer in
            HexFormatting.write(prefix, into: buffer, at: 0)
            HexFormatting.write(suffix, into: buffer, at: 16)
            return 32
        }
    }

    /// Whether a client-supplied id is safe to echo and log: 1–128 characters from `[A-Za-z0-9._-]`.
    public static func isValid(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= 128 else { return false }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// splitmix64's finaliser: a bijection on 64-bit values.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
