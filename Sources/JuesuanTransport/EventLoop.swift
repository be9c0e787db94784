import CEpoll
import Dispatch
import Glibc
import Synchronization

/// One thread running an epoll readiness loop (level-triggered), with an eventfd to wake it for tasks
/// submitted from other threads and a timer heap for deadlines.
///
/// Everything registered on a loop (handlers, timers, the shared `readBuffer`) is touched only on the
/// loop's thread; `execute(_:)` and `stop()` are the only entry points from other threads.
public final class EventLoop: @unchecked Sendable {
    // @unchecked: all mutable state below except `taskQueue`, `finished` and `loopThread` (which are
    // synchronised) is confined to the loop thread, as the type's contract says.

    /// The loop's position in its group, for thread names and connection ids.
    public let index: Int
    /// Monotonic nanoseconds read once per loop iteration (after `epoll_wait` returns).
    public private(set) var now: UInt64
    /// A scratch buffer for reads on this loop, reused by every connection (64 KiB).
    public let readBuffer: UnsafeMutableRawBufferPointer

    private let epollDescriptor: Int32
    private let wakeDescriptor: Int32
    private let events: UnsafeMutablePointer<epoll_event>
    private let eventCapacity = 512
    private var slots: [Slot] = []
    private var generation: UInt32 = 0
    var timers: [EventLoopTimer] = []
    private var running = false
    private let taskQueue = LockedValue(TaskQueue())
    private let finished = DispatchGroup()
    private let loopThread = Atomic<UInt>(0)

    private static let wakeToken: UInt64 = .max

    private struct Slot {
        var handler: (any EventLoopHandler)?
        var generation: UInt32 = 0
    }

    private struct TaskQueue {
        var tasks: [@Sendable () -> Void] = []
        var wakePending = false
        /// The loop has returned (or was stopped before it started): no task is accepted any more.
        var closed = false
        /// `start()` has created the loop's thread.
        var started = false
    }

    public init(index: Int = 0, readBufferBytes: Int = 64 * 1024) throws(SystemError) {
        self.index = index
        epollDescriptor = try Syscall.call("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        do {
            wakeDescriptor = try Syscall.call("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
        } catch {
            Glibc.close(epollDescriptor)
            throw error
        }
        events = .allocate(capacity: eventCapacity)
        readBuffer = .allocate(byteCount: readBufferBytes, alignment: 16)
        now = SystemClock.uptimeNanoseconds()
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.u64 = Self.wakeToken
        do {
            try Syscall.call("epoll_ctl(ADD eventfd)") { epoll_ctl(epollDescriptor, EPOLL_CTL_ADD, wakeDescriptor, &event) }
        } catch {
            Glibc.close(wakeDescriptor)
            Glibc.close(epollDescriptor)
            events.deallocate()
            readBuffer.deallocate()
            throw error
        }
    }

    deinit {
        Glibc.close(wakeDescriptor)
        Glibc.close(epollDescriptor)
        events.deallocate()
        readBuffer.deallocate()
    }

    // MARK: - Thread

    /// Starts the loop's thread. Descriptors and timers may be registered before this from the thread
    /// that created the loop (thread creation orders those writes before the loop reads them).
    public func start() throws(SystemError) {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let alreadyStopped = taskQueue.withLock { queue -> Bool in
            queue.started = true
            return queue.closed
        }
        guard !alreadyStopped else {
            Unmanaged<EventLoop>.fromOpaque(context).release()
            return
        }
        finished.enter()
        let result = pthread_create(&thread, nil, { context in
            let loop = Unmanaged<EventLoop>.fromOpaque(context!).takeRetainedValue()
            loop.run()
            loop.finished.leave()
            return nil
        }, context)
        guard result == 0 else {
            taskQueue.withLock { $0.started = false }
            finished.leave()
            Unmanaged<EventLoop>.fromOpaque(context).release()
            throw SystemError(call: "pthread_create", errno: result)
        }
        pthread_detach(thread)
    }

    /// Asks the loop to return after the current iteration. Safe from any thread. A loop that was never
    /// started is closed at once (its queued tasks are dropped; `start()` then does nothing).
    public func stop() {
        let dropped = taskQueue.withLock { queue -> [@Sendable () -> Void]? in
            guard !queue.started else { return nil }
            queue.closed = true
            defer { queue.tasks = [] }
            return queue.tasks
        }
        if dropped != nil { return }
        execute { [weak self] in self?.running = false }
    }

    /// Blocks until the loop's thread has returned (at once if it never started). Not on the loop itself.
    public func waitUntilStopped() {
        finished.wait()
    }

    /// Waits up to `nanoseconds` for the loop's thread to return; true if it did.
    public func waitUntilStopped(timeoutNanoseconds nanoseconds: UInt64) -> Bool {
        finished.wait(timeout: .now() + .nanoseconds(Int(min(nanoseconds, UInt64(Int.max))))) == .success
    }

    /// Whether the caller runs on this loop's thread.
    public var inEventLoop: Bool { loopThread.load(ordering: .acquiring) == pthread_self() }

    // MARK: - Tasks

    /// Runs `task` on the loop thread soon, in submission order. Safe from any thread. Returns false (and
    /// drops the task) when the loop has already returned, so the caller can clean up what the task owned.
    @discardableResult
    public func execute(_ task: @escaping @Sendable () -> Void) -> Bool {
        let (accepted, wake) = taskQueue.withLock { queue -> (Bool, Bool) in
            if queue.closed { return (false, false) }
            queue.tasks.append(task)
            if queue.wakePending { return (true, false) }
            queue.wakePending = true
            return (true, true)
        }
        if wake {
            var one: UInt64 = 1
            _ = Glibc.write(wakeDescriptor, &one, 8)
        }
        return accepted
    }

    private func runTasks() {
        var counter: UInt64 = 0
        _ = Glibc.read(wakeDescriptor, &counter, 8)
        let tasks = taskQueue.withLock { queue -> [@Sendable () -> Void] in
            let tasks = queue.tasks
            queue.tasks = []
            queue.wakePending = false
            return tasks
        }
        for task in tasks { task() }
    }

    // MARK: - Descriptors

    /// Watches `descriptor` for `interest` and reports readiness to `handler` (held strongly until
    /// `deregister`). `exclusive` sets `EPOLLEXCLUSIVE` (a listening socket shared by several loops).
    public func register(
        descriptor: Int32, interest: Interest, handler: any EventLoopHandler, exclusive: Bool = false
    ) throws(SystemError) {
        let index = Int(descriptor)
        if index >= slots.count {
            slots.append(contentsOf: repeatElement(Slot(), count: max(index + 1 - slots.count, slots.count)))
        }
        generation &+= 1
        var event = epoll_event()
        event.events = Self.epollEvents(interest) | (exclusive ? EPOLLEXCLUSIVE.rawValue : 0)
        event.data.u64 = UInt64(generation) << 32 | UInt64(UInt32(bitPattern: descriptor))
        try Syscall.call("epoll_ctl(ADD)") { epoll_ctl(epollDescriptor, EPOLL_CTL_ADD, descriptor, &event) }
        slots[index] = Slot(handler: handler, generation: generation)
    }

    /// Changes what a registered descriptor waits for.
    public func setInterest(_ interest: Interest, descriptor: Int32) throws(SystemError) {
        var event = epoll_event()
        event.events = Self.epollEvents(interest)
        event.data.u64 = UInt64(slots[Int(descriptor)].generation) << 32 | UInt64(UInt32(bitPattern: descriptor))
        try Syscall.call("epoll_ctl(MOD)") { epoll_ctl(epollDescriptor, EPOLL_CTL_MOD, descriptor, &event) }
    }

    /// Stops watching `descriptor` and releases its handler. Call before closing the descriptor.
    public func deregister(descriptor: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(epollDescriptor, EPOLL_CTL_DEL, descriptor, &event)
        let index = Int(descriptor)
        if index < slots.count { slots[index].handler = nil }
    }

    /// Number of descriptors registered (wake-up descriptor excluded).
    public var registeredCount: Int { slots.reduce(0) { $0 + ($1.handler == nil ? 0 : 1) } }

    private static func epollEvents(_ interest: Interest) -> UInt32 {
        var bits: UInt32 = 0
        if interest.contains(.read) { bits |= EPOLLIN.rawValue }
        if interest.contains(.write) { bits |= EPOLLOUT.rawValue }
        return bits
    }

    // MARK: - Loop

    private func run() {
        loopThread.store(pthread_self(), ordering: .releasing)
        var name = Array("juesuan-loop-\(index)".utf8.prefix(15).map { CChar(bitPattern: $0) })
        name.append(0)
        juesuan_set_thread_name(name)
        running = true
        while running {
            let count = epoll_wait(epollDescriptor, events, Int32(eventCapacity), nextTimeoutMilliseconds())
            now = SystemClock.uptimeNanoseconds()
            if count < 0 {
                if Glibc.errno == EINTR { continue }
                // epoll_wait only fails on EBADF/EFAULT/EINVAL: the loop cannot continue.
                running = false
                break
            }
            var wake = false
            for position in 0..<Int(count) {
                let event = events[position]
                let data = event.data.u64
                if data == Self.wakeToken {
                    wake = true
                    continue
                }
                let index = Int(UInt32(truncatingIfNeeded: data))
                guard index < slots.count, slots[index].generation == UInt32(truncatingIfNeeded: data >> 32),
                    let handler = slots[index].handler
                else { continue }
                handler.handleReadiness(Self.readiness(event.events))
            }
            runExpiredTimers()
            if wake { runTasks() }
        }
        // Tasks accepted before the queue closed still run (on this thread), so none is silently lost.
        let leftovers = taskQueue.withLock { queue -> [@Sendable () -> Void] in
            queue.closed = true
            defer { queue.tasks = [] }
            return queue.tasks
        }
        for task in leftovers { task() }
        loopThread.store(0, ordering: .releasing)
    }

    private static func readiness(_ bits: UInt32) -> Readiness {
        var readiness: Readiness = []
        if bits & (EPOLLIN.rawValue | EPOLLPRI.rawValue | EPOLLRDHUP.rawValue) != 0 { readiness.insert(.readable) }
        if bits & EPOLLOUT.rawValue != 0 { readiness.insert(.writable) }
        if bits & EPOLLHUP.rawValue != 0 { readiness.insert(.hangup) }
        if bits & EPOLLERR.rawValue != 0 { readiness.insert(.error) }
        return readiness
    }

    private func nextTimeoutMilliseconds() -> Int32 {
        guard let first = timers.first else { return -1 }
        let current = SystemClock.uptimeNanoseconds()
        if first.deadline <= current { return 0 }
        let milliseconds = (first.deadline - current + 999_999) / 1_000_000
        return Int32(min(milliseconds, 3_600_000))
    }
}
