import CEpoll
import Glibc

/// Clocks and machine facts the event loops need: monotonic time in nanoseconds for deadlines,
/// wall-clock seconds for `Date` headers, and the number of CPUs the process may run on.
public enum SystemClock {
    /// Nanoseconds of `CLOCK_MONOTONIC`: never jumps, the time base of every deadline.
    @inline(__always)
    public static func uptimeNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
    }

    /// Seconds since the Unix epoch (coarse clock, a few milliseconds' resolution).
    @inline(__always)
    public static func wallClockSeconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return Int(now.tv_sec)
    }

    /// CPUs in this process's affinity mask (1 under `taskset -c 1`), at least 1.
    public static var availableProcessorCount: Int {
        let count = Int(juesuan_affinity_cpu_count())
        if count > 0 { return count }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
