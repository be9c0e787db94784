import Glibc

/// An IPv4 or IPv6 socket address: a numeric host and a TCP port.
public struct SocketAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address family of a socket address.
    public enum Family: Sendable, Hashable {
        case ipv4
        case ipv6
    }

    public let family: Family
    /// The numeric address as text, e.g. `127.0.0.1` or `::1`.
    public let host: String
    /// The TCP port in host byte order.
    public let port: UInt16
    /// The raw address bytes in network order (4 for IPv4, 16 for IPv6).
    let addressBytes: [UInt8]

    /// An address from a numeric IPv4 or IPv6 host (`localhost` means `127.0.0.1`); throws
    /// `SocketAddressError` naming the host when it is not a numeric address.
    public init(host: String, port: UInt16) throws(SocketAddressError) {
        let numeric = host == "localhost" ? "127.0.0.1" : host
        let unbracketed = numeric.hasPrefix("[") && numeric.hasSuffix("]") ? String(numeric.dropFirst().dropLast()) : numeric
        var v4 = in_addr()
        if inet_pton(AF_INET, unbracketed, &v4) == 1 {
            self.family = .ipv4
            self.addressBytes = withUnsafeBytes(of: &v4) { Array($0) }
        } else {
            var v6 = in6_addr()
            guard inet_pton(AF_INET6, unbracketed, &v6) == 1 else {
                throw SocketAddressError(host: host)
            }
            self.family = .ipv6
            self.addressBytes = withUnsafeBytes(of: &v6) { Array($0) }
        }
        self.port = port
        self.host = Self.text(family: family, bytes: addressBytes)
    }

    /// Decodes a `sockaddr_storage` filled in by the kernel; nil for families other than IPv4/IPv6.
    init?(storage: sockaddr_storage) {
        var storage = storage
        switch Int32(storage.ss_family) {
        case AF_INET:
            let sin = withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in.self) }
            var addr = sin.sin_addr
            family = .ipv4
            addressBytes = withUnsafeBytes(of: &addr) { Array($0) }
            port = UInt16(bigEndian: sin.sin_port)
        case AF_INET6:
            let sin6 = withUnsafeBytes(of: &storage) { $0.load(as: sockaddr_in6.self) }
            var addr = sin6.sin6_addr
            family = .ipv6
            addressBytes = withUnsafeBytes(of: &addr) { Array($0) }
            port = UInt16(bigEndian: sin6.sin6_port)
        default:
            return nil
        }
        host = Self.text(family: family, bytes: addressBytes)
    }

    public var description: String {
        family == .ipv6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    var domain: Int32 { family == .ipv4 ? AF_INET : AF_INET6 }

    /// Calls `body` with this address as a `sockaddr` pointer and its length.
    func withSockAddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        switch family {
        case .ipv4:
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin.sin_addr) { $0.copyBytes(from: addressBytes) }
            return withUnsafePointer(to: &sin) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        case .ipv6:
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin6.sin6_addr) { $0.copyBytes(from: addressBytes) }
            return withUnsafePointer(to: &sin6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
    }

    private static func text(family: Family, bytes: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let domain = family == .ipv4 ? AF_INET : AF_INET6
        let ok = bytes.withUnsafeBytes { raw in
            inet_ntop(domain, raw.baseAddress, &buffer, socklen_t(buffer.count)) != nil
        }
        guard ok else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A host that is not a numeric IPv4/IPv6 address (names are not resolved).
public struct SocketAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The host text that could not be parsed.
    public let host: String

    public init(host: String) {
        self.host = host
    }

    public var description: String { "host '\(host)' is not a numeric IPv4 or IPv6 address" }
}
