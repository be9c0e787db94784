import CEpoll
import Glibc

/// A TCP socket descriptor, always non-blocking and close-on-exec. A plain value: whoever owns the
/// connection decides when to `close()` it (exactly once).
public struct Socket: Sendable, Hashable {
    /// The file descriptor.
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// A listening socket bound to `address` with `SO_REUSEADDR` (IPv6 sockets are IPv6-only).
    public static func listening(on address: SocketAddress, backlog: Int32) throws(SystemError) -> Socket {
        let fd = try Syscall.call("socket") {
            Glibc.socket(address.domain, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        let socket = Socket(descriptor: fd)
        do {
            try socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1, name: "setsockopt(SO_REUSEADDR)")
            if address.family == .ipv6 {
                try socket.setOption(Int32(IPPROTO_IPV6), IPV6_V6ONLY, 1, name: "setsockopt(IPV6_V6ONLY)")
            }
            try Syscall.call("bind") { address.withSockAddr { Glibc.bind(fd, $0, $1) } }
            try Syscall.call("listen") { Glibc.listen(fd, backlog) }
        } catch {
            socket.close()
            throw error
        }
        return socket
    }

    /// Accepts one pending connection as a non-blocking, close-on-exec socket.
    @inline(__always)
    public func accept() throws(SystemError) -> IOResult<Socket> {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        switch try Syscall.nonBlocking("accept4", { juesuan_accept4(descriptor, flags) }) {
        case .completed(let fd): return .completed(Socket(descriptor: fd))
        case .wouldBlock: return .wouldBlock
        }
    }

    /// Reads at most `buffer.count` bytes; `.completed(0)` is end of input.
    @inline(__always)
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try Syscall.nonBlocking("read") { Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
    }

    /// Sends bytes with `MSG_NOSIGNAL` (a vanished peer is `EPIPE`, never `SIGPIPE`); may send fewer.
    @inline(__always)
    public func send(_ bytes: UnsafeRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try Syscall.nonBlocking("send") { Glibc.send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Ends our direction of the connection (`shutdown(SHUT_WR)`): the peer reads end of input after
    /// what was sent, while we can still read (the first half of a lingering close).
    public func shutdownWrite() throws(SystemError) {
        try Syscall.call("shutdown") { Glibc.shutdown(descriptor, Int32(SHUT_WR)) }
    }

    /// Disables Nagle's algorithm so small responses leave at once.
    public func setNoDelay() throws(SystemError) {
        try setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1, name: "setsockopt(TCP_NODELAY)")
    }

    /// The address this socket is bound to (the chosen port after binding port 0).
    public func localAddress() throws(SystemError) -> SocketAddress {
        try address(name: "getsockname") { getsockname(descriptor, $0, $1) }
    }

    /// The address of the connected peer.
    public func peerAddress() throws(SystemError) -> SocketAddress {
        try address(name: "getpeername") { getpeername(descriptor, $0, $1) }
    }

    /// Closes the descriptor. `EINTR` is not retried: on Linux the descriptor is released anyway.
    public func close() {
        _ = Glibc.close(descriptor)
    }

    func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: StaticString) throws(SystemError) {
        var value = value
        try Syscall.call(name) {
            setsockopt(descriptor, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    private func address(
        name: StaticString, _ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> Int32
    ) throws(SystemError) -> SocketAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try Syscall.call(name) {
            withUnsafeMutablePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &length) }
            }
        }
        guard let address = SocketAddress(storage: storage) else {
            throw SystemError(call: "\(name)", errno: EAFNOSUPPORT)
        }
        return address
    }
}
