extension EventLoop {
    /// Arms `timer` to fire at `deadline` (monotonic nanoseconds), moving it if it is already armed.
    /// Loop thread only.
    public func schedule(_ timer: EventLoopTimer, at deadline: UInt64) {
        timer.deadline = deadline
        if timer.heapIndex >= 0 {
            let index = timer.heapIndex
            siftUp(index)
            siftDown(timer.heapIndex)
        } else {
            timer.heapIndex = timers.count
            timers.append(timer)
            siftUp(timer.heapIndex)
        }
    }

    /// Disarms `timer`; nothing happens if it is not armed. Loop thread only.
    public func cancel(_ timer: EventLoopTimer) {
        let index = timer.heapIndex
        guard index >= 0 else { return }
        let last = timers.count - 1
        if index != last {
            swapTimers(index, last)
        }
        timers.removeLast()
        timer.heapIndex = -1
        if index < timers.count {
            let moved = timers[index]
            siftUp(index)
            siftDown(moved.heapIndex)
        }
    }

    /// Number of armed timers.
    public var armedTimerCount: Int { timers.count }

    func runExpiredTimers() {
        while let first = timers.first, first.deadline <= now {
            cancel(first)
            first.handler?.timerFired()
        }
    }

    private func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard timers[child].deadline < timers[parent].deadline else { return }
            swapTimers(child, parent)
            child = parent
        }
    }

    private func siftDown(_ start: Int) {
        var parent = start
        let count = timers.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var smallest = left
            let right = left + 1
            if right < count && timers[right].deadline < timers[left].deadline { smallest = right }
            guard timers[smallest].deadline < timers[parent].deadline else { return }
            swapTimers(parent, smallest)
            parent = smallest
        }
    }

    private func swapTimers(_ a: Int, _ b: Int) {
        timers.swapAt(a, b)
        timers[a].heapIndex = a
        timers[b].heapIndex = b
    }
}
