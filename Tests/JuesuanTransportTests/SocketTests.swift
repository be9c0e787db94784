import Glibc
@testable import JuesuanTransport
import Testing

/// A connected blocking client socket to 127.0.0.1:`port` (test helper).
func connectClient(port: UInt16) throws -> Int32 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard result == 0 else {
        close(descriptor)
        throw SystemError(call: "connect", errno: errno)
    }
    return descriptor
}

/// Accepts one connection, polling the non-blocking listener for at most 5 s.
func acceptOne(_ listener: Socket) throws -> Socket {
    var descriptor = pollfd(fd: listener.descriptor, events: Int16(POLLIN), revents: 0)
    _ = poll(&descriptor, 1, 5_000)
    guard case .completed(let socket) = try listener.accept() else { throw SystemError(call: "accept4", errno: EAGAIN) }
    return socket
}

@Suite("Socket, SocketAddress, Syscall")
struct SocketTests {
    @Test func addressesParseIPv4IPv6AndLocalhost() throws {
        let v4 = try SocketAddress(host: "127.0.0.1", port: 80)
        #expect(v4.family == .ipv4)
        #expect(v4.description == "127.0.0.1:80")
        let v6 = try SocketAddress(host: "::1", port: 8080)
        #expect(v6.family == .ipv6)
        #expect(v6.description == "[::1]:8080")
        #expect(try SocketAddress(host: "[::1]", port: 1).host == "::1")
        #expect(try SocketAddress(host: "localhost", port: 1).host == "127.0.0.1")
        #expect(try SocketAddress(host: "0000:0000::0001", port: 1).host == "::1")
    }

    @Test(arguments: ["example.org", "1.2.3", "256.1.1.1", "", " 127.0.0.1", "::g"])
    func nonNumericHostsAreRejectedByName(host: String) {
        #expect(throws: SocketAddressError(host: host)) { try SocketAddress(host: host, port: 1) }
        #expect(SocketAddressError(host: host).description.contains("'\(host)'"))
    }

    @Test func syscallErrorsNameTheCallAndErrno() {
        let error = #expect(throws: SystemError.self) { try Socket(descriptor: -1).read(into: UnsafeMutableRawBufferPointer(start: nil, count: 0)) }
        #expect(error?.call == "read")
        #expect(error?.errno == EBADF)
        #expect(error?.description == "read failed: Bad file descriptor (errno 9)")
    }

    @Test func listeningOnPortZeroPicksAPortAndAcceptWouldBlockWhenNobodyConnects() throws {
        let listener = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 16)
        defer { listener.close() }
        let local = try listener.localAddress()
        #expect(local.port != 0)
        #expect(try listener.accept() == .wouldBlock)
        #expect(fcntl(listener.descriptor, F_GETFL) & O_NONBLOCK != 0)
        #expect(fcntl(listener.descriptor, F_GETFD) & FD_CLOEXEC != 0)
    }

    @Test func bindingABusyPortNamesBind() throws {
        let first = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 16)
        defer { first.close() }
        let port = try first.localAddress().port
        let error = #expect(throws: SystemError.self) {
            try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: port), backlog: 16)
        }
        #expect(error?.call == "bind")
        #expect(error?.errno == EADDRINUSE)
    }

    @Test func acceptedSocketsAreNonBlockingAndMoveBytesBothWays() throws {
        let listener = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 16)
        defer { listener.close() }
        let client = try connectClient(port: try listener.localAddress().port)
        defer { close(client) }
        let server = try acceptOne(listener)
        defer { server.close() }
        #expect(fcntl(server.descriptor, F_GETFL) & O_NONBLOCK != 0)
        #expect(fcntl(server.descriptor, F_GETFD) & FD_CLOEXEC != 0)
        try server.setNoDelay()
        #expect(try server.peerAddress().host == "127.0.0.1")

        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try server.read(into: $0) } == .wouldBlock)
        _ = send(client, "ping", 4, 0)
        var readable = pollfd(fd: server.descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&readable, 1, 5_000)
        #expect(try buffer.withUnsafeMutableBytes { try server.read(into: $0) } == .completed(4))
        #expect(Array(buffer[0..<4]) == Array("ping".utf8))
        #expect(try Array("pong".utf8).withUnsafeBytes { try server.send($0) } == .completed(4))
        try server.shutdownWrite()
        var received = [UInt8](repeating: 0, count: 16)
        #expect(recv(client, &received, 16, 0) == 4)
        #expect(recv(client, &received, 16, 0) == 0)
    }

    @Test func sendingToAVanishedPeerIsEPIPEOrResetNotSIGPIPE() throws {
        SignalWatcher.ignoreBrokenPipe()
        let listener = try Socket.listening(on: SocketAddress(host: "127.0.0.1", port: 0), backlog: 16)
        defer { listener.close() }
        let client = try connectClient(port: try listener.localAddress().port)
        let server = try acceptOne(listener)
        defer { server.close() }
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(client)
        let chunk = [UInt8](repeating: 1, count: 65536)
        var caught: SystemError?
        for _ in 0..<100 where caught == nil {
            do { _ = try chunk.withUnsafeBytes { try server.send($0) } } catch { caught = error as? SystemError }
        }
        #expect(caught?.isPeerGone == true)
    }
}
