import Testing
import JuesuanHTTP
@testable import JuesuanApp
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The resolver used by nginx deployments: nginx on loopback, plus an internal load-balancer network.
private func makeResolver(_ entries: [String] = ["127.0.0.1", "::1", "10.0.0.0/8"]) throws -> ClientAddressResolver {
    try ClientAddressResolver(trustedProxyEntries: entries)
}

private typealias IPAddress = ClientAddressResolver.IPAddress
private typealias Network = ClientAddressResolver.Network

@Suite("ClientAddressResolver")
struct ClientAddressResolverTests {
    // MARK: Whom to believe

    @Test func untrustedPeerIgnoresEveryForwardingHeader() throws {
        let resolver = try makeResolver()
        let headers: HTTPHeaders = ["X-Forwarded-For": "6.6.6.6", "X-Real-IP": "7.7.7.7"]
        let resolution = resolver.resolve(peer: "198.51.100.20", headers: headers)
        #expect(resolution == .init(address: "198.51.100.20", source: .peer))
    }

    @Test func trustedPeerTakesTheEntryNginxAppendedNotTheClientsClaim() throws {
        let resolver = try makeResolver()
        // The client sent "X-Forwarded-For: 6.6.6.6"; nginx appended the socket peer it saw.
        let headers: HTTPHeaders = ["X-Forwarded-For": "6.6.6.6, 203.0.113.7"]
        #expect(resolver.resolve(peer: "127.0.0.1", headers: headers) == .init(address: "203.0.113.7", source: .forwardedFor))
    }

    @Test func walksRightToLeftSkippingEveryTrustedHop() throws {
        let resolver = try makeResolver()
        let headers: HTTPHeaders = ["X-Forwarded-For": "6.6.6.6, 198.51.100.9, 10.1.2.3, 10.0.0.5"]
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: headers) == "198.51.100.9")
    }

    @Test func allTrustedHopsGiveTheLeftmostEntry() throws {
        let resolver = try makeResolver()
        let headers: HTTPHeaders = ["X-Forwarded-For": "10.9.9.9, 10.0.0.5"]
        #expect(resolver.resolve(peer: "127.0.0.1", headers: headers) == .init(address: "10.9.9.9", source: .forwardedFor))
    }

    @Test func severalFieldsAreOneListInOrder() throws {
        let resolver = try makeResolver()
        let headers = HTTPHeaders([("X-Forwarded-For", "203.0.113.1"), ("Accept", "*/*"), ("x-forwarded-for", "10.0.0.1")])
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: headers) == "203.0.113.1")
        let reversed = HTTPHeaders([("X-Forwarded-For", "10.0.0.1"), ("X-Forwarded-For", "203.0.113.1")])
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: reversed) == "203.0.113.1")
    }

    @Test func malformedEntryBeforeTheClientFallsBackToThePeer() throws {
        let resolver = try makeResolver()
        for value in ["203.0.113.7, bogus", "203.0.113.7,", "unknown", "203.0.113.7, , 10.0.0.1", "1.2.3.4.5", "[::1",
                      "203.0.113.7:99999", "2001:db8::1%eth0", "203.0.113.07", "example.com"] {
            let resolution = resolver.resolve(peer: "127.0.0.1", headers: ["X-Forwarded-For": value])
            #expect(resolution == .init(address: "127.0.0.1", source: .peer), "X-Forwarded-For: \(value)")
        }
    }

    @Test func junkLeftOfTheClientIsNeverRead() throws {
        let resolver = try makeResolver()
        let headers: HTTPHeaders = ["X-Forwarded-For": "<script>, 999.1.1.1, 203.0.113.7"]
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: headers) == "203.0.113.7")
    }

    @Test func blankForwardedForCountsAsAbsent() throws {
        let resolver = try makeResolver()
        let headers = HTTPHeaders([("X-Forwarded-For", ""), ("X-Real-IP", "203.0.113.8")])
        #expect(resolver.resolve(peer: "::1", headers: headers) == .init(address: "203.0.113.8", source: .realIP))
    }

    @Test func realIPOnlyFromATrustedPeerAndOnlyWhenReadable() throws {
        let resolver = try makeResolver()
        #expect(resolver.resolve(peer: "127.0.0.1", headers: ["X-Real-IP": " 203.0.113.8 "]) == .init(address: "203.0.113.8", source: .realIP))
        #expect(resolver.resolve(peer: "192.0.2.1", headers: ["X-Real-IP": "203.0.113.8"]) == .init(address: "192.0.2.1", source: .peer))
        #expect(resolver.resolve(peer: "127.0.0.1", headers: ["X-Real-IP": "203.0.113"]) == .init(address: "127.0.0.1", source: .peer))
        let twice = HTTPHeaders([("X-Real-IP", "203.0.113.8"), ("X-Real-IP", "6.6.6.6")])
        #expect(resolver.resolve(peer: "127.0.0.1", headers: twice) == .init(address: "127.0.0.1", source: .peer))
    }

    @Test func forwardedForWinsOverRealIP() throws {
        let resolver = try makeResolver()
        let headers: HTTPHeaders = ["X-Forwarded-For": "203.0.113.7", "X-Real-IP": "203.0.113.99"]
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: headers) == "203.0.113.7")
    }

    @Test func trustedPeerWithoutHeadersIsItself() throws {
        let resolver = try makeResolver()
        #expect(resolver.resolve(peer: "10.4.4.4", headers: [:]) == .init(address: "10.4.4.4", source: .peer))
    }

    @Test func emptyTrustListBelievesNoHeader() {
        let resolver = ClientAddressResolver(trustedProxies: [])
        #expect(resolver.clientAddress(peer: "127.0.0.1", headers: ["X-Forwarded-For": "203.0.113.7", "X-Real-IP": "1.1.1.1"]) == "127.0.0.1")
    }

    @Test func unparsablePeerIsReturnedUnchanged() throws {
        let resolver = try makeResolver()
        #expect(resolver.resolve(peer: "", headers: ["X-Forwarded-For": "203.0.113.7"]) == .init(address: "", source: .peer))
        #expect(resolver.resolve(peer: "/run/juesuan.sock", headers: [:]) == .init(address: "/run/juesuan.sock", source: .peer))
    }

    @Test func requestOverloadUsesTheConnectionPeerAndHeaders() throws {
        let resolver = try makeResolver()
        let head = HTTPRequestHead(
            method: .get, target: "/v1/departments", path: "/v1/departments", query: nil, version: .http1_1,
            headers: ["X-Forwarded-For": "6.6.6.6, 203.0.113.7"]
        )
        let viaNginx = HTTPRequest(head: head, connection: ConnectionInfo(peerAddress: "::1", peerPort: 41000))
        #expect(resolver.clientAddress(for: viaNginx) == "203.0.113.7")
        let direct = HTTPRequest(head: head, connection: ConnectionInfo(peerAddress: "192.0.2.44", peerPort: 41000))
        #expect(resolver.clientAddress(for: direct) == "192.0.2.44")
    }

    @Test func textInitializerKeepsValidEntriesAndDropsTheRest() {
        let resolver = ClientAddressResolver(trustedProxies: ["127.0.0.1", "not-an-address", "10.0.0.0/8", "10.1.2.3/8"])
        #expect(resolver.trustedNetworks.map(\.description) == ["127.0.0.1/32", "10.0.0.0/8"])
        #expect(resolver.clientAddress(peer: "10.200.0.1", headers: ["X-Real-IP": "203.0.113.5"]) == "203.0.113.5")
    }

    @Test func problemNamesTheBadEntryForTheConfigurationCheck() {
        #expect(ClientAddressResolver.problem(with: "fd00::/8") == nil)
        #expect(ClientAddressResolver.problem(with: "127.0.0.1") == nil)
        #expect(ClientAddressResolver.problem(with: "10.0.0.0/40") == "trusted proxy \"10.0.0.0/40\" has a prefix length over 32")
    }

    // MARK: IPv6, ports, mapped addresses

    @Test func ipv6PeersAndEntriesInEveryAcceptedSpelling() throws {
        let resolver = try makeResolver()
        let cases: [(String, String)] = [
            ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
            ("[2001:db8::1]", "2001:db8::1"),
            ("[2001:db8::1]:443", "2001:db8::1"),
            ("203.0.113.7:5555", "203.0.113.7"),
            ("\t::ffff:203.0.113.7 ", "203.0.113.7"),
            ("[::ffff:cb00:7107]:1", "203.0.113.7"),
        ]
        for (entry, expected) in cases {
            let resolution = resolver.resolve(peer: "::1", headers: ["X-Forwarded-For": entry])
            #expect(resolution == .init(address: expected, source: .forwardedFor), "entry \(entry)")
        }
    }

    @Test func ipv4MappedPeerMatchesAnIPv4Block() throws {
        let resolver = try makeResolver(["127.0.0.0/8"])
        #expect(resolver.resolve(peer: "::ffff:127.0.0.1", headers: ["X-Forwarded-For": "203.0.113.7"]) == .init(address: "203.0.113.7", source: .forwardedFor))
        #expect(resolver.resolve(peer: "::ffff:192.0.2.1", headers: ["X-Forwarded-For": "203.0.113.7"]) == .init(address: "192.0.2.1", source: .peer))
    }

    @Test func ipv6BlockTrustsOnlyItsPrefix() throws {
        let resolver = try makeResolver(["fd00:1234::/32"])
        #expect(resolver.clientAddress(peer: "fd00:1234:ffff::1", headers: ["X-Forwarded-For": "2001:db8::7"]) == "2001:db8::7")
        #expect(resolver.clientAddress(peer: "fd00:1235::1", headers: ["X-Forwarded-For": "2001:db8::7"]) == "fd00:1235::1")
    }

    @Test func portsOutOfRangeOrWithLeadingZeroAreMalformed() {
        #expect(ClientAddressResolver.parseForwardedEntry(Array("1.2.3.4:65535".utf8)[...]) == .v4(0x0102_0304))
        #expect(ClientAddressResolver.parseForwardedEntry(Array("1.2.3.4:65536".utf8)[...]) == nil)
        #expect(ClientAddressResolver.parseForwardedEntry(Array("1.2.3.4:080".utf8)[...]) == nil)
        #expect(ClientAddressResolver.parseForwardedEntry(Array("1.2.3.4:".utf8)[...]) == nil)
        #expect(ClientAddressResolver.parseForwardedEntry(Array("[::1]x".utf8)[...]) == nil)
        #expect(ClientAddressResolver.parseForwardedEntry(Array("[1.2.3.4]".utf8)[...]) == nil)
    }

    // MARK: Networks (CIDR)

    @Test func networkBoundaries() throws {
        let ten = try Network("10.0.0.0/8")
        #expect(ten.contains(try #require(IPAddress("10.255.255.255"))))
        #expect(!ten.contains(try #require(IPAddress("11.0.0.0"))))
        #expect(!ten.contains(try #require(IPAddress("9.255.255.255"))))
        let everything = try Network("0.0.0.0/0")
        #expect(everything.contains(try #require(IPAddress("255.255.255.255"))))
        #expect(!everything.contains(try #require(IPAddress("2001:db8::1"))))
        let half = try Network("2001:db8:0:0:8000::/65")
        #expect(half.contains(try #require(IPAddress("2001:db8::ffff:ffff:ffff:ffff"))))
        #expect(!half.contains(try #require(IPAddress("2001:db8::7fff:ffff:ffff:ffff"))))
        let host = try Network("::1")
        #expect(host.prefixLength == 128)
        #expect(host.contains(try #require(IPAddress("0:0:0:0:0:0:0:1"))))
        #expect(!host.contains(try #require(IPAddress("::2"))))
        let mapped = try Network("::ffff:0:0/96")
        #expect(mapped.contains(try #require(IPAddress("192.0.2.1"))))
        #expect(ClientAddressResolver.loopback.map(\.description) == ["127.0.0.0/8", "::1/128"])
    }

    @Test func invalidTrustedProxyEntriesNameTheEntryAndTheReason() {
        let cases: [(String, String)] = [
            ("10.0.0/8", "trusted proxy \"10.0.0/8\" is not an IPv4 or IPv6 address or CIDR block"),
            ("10.0.0.0/33", "trusted proxy \"10.0.0.0/33\" has a prefix length over 32"),
            ("::/129", "trusted proxy \"::/129\" has a prefix length over 128"),
            ("10.0.0.0/08", "trusted proxy \"10.0.0.0/08\" has an invalid prefix length (expected 0–32)"),
            ("10.0.0.0/", "trusted proxy \"10.0.0.0/\" has an invalid prefix length (expected 0–32)"),
            ("10.1.2.3/8", "trusted proxy \"10.1.2.3/8\" has address bits set past the /8 prefix; the block is 10.0.0.0/8"),
            ("fd00::1/8", "trusted proxy \"fd00::1/8\" has address bits set past the /8 prefix; the block is fd00::/8"),
            ("localhost", "trusted proxy \"localhost\" is not an IPv4 or IPv6 address or CIDR block"),
        ]
        for (entry, message) in cases {
            #expect(throws: ClientAddressResolver.ConfigurationError.self, "entry \(entry)") {
                _ = try ClientAddressResolver(trustedProxyEntries: ["127.0.0.1", entry])
            }
            do {
                _ = try ClientAddressResolver(trustedProxyEntries: [entry])
            } catch {
                #expect(error.description == message)
            }
        }
    }

    // MARK: Address text

    @Test func canonicalTextFollowsRFC5952() throws {
        let cases: [(String, String)] = [
            ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
            ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
            ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
            ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),
            ("0:0:0:0:0:0:0:0", "::"),
            ("0:0:0:0:0:0:0:1", "::1"),
            ("1:0:0:0:0:0:0:0", "1::"),
            ("FE80::ABCD:0:0:0", "fe80::abcd:0:0:0"),  // a tie: the first run is shortened
            ("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
            ("::ffff:c000:0201", "::ffff:192.0.2.1"),
            ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"),
            ("192.0.2.255", "192.0.2.255"),
        ]
        for (input, expected) in cases {
            #expect(IPAddress(input)?.description == expected, "\(input)")
        }
    }

    /// The parser accepts exactly what the C library's `inet_pton` accepts, with the same bits, over a
    /// fixed corpus of edge cases, 20,000 pseudo-random strings from the address alphabet and 20,000
    /// near-valid addresses (random groups, tails, compressions and one-byte mutations).
    @Test func parserAgreesWithInetPton() {
        var corpus = [
            "", ":", "::", ":::", "::1", "1::", "1:::2", "1::2::3", ":1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:", ":1:2:3:4:5:6:7", "12345::", "ffff::ffff",
            "::1.2.3.4", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "::1.2.3",
            "::01.2.3.4", "::256.1.1.1", "0.0.0.0", "255.255.255.255", "256.0.0.0", "1.2.3", "1.2.3.4.", ".1.2.3.4",
            "01.2.3.4", "1..2.3", "1.2.3.04", "1.2.3.0", "0:0:0:0:0:0:0:0", "::ffff:0:0", "g::", "1:2:3:4:5:6:7:8:",
            "::1.2.3.4:5", "1:2:3:4:5::1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "a:b:c:d:e:f:0:1", "A:B::C:D", "1.2.3.4 ",
        ]
        var generator = SplitMix64(seed: 0x6A75_6573_7561_6E)
        let alphabet = Array("0123456789abcdefAF:.".utf8)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 20)
            corpus.append(String(decoding: (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }, as: UTF8.self))
        }
        for _ in 0..<20_000 {
            corpus.append(nearValidAddress(&generator, alphabet: alphabet))
        }
        var mismatches: [String] = []
        var accepted = 0
        for text in corpus {
            let ours = IPAddress(text)
            let theirs = inetPton(text)
            if ours != theirs { mismatches.append(text) }
            if ours != nil { accepted += 1 }
        }
        #expect(mismatches.isEmpty, "disagreements: \(mismatches.prefix(10))")
        #expect(accepted > 3_000, "the random corpus must exercise accepted addresses too (\(accepted))")
    }

    /// Formatting matches `inet_ntop` (which also follows RFC 5952) except for `::a.b.c.d`, which the C
    /// library prints in the deprecated IPv4-compatible notation.
    @Test func formatterAgreesWithInetNtop() {
        var generator = SplitMix64(seed: 42)
        var compared = 0
        for _ in 0..<5_000 {
            // Sparse groups so that zero runs of every length and position occur.
            var groups = [UInt16](repeating: 0, count: 8)
            for index in 0..<8 where generator.next() % 3 == 0 { groups[index] = UInt16(truncatingIfNeeded: generator.next()) }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for group in groups[0..<4] { high = high << 16 | UInt64(group) }
            for group in groups[4..<8] { low = low << 16 | UInt64(group) }
            if high == 0 && low >> 32 == 0 && low > 0xFFFF { continue }
            let address = IPAddress.v6(high: high, low: low)
            #expect(address.description == inetNtop6(high: high, low: low), "\(groups)")
            #expect(IPAddress(address.description) == address)
            compared += 1
        }
        #expect(compared > 4_000)
    }
}

/// A string close to an address: IPv4 with octets up to 300 (some with a leading zero), or IPv6 with
/// groups of 1–5 hex digits, an optional dotted tail, an optional `::` over a random run, and sometimes one
/// byte replaced from the address alphabet.
private func nearValidAddress(_ generator: inout SplitMix64, alphabet: [UInt8]) -> String {
    func octet(_ generator: inout SplitMix64) -> String {
        let value = generator.next() % 300
        return generator.next() % 20 == 0 ? "0\(value)" : "\(value)"
    }
    func dotted(_ generator: inout SplitMix64) -> String {
        (0..<4).map { _ in octet(&generator) }.joined(separator: ".")
    }
    var text: String
    if generator.next() % 4 == 0 {
        text = dotted(&generator)
    } else {
        let count = Int(7 + generator.next() % 3)  // 7...9 groups
        var groups: [String] = (0..<count).map { _ in
            let digits = Int(1 + generator.next() % 5)
            let hex = String(generator.next() % 0x10_0000, radix: 16)
            return String(hex.suffix(digits)).isEmpty ? "0" : String(hex.suffix(digits))
        }
        if generator.next() % 4 == 0 {
            groups.removeLast(2)
            groups.append(dotted(&generator))
        }
        if generator.next() % 2 == 0 {
            let start = Int(generator.next() % UInt64(groups.count))
            let length = Int(generator.next() % UInt64(groups.count - start + 1))
            let head = groups[..<start].joined(separator: ":")
            let tail = groups[(start + length)...].joined(separator: ":")
            text = head + "::" + tail
        } else {
            text = groups.joined(separator: ":")
        }
    }
    if generator.next() % 5 == 0, !text.isEmpty {
        var bytes = Array(text.utf8)
        bytes[Int(generator.next() % UInt64(bytes.count))] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
        text = String(decoding: bytes, as: UTF8.self)
    }
    return text
}

/// `inet_pton` for AF_INET, then AF_INET6, as an `IPAddress`.
private func inetPton(_ text: String) -> IPAddress? {
    var v4 = in_addr()
    if inet_pton(AF_INET, text, &v4) == 1 {
        return .v4(UInt32(bigEndian: v4.s_addr))
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, text, &v6) == 1 {
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        let high = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return .v6(high: high, low: low)
    }
    return nil
}

private func inetNtop6(high: UInt64, low: UInt64) -> String {
    var bytes = [UInt8](repeating: 0, count: 16)
    for index in 0..<8 {
        bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
        bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index)))
    }
    var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
    let text = bytes.withUnsafeBytes { raw in
        inet_ntop(AF_INET6, raw.baseAddress, &buffer, socklen_t(buffer.count))
    }
    guard text != nil else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// A small deterministic generator (SplitMix64) so the random corpus is the same on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
