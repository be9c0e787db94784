public import JuesuanHTTP

/// Decides which network address a request came from (客户端地址), for access logs and per-client limits.
///
/// The TCP peer is the answer unless the peer is one of the configured trusted proxies (e.g. the nginx in
/// front on loopback). Only then are the forwarding headers believed:
/// - `X-Forwarded-For` is walked **right to left**, skipping trusted proxies; the first untrusted entry is
///   the client. That is the entry the nearest trusted proxy appended from its own socket peer; entries to
///   its left were written by the client or by proxies we do not trust, so they are never taken, even when
///   they parse. When every entry is a trusted proxy, the leftmost one is the answer.
/// - `X-Real-IP` is used when the trusted peer sent no `X-Forwarded-For`.
/// - A malformed entry met during the walk, a malformed `X-Real-IP`, or several `X-Real-IP` fields make the
///   answer fall back to the peer: nothing a client writes can make us believe an address we cannot read.
///
/// Trusted proxies are IP addresses (`127.0.0.1`, `::1`) or CIDR blocks (`10.0.0.0/8`, `fd00::/8`).
/// Forwarded entries may be bare IPv4 (`203.0.113.7`), bare IPv6 (`2001:db8::1`), IPv4 with a port
/// (`203.0.113.7:5555`) or bracketed IPv6 with an optional port (`[2001:db8::1]:443`). IPv4-mapped IPv6
/// addresses (`::ffff:127.0.0.1`, what a dual-stack socket reports) count as their IPv4 address. Resolved
/// addresses are returned in canonical text form (dotted IPv4; RFC 5952 IPv6), so one client has one
/// spelling in logs and limit keys. Pure: no I/O, no state; safe to share between threads.
public struct ClientAddressResolver: Sendable {
    /// Where a resolved address was taken from.
    public enum Source: String, Sendable, Hashable {
        /// The TCP peer itself.
        case peer
        /// An entry of `X-Forwarded-For`, from a trusted peer.
        case forwardedFor = "x-forwarded-for"
        /// `X-Real-IP`, from a trusted peer.
        case realIP = "x-real-ip"
    }

    /// A resolved client address and the place it came from.
    public struct Resolution: Sendable, Hashable {
        /// Canonical address text, or the peer text unchanged when the peer is not an IP address
        /// (empty for Unix sockets and tests).
        public var address: String
        public var source: Source

        public init(address: String, source: Source) {
            self.address = address
            self.source = source
        }
    }

    /// An IPv4 or IPv6 address as numbers (network byte order read as big-endian integers).
    public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
        /// 32 bits, `a.b.c.d` → `a << 24 | b << 16 | c << 8 | d`.
        case v4(UInt32)
        /// 128 bits as the high and low 64-bit halves.
        case v6(high: UInt64, low: UInt64)

        /// Parses the strict textual form: dotted-quad IPv4 without leading zeros, or IPv6 with `::`
        /// compression and an optional dotted-quad tail. No brackets, ports, zone ids or whitespace.
        public init?(_ text: some StringProtocol) {
            let bytes = Array(text.utf8)
            if let v4 = Self.parseIPv4(bytes[...]) {
                self = .v4(v4)
            } else if let v6 = Self.parseIPv6(bytes[...]) {
                self = .v6(high: v6.high, low: v6.low)
            } else {
                return nil
            }
        }

        /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`), else `self`.
        public var unmapped: IPAddress {
            if case let .v6(high, low) = self, high == 0, low >> 32 == 0xFFFF {
                return .v4(UInt32(truncatingIfNeeded: low))
            }
            return self
        }

        /// Canonical text: dotted IPv4; RFC 5952 IPv6 (lower case, no leading zeros, the longest run of
        /// two or more zero groups shortened to `::`, the first such run on a tie, IPv4-mapped addresses
        /// as `::ffff:a.b.c.d`).
        public var description: String {
            switch self {
            case let .v4(value):
                return Self.dottedQuad(value)
            case let .v6(high, low):
                if high == 0 && low >> 32 == 0xFFFF {
                    return "::ffff:" + Self.dottedQuad(UInt32(truncatingIfNeeded: low))
                }
                return Self.ipv6Text(high: high, low: low)
            }
        }

        // MARK: Parsing (bytes only, bounded digit counts)

        static func parseIPv4(_ bytes: ArraySlice<UInt8>) -> UInt32? {
            var value: UInt32 = 0
            var parts = 0
            var index = bytes.startIndex
            while true {
                var part: UInt32 = 0
                var digits = 0
                let partStart = index
                while index < bytes.endIndex, isDigit(bytes[index]) {
                    guard digits < 3 else { return nil }
                    part = part * 10 + UInt32(bytes[index] &- 0x30)
                    digits += 1
                    index += 1
                }
                guard digits > 0, part <= 255 else { return nil }
                if digits > 1 && bytes[partStart] == 0x30 { return nil }  // leading zero: octal in some parsers
                value = value << 8 | part
                parts += 1
                if parts == 4 { return index == bytes.endIndex ? value : nil }
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") else { return nil }
                index += 1
            }
        }

        static func parseIPv6(_ bytes: ArraySlice<UInt8>) -> (high: UInt64, low: UInt64)? {
            guard bytes.count >= 2, bytes.count <= 45 else { return nil }
            let colon = UInt8(ascii: ":")
            // Split once at the first "::"; a second "::" (or ":::") leaves an empty group and fails below.
            var compression: ArraySlice<UInt8>.Index?
            var index = bytes.startIndex
            while index < bytes.endIndex - 1 {
                if bytes[index] == colon && bytes[index + 1] == colon {
                    compression = index
                    break
                }
                index += 1
            }
            var groups: [UInt16] = []
            groups.reserveCapacity(8)
            if let compression {
                let left = bytes[bytes.startIndex..<compression]
                let right = bytes[(compression + 2)...]
                guard let head = parseGroups(left, allowIPv4Tail: false),
                      let tail = parseGroups(right, allowIPv4Tail: true),
                      head.count + tail.count <= 7 else { return nil }
                groups = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
            } else {
                guard let all = parseGroups(bytes, allowIPv4Tail: true), all.count == 8 else { return nil }
                groups = all
            }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for group in groups[0..<4] { high = high << 16 | UInt64(group) }
            for group in groups[4..<8] { low = low << 16 | UInt64(group) }
            return (high, low)
        }

        /// Colon-separated groups of 1–4 hex digits; empty input is zero groups. The last element may be
        /// a dotted quad (two groups) when `allowIPv4Tail`.
        private static func parseGroups(_ bytes: ArraySlice<UInt8>, allowIPv4Tail: Bool) -> [UInt16]? {
            if bytes.isEmpty { return [] }
            var groups: [UInt16] = []
            var index = bytes.startIndex
            while true {
                let start = index
                var group: UInt16 = 0
                var digits = 0
                while index < bytes.endIndex, let nibble = hexValue(bytes[index]) {
                    guard digits < 4 else { return nil }
                    group = group << 4 | UInt16(nibble)
                    digits += 1
                    index += 1
                }
                if index < bytes.endIndex && bytes[index] == UInt8(ascii: ".") {
                    guard allowIPv4Tail, let v4 = parseIPv4(bytes[start...]) else { return nil }
                    groups.append(UInt16(truncatingIfNeeded: v4 >> 16))
                    groups.append(UInt16(truncatingIfNeeded: v4))
                    return groups.count <= 8 ? groups : nil
                }
                guard digits > 0 else { return nil }
                groups.append(group)
                guard groups.count <= 8 else { return nil }
                if index == bytes.endIndex { return groups }
                guard bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard index < bytes.endIndex else { return nil }  // a trailing single colon
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        private static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            case 0x61...0x66: return byte - 0x61 + 10
            default: return nil
            }
        }

        // MARK: Formatting

        private static func dottedQuad(_ value: UInt32) -> String {
            "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
        }

        private static func ipv6Text(high: UInt64, low: UInt64) -> String {
            var groups = [UInt16](repeating: 0, count: 8)
            for i in 0..<4 {
                groups[i] = UInt16(truncatingIfNeeded: high >> (48 - 16 * UInt64(i)))
                groups[4 + i] = UInt16(truncatingIfNeeded: low >> (48 - 16 * UInt64(i)))
            }
            var bestStart = -1
            var bestLength = 0
            var runStart = -1
            for i in 0...8 {
                if i < 8 && groups[i] == 0 {
                    if runStart < 0 { runStart = i }
                } else if runStart >= 0 {
                    let length = i - runStart
                    if length > bestLength {
                        bestStart = runStart
                        bestLength = length
                    }
                    runStart = -1
                }
            }
            if bestLength < 2 { bestStart = -1 }
            var text = ""
            var i = 0
            while i < 8 {
                if i == bestStart {
                    text += "::"
                    i += bestLength
                    continue
                }
                if !text.isEmpty && !text.hasSuffix(":") { text += ":" }
                text += String(groups[i], radix: 16)
                i += 1
            }
            return text
        }
    }

    /// A block of addresses written in CIDR notation (`10.0.0.0/8`, `fd00::/8`), or one address (`::1`,
    /// `127.0.0.1`), which stands for a /32 or /128 block.
    public struct Network: Sendable, Hashable, CustomStringConvertible {
        /// The first address of the block.
        public let address: IPAddress
        /// The number of leading bits that are fixed: 0–32 for IPv4, 0–128 for IPv6.
        public let prefixLength: Int

        /// Parses `address` or `address/prefix`. Rejects prefixes out of range, leading zeros in the prefix
        /// and addresses with bits set past the prefix (`10.1.2.3/8`: write `10.0.0.0/8`).
        public init(_ text: String) throws(ConfigurationError) {
            let bytes = Array(text.utf8)
            let slash = bytes.firstIndex(of: UInt8(ascii: "/"))
            let addressText = String(decoding: bytes[..<(slash ?? bytes.endIndex)], as: UTF8.self)
            guard let parsed = IPAddress(addressText) else {
                throw ConfigurationError(entry: text, reason: "is not an IPv4 or IPv6 address or CIDR block")
            }
            let width = parsed.bitWidth
            var prefix = width
            if let slash {
                let digits = bytes[(slash + 1)...]
                guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                      digits.count == 1 || digits.first != 0x30 else {
                    throw ConfigurationError(entry: text, reason: "has an invalid prefix length (expected 0–\(width))")
                }
                prefix = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                guard prefix <= width else {
                    throw ConfigurationError(entry: text, reason: "has a prefix length over \(width)")
                }
            }
            let masked = parsed.masked(to: prefix)
            guard masked == parsed else {
                throw ConfigurationError(
                    entry: text,
                    reason: "has address bits set past the /\(prefix) prefix; the block is \(masked)/\(prefix)"
                )
            }
            address = parsed
            prefixLength = prefix
        }

        /// Whether `candidate` lies in this block. IPv4 blocks also match IPv4-mapped IPv6 addresses and
        /// IPv6 blocks match IPv4 addresses through their mapped form.
        public func contains(_ candidate: IPAddress) -> Bool {
            switch (address, candidate.unmapped) {
            case (.v4, .v4(let value)):
                return IPAddress.v4(value).masked(to: prefixLength) == address
            case (.v6, .v4(let value)):
                return IPAddress.v6(high: 0, low: 0xFFFF_0000_0000 | UInt64(value)).masked(to: prefixLength) == address
            case (.v6, let other):
                return other.masked(to: prefixLength) == address
            case (.v4, .v6):
                return false
            }
        }

        public var description: String { "\(address)/\(prefixLength)" }
    }

    /// A trusted-proxy entry that could not be read; `description` names the entry and the reason.
    public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The entry as configured.
        public var entry: String
        /// What is wrong with it.
        public var reason: String

        public var description: String { "trusted proxy \"\(entry)\" \(reason)" }
    }

    /// The blocks whose peers may speak for clients through forwarding headers.
    public let trustedNetworks: [Network]

    /// `127.0.0.0/8` and `::1/128`: an nginx on the same host.
    public static let loopback: [Network] = [
        Network(uncheckedAddress: .v4(0x7F00_0000), prefixLength: 8),
        Network(uncheckedAddress: .v6(high: 0, low: 1), prefixLength: 128),
    ]

    /// A resolver trusting `trustedNetworks`; an empty list trusts no forwarding header at all.
    public init(trustedNetworks: [Network]) {
        self.trustedNetworks = trustedNetworks
    }

    /// A resolver trusting the entries written as text (`"127.0.0.1"`, `"10.0.0.0/8"`, `"fd00::/8"`);
    /// throws for the first entry that is not an address or a well-formed block.
    public init(trustedProxyEntries: [String]) throws(ConfigurationError) {
        var networks: [Network] = []
        for entry in trustedProxyEntries { networks.append(try Network(entry)) }
        self.init(trustedNetworks: networks)
    }

    /// A resolver for a configuration already checked with `problem(with:)`: entries that do not parse
    /// are left out (so they trust nothing), never guessed at.
    public init(trustedProxies: [String]) {
        self.init(trustedNetworks: trustedProxies.compactMap { try? Network($0) })
    }

    /// Why `entry` is not a valid trusted-proxy entry (a sentence naming it), or nil when it is one; for the
    /// configuration check of `trusted_proxies`.
    public static func problem(with entry: String) -> String? {
        do {
            _ = try Network(entry)
            return nil
        } catch {
            return error.description
        }
    }

    /// Whether `address` lies in one of the trusted blocks.
    public func isTrusted(_ address: IPAddress) -> Bool {
        trustedNetworks.contains { $0.contains(address) }
    }

    /// The client address of `request`: its connection's peer and its header fields.
    public func clientAddress(for request: HTTPRequest) -> String {
        resolve(peer: request.connection.peerAddress, headers: request.headers).address
    }

    /// The client address text alone; see `resolve(peer:headers:)`.
    public func clientAddress(peer: String, headers: HTTPHeaders) -> String {
        resolve(peer: peer, headers: headers).address
    }

    /// The client address of a request that arrived from `peer` (the socket peer address as text) with
    /// `headers`, and where it was found. See the type's documentation for the rules.
    public func resolve(peer: String, headers: HTTPHeaders) -> Resolution {
        guard let peerAddress = IPAddress(peer)?.unmapped else {
            return Resolution(address: peer, source: .peer)
        }
        let fallback = Resolution(address: peerAddress.description, source: .peer)
        guard isTrusted(peerAddress) else { return fallback }

        let forwarded = headers.values(name: "X-Forwarded-For").filter { !Self.isBlank($0) }
        if !forwarded.isEmpty {
            var entries: [ArraySlice<UInt8>] = []
            for value in forwarded {
                entries.append(contentsOf: Array(value.utf8).split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false))
            }
            var leftmostTrusted: IPAddress?
            for entry in entries.reversed() {
                guard let address = Self.parseForwardedEntry(entry) else { return fallback }
                if !isTrusted(address) {
                    return Resolution(address: address.description, source: .forwardedFor)
                }
                leftmostTrusted = address
            }
            if let leftmostTrusted {
                return Resolution(address: leftmostTrusted.description, source: .forwardedFor)
            }
            return fallback
        }

        let realIP = headers.values(name: "X-Real-IP")
        if realIP.count == 1 {
            guard let address = Self.parseForwardedEntry(Array(realIP[0].utf8)[...]) else { return fallback }
            return Resolution(address: address.description, source: .realIP)
        }
        return fallback
    }

    /// One list element: optional surrounding spaces/tabs, then `a.b.c.d`, `a.b.c.d:port`, an IPv6
    /// address, or `[IPv6]` with an optional `:port`. Returns the address with IPv4 mapping removed.
    static func parseForwardedEntry(_ raw: ArraySlice<UInt8>) -> IPAddress? {
        var entry = raw
        while let first = entry.first, first == 0x20 || first == 0x09 { entry.removeFirst() }
        while let last = entry.last, last == 0x20 || last == 0x09 { entry.removeLast() }
        guard !entry.isEmpty, entry.count <= 64 else { return nil }
        let colon = UInt8(ascii: ":")

        if entry.first == UInt8(ascii: "[") {
            guard let close = entry.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            let inner = entry[(entry.startIndex + 1)..<close]
            let rest = entry[(close + 1)...]
            if !rest.isEmpty {
                guard rest.first == colon, isPort(rest.dropFirst()) else { return nil }
            }
            guard let v6 = IPAddress.parseIPv6(inner) else { return nil }
            return IPAddress.v6(high: v6.high, low: v6.low).unmapped
        }
        let colonCount = entry.reduce(0) { $0 + ($1 == colon ? 1 : 0) }
        if colonCount == 1, let separator = entry.firstIndex(of: colon) {
            guard isPort(entry[(separator + 1)...]), let v4 = IPAddress.parseIPv4(entry[..<separator]) else { return nil }
            return .v4(v4)
        }
        if let v4 = IPAddress.parseIPv4(entry) { return .v4(v4) }
        if let v6 = IPAddress.parseIPv6(entry) { return IPAddress.v6(high: v6.high, low: v6.low).unmapped }
        return nil
    }

    /// 1–5 decimal digits, no leading zero, at most 65535.
    private static func isPort(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 5, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        guard bytes.count == 1 || bytes.first != 0x30 else { return false }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) } <= 65535
    }

    private static func isBlank(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

extension ClientAddressResolver.IPAddress {
    /// 32 or 128.
    var bitWidth: Int {
        if case .v4 = self { return 32 }
        return 128
    }

    /// The address with every bit past the first `prefixLength` cleared.
    func masked(to prefixLength: Int) -> ClientAddressResolver.IPAddress {
        switch self {
        case let .v4(value):
            let mask: UInt32 = prefixLength == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefixLength)
            return .v4(value & mask)
        case let .v6(high, low):
            let highBits = min(prefixLength, 64)
            let lowBits = max(prefixLength - 64, 0)
            let highMask: UInt64 = highBits == 0 ? 0 : ~UInt64(0) << UInt64(64 - highBits)
            let lowMask: UInt64 = lowBits == 0 ? 0 : ~UInt64(0) << UInt64(64 - lowBits)
            return .v6(high: high & highMask, low: low & lowMask)
        }
    }
}

extension ClientAddressResolver.Network {
    /// A block known to be well formed (used for the built-in constants).
    fileprivate init(uncheckedAddress: ClientAddressResolver.IPAddress, prefixLength: Int) {
        self.address = uncheckedAddress
        self.prefixLength = prefixLength
    }
}
