#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A UTC wall-clock instant with millisecond precision, written as RFC 3339 text
/// (`2026-11-29T01:15:03.123Z`) by integer arithmetic (no Foundation formatters on the hot path).
public struct WallClockTimestamp: Sendable, Hashable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The current time (`CLOCK_REALTIME`).
    public static func now() -> WallClockTimestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return WallClockTimestamp(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    /// Appends the RFC 3339 text, 24 bytes.
    public func appendRFC3339(to buffer: inout [UInt8]) {
        let millis = Int(((millisecondsSinceEpoch % 1000) + 1000) % 1000)
        let seconds = (millisecondsSinceEpoch - Int64(millis)) / 1000
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = Self.civilDate(daysSinceEpoch: days)
        Self.appendDigits(Int(year), count: 4, to: &buffer)
        buffer.append(UInt8(ascii: "-"))
        Self.appendDigits(month, count: 2, to: &buffer)
        buffer.append(UInt8(ascii: "-"))
        Self.appendDigits(day, count: 2, to: &buffer)
        buffer.append(UInt8(ascii: "T"))
        Self.appendDigits(Int(secondOfDay / 3600), count: 2, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        Self.appendDigits(Int(secondOfDay % 3600 / 60), count: 2, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        Self.appendDigits(Int(secondOfDay % 60), count: 2, to: &buffer)
        buffer.append(UInt8(ascii: "."))
        Self.appendDigits(millis, count: 3, to: &buffer)
        buffer.append(UInt8(ascii: "Z"))
    }

    /// The RFC 3339 text.
    public var rfc3339: String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(24)
        appendRFC3339(to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Year, month (1–12) and day (1–31) of a day count since 1970-01-01, proleptic Gregorian
    /// (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthPrime + 2) / 5 + 1)
        let month = Int(monthPrime < 10 ? monthPrime + 3 : monthPrime - 9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    @inline(__always)
    private static func appendDigits(_ value: Int, count: Int, to buffer: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        switch count {
        case 2:
            buffer.append(zero + UInt8(value / 10 % 10))
            buffer.append(zero + UInt8(value % 10))
        case 3:
            buffer.append(zero + UInt8(value / 100 % 10))
            buffer.append(zero + UInt8(value / 10 % 10))
            buffer.append(zero + UInt8(value % 10))
        default:
            buffer.append(zero + UInt8(value / 1000 % 10))
            buffer.append(zero + UInt8(value / 100 % 10))
            buffer.append(zero + UInt8(value / 10 % 10))
            buffer.append(zero + UInt8(value % 10))
        }
    }
}
