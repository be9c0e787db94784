/// What a registered descriptor waits for: readable input, room to write, or both.
public struct Interest: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let read = Interest(rawValue: 1 << 0)
    public static let write = Interest(rawValue: 1 << 1)
}

/// Readiness the kernel reported for a descriptor (level-triggered).
public struct Readiness: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Input is available, or end of input.
    public static let readable = Readiness(rawValue: 1 << 0)
    /// The send buffer has room.
    public static let writable = Readiness(rawValue: 1 << 1)
    /// Both directions are closed (`EPOLLHUP`).
    public static let hangup = Readiness(rawValue: 1 << 2)
    /// A pending socket error (`EPOLLERR`); the next read or write reports it.
    public static let error = Readiness(rawValue: 1 << 3)
}

/// Receives readiness for a descriptor registered on an `EventLoop`. Called on the loop's thread only.
public protocol EventLoopHandler: AnyObject {
    func handleReadiness(_ readiness: Readiness)
}

/// Receives a timer's expiry. Called on the loop's thread only.
public protocol EventLoopTimerHandler: AnyObject {
    func timerFired()
}

/// A one-shot timer owned by a handler and armed on its loop with `EventLoop.schedule(_:at:)`.
///
/// Re-arming moves the timer rather than adding another, so a connection holds at most one pending timer.
/// The loop keeps it only while armed; the handler is held weakly.
public final class EventLoopTimer {
    /// Who is told when the timer fires.
    public weak var handler: (any EventLoopTimerHandler)?
    /// Monotonic nanoseconds at which the armed timer fires.
    public internal(set) var deadline: UInt64 = 0
    /// Position in the loop's heap, -1 when not armed.
    var heapIndex = -1

    public init(handler: any EventLoopTimerHandler) {
        self.handler = handler
    }

    /// Whether the timer is scheduled.
    public var isArmed: Bool { heapIndex >= 0 }
}
