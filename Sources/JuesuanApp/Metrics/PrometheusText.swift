/// Writing the Prometheus text exposition format 0.0.4: `# HELP`/`# TYPE` lines and samples with
/// escaped label values; numbers are formatted from integers (no floating point).
public enum PrometheusText {
    /// The `Content-Type` of `/metrics`.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Appends `# HELP name help` and `# TYPE name type`.
    public static func appendHeader(_ name: String, type: String, help: String, to out: inout [UInt8]) {
        out.append(contentsOf: "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n".utf8)
    }

    /// Appends `name{label="value",…} value`.
    public static func appendSample(_ name: String, labels: [(String, String)] = [], value: String, to out: inout [UInt8]) {
        out.append(contentsOf: name.utf8)
        if !labels.isEmpty {
            out.append(UInt8(ascii: "{"))
            for (index, (label, labelValue)) in labels.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: label.utf8)
                out.append(contentsOf: "=\"".utf8)
                appendEscapedLabelValue(labelValue, to: &out)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: value.utf8)
        out.append(UInt8(ascii: "\n"))
    }

    /// Label values escape backslash, double quote and newline.
    static func appendEscapedLabelValue(_ value: String, to out: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            default: out.append(byte)
            }
        }
    }

    /// Nanoseconds as decimal seconds with trailing zeros removed: 250_000 → `0.00025`, 2_500_000_000 → `2.5`.
    public static func seconds(fromNanoseconds nanoseconds: UInt64) -> String {
        let whole = nanoseconds / 1_000_000_000
        var fraction = nanoseconds % 1_000_000_000
        guard fraction > 0 else { return String(whole) }
        var digits = 9
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
    }
}
