#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic time in nanoseconds (`CLOCK_MONOTONIC`), for request durations; never goes backwards.
public enum MonotonicClock {
    /// Nanoseconds since an unspecified start (boot), cheap enough to read twice per request (vDSO).
    @inline(__always)
    public static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}
