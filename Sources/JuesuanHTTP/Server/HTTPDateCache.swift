import Glibc
import JuesuanTransport

/// The `Date` response header line (`Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n`, IMF-fixdate, RFC 9110
/// §5.6.7), formatted at most once per wall-clock second. One per event loop; not thread-safe.
final class HTTPDateCache {
    private let clock: () -> Int
    private var cachedSecond = Int.min
    private var cachedLine: [UInt8] = []

    /// `clock` returns seconds since the Unix epoch (a fixed value in tests).
    init(clock: @escaping () -> Int = SystemClock.wallClockSeconds) {
        self.clock = clock
    }

    /// The header line for the current second, CRLF included.
    func headerLine() -> [UInt8] {
        let second = clock()
        if second != cachedSecond {
            cachedSecond = second
            cachedLine = Array("Date: \(Self.imfFixdate(secondsSinceEpoch: second))\r\n".utf8)
        }
        return cachedLine
    }

    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `secondsSinceEpoch` as an IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func imfFixdate(secondsSinceEpoch: Int) -> String {
        var time = time_t(secondsSinceEpoch)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(dayNames[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(monthNames[Int(parts.tm_mon)]) "
            + "\(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
