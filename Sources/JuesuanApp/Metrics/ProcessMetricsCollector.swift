#if canImport(Glibc)
import Glibc
#endif

/// Standard process metrics from `/proc/self` (Linux): resident memory, open file descriptors and the
/// process start time, under the names Prometheus client libraries use.
public struct ProcessMetricsCollector: PrometheusCollector {
    /// Seconds since the Unix epoch when the process started serving (approximated at construction).
    private let startTimeSeconds: Int64

    public init() {
        startTimeSeconds = WallClockTimestamp.now().millisecondsSinceEpoch / 1000
    }

    public func appendPrometheus(to out: inout [UInt8]) {
        if let resident = Self.residentBytes() {
            PrometheusText.appendHeader("process_resident_memory_bytes", type: "gauge", help: "Resident memory size in bytes.", to: &out)
            PrometheusText.appendSample("process_resident_memory_bytes", value: String(resident), to: &out)
        }
        if let descriptors = Self.openDescriptors() {
            PrometheusText.appendHeader("process_open_fds", type: "gauge", help: "Number of open file descriptors.", to: &out)
            PrometheusText.appendSample("process_open_fds", value: String(descriptors), to: &out)
        }
        PrometheusText.appendHeader(
            "process_start_time_seconds", type: "gauge", help: "Start time of the process since the Unix epoch in seconds.", to: &out
        )
        PrometheusText.appendSample("process_start_time_seconds", value: String(startTimeSeconds), to: &out)
    }

    /// Resident set size from `/proc/self/statm` (second field, pages).
    static func residentBytes() -> Int? {
        #if canImport(Glibc)
        guard let file = fopen("/proc/self/statm", "r") else { return nil }
        defer { fclose(file) }
        var size = 0
        var resident = 0
        guard readStatm(file, &size, &resident) else { return nil }
        return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }

    #if canImport(Glibc)
    private static func readStatm(_ file: UnsafeMutablePointer<FILE>, _ size: inout Int, _ resident: inout Int) -> Bool {
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return false }
        let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ")
        guard fields.count >= 2, let first = Int(fields[0]), let second = Int(fields[1]) else { return false }
        size = first
        resident = second
        return true
    }
    #endif

    /// Entries of `/proc/self/fd`, minus the one `opendir` itself holds.
    static func openDescriptors() -> Int? {
        #if canImport(Glibc)
        guard let directory = opendir("/proc/self/fd") else { return nil }
        defer { closedir(directory) }
        var count = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { count += 1 }
        }
        return count - 1
        #else
        return nil
        #endif
    }
}
