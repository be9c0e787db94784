import Glibc

/// A failed system call: the call's name and the `errno` it left, e.g. `accept4 failed: Too many open files (errno 24)`.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name of the system call (or library function) that failed, e.g. `bind`.
    public let call: String
    /// The `errno` value the call set.
    public let errno: Int32

    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    public var description: String {
        "\(call) failed: \(String(cString: strerror(errno))) (errno \(errno))"
    }

    /// Whether the peer went away (reset, broken pipe, timed out): a normal end of a connection, not a fault.
    public var isPeerGone: Bool {
        errno == EPIPE || errno == ECONNRESET || errno == ECONNABORTED || errno == ETIMEDOUT
            || errno == ENOTCONN || errno == EHOSTUNREACH || errno == ENETUNREACH
    }

    /// Whether the process or system ran out of descriptors or buffers (`EMFILE`, `ENFILE`, `ENOBUFS`, `ENOMEM`).
    public var isResourceExhaustion: Bool {
        errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM
    }
}
