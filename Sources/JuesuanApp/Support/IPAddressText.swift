#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks and normalises textual IPv4/IPv6 addresses with `inet_pton`/`inet_ntop`.
public enum IPAddressText {
    /// The canonical text of an IPv4 or IPv6 literal (`::ffff:127.0.0.1` stays as written by
    /// `inet_ntop`), or nil when `text` is not one.
    public static func canonical(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 45 else { return nil }
        // 16 bytes hold either address family.
        var address = (UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &address) { raw -> String? in
            for family in [AF_INET, AF_INET6] where inet_pton(family, text, raw.baseAddress) == 1 {
                var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
                guard inet_ntop(family, raw.baseAddress, &buffer, socklen_t(buffer.count)) != nil else { return nil }
                return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            return nil
        }
    }
}
