/// Strict decimal integer parsing on bytes: optional `-`, then 1–18 ASCII digits; no `+`, no spaces,
/// no underscores (unlike `Int(String)`, which accepts `+5`).
enum DecimalInteger {
    static func parse(_ text: String) -> Int? {
        var bytes = text.utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// "must be an integer from a to b, got "x"" with open ends left out.
    static func rangeReason(_ range: ClosedRange<Int>, got text: String) -> String {
        let got = "got \"\(text)\""
        switch (range.lowerBound == Int.min, range.upperBound == Int.max) {
        case (true, true): return "must be an integer, \(got)"
        case (false, true): return "must be an integer ≥ \(range.lowerBound), \(got)"
        case (true, false): return "must be an integer ≤ \(range.upperBound), \(got)"
        case (false, false): return "must be an integer from \(range.lowerBound) to \(range.upperBound), \(got)"
        }
    }
}
