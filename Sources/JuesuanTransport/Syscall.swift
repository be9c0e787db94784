import Glibc

/// The outcome of a non-blocking operation: it completed with a value, or it would have blocked.
public enum IOResult<Value> {
    case completed(Value)
    case wouldBlock
}

extension IOResult: Sendable where Value: Sendable {}
extension IOResult: Equatable where Value: Equatable {}

/// The one wrapper every system call goes through: retries `EINTR`, turns `EAGAIN`/`EWOULDBLOCK`
/// into `.wouldBlock`, and throws a `SystemError` naming the call and `errno` for everything else.
public enum Syscall {
    /// Runs a call whose failure is `-1` with `errno` set; would-block comes back as a value.
    @inline(__always)
    public static func nonBlocking<R: BinaryInteger>(_ name: StaticString, _ body: () -> R) throws(SystemError) -> IOResult<R> {
        while true {
            let result = body()
            if result >= 0 { return .completed(result) }
            let error = Glibc.errno
            if error == EINTR { continue }
            if error == EAGAIN || error == EWOULDBLOCK { return .wouldBlock }
            throw SystemError(call: "\(name)", errno: error)
        }
    }

    /// Runs a call that is not expected to block; `EINTR` is retried, every other failure throws.
    @inline(__always)
    @discardableResult
    public static func call<R: BinaryInteger>(_ name: StaticString, _ body: () -> R) throws(SystemError) -> R {
        while true {
            let result = body()
            if result >= 0 { return result }
            let error = Glibc.errno
            if error == EINTR { continue }
            throw SystemError(call: "\(name)", errno: error)
        }
    }
}
