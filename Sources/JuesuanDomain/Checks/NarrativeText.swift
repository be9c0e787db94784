/// Splitting narrative text the way `NarrativeFigureExtractor` numbers sentences: a sentence ends at every `。` and
/// every line break (empty sentences count, so indices agree).
enum NarrativeText {
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var start = 0
        var index = 0
        while index < bytes.count {
            // 。 is E3 80 82 in UTF-8.
            if bytes[index] == 0x0A {
                result.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += 1
                start = index
            } else if bytes[index] == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 {
                result.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        return result
    }

    /// A project heading line such as `（1）依法治区项目` or `(2)社区矫正与安置帮教项目`: the name without ordinal and
    /// the trailing 项目.
    static func projectHeading(_ sentence: String) -> String? {
        guard sentence.utf8.count <= 160 else { return nil }
        var text = sentence.trimmingWhitespace()
        guard text.count <= 40, text.hasSuffix("项目") else { return nil }
        guard let first = text.first, first == "（" || first == "(" else { return nil }
        guard let close = text.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        text = String(text[text.index(after: close)...]).trimmingWhitespace()
        text.removeLast(2)
        return text.isEmpty ? nil : text
    }

    /// Number of leading characters two names share.
    static func commonPrefixLength(_ left: String, _ right: String) -> Int {
        var count = 0
        for (a, b) in zip(left, right) {
            guard a == b else { break }
            count += 1
        }
        return count
    }

    /// `N项项目支出` in a sentence: N.
    static func projectCount(in sentence: String) -> (Int, String)? {
        let scalars = Array(sentence.unicodeScalars)
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            if end + 2 < scalars.count, scalars[end] == "项", scalars[end + 1] == "项", scalars[end + 2] == "目" {
                var digits = String.UnicodeScalarView()
                digits.append(contentsOf: scalars[index..<end])
                var quote = digits
                quote.append(contentsOf: scalars[end..<Swift.min(scalars.count, end + 5)])
                if let value = Int(String(digits)) { return (value, String(quote)) }
            }
            index = end
        }
        return nil
    }
}
