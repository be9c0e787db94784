/// Fast exact substring search on UTF-8 bytes. Narrative text is compared verbatim (never normalized), so a byte
/// match is the right test, and it avoids the grapheme-aware `String.contains(_:)` of the standard library, which
/// dominated the checks' run time.
extension StringProtocol {
    /// Whether `needle` occurs in the string (byte for byte).
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let found = utf8.withContiguousStorageIfAvailable({ UTF8Search.contains($0, pattern) }) else {
                return UTF8Search.contains(Array(utf8), pattern)
            }
            return found
        }
    }
}

/// Naive byte search with a first-byte scan; patterns are a few characters long.
enum UTF8Search {
    static func contains(_ haystack: some RandomAccessCollection<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        let count = needle.count
        guard haystack.count >= count else { return false }
        var index = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -count)
        while index <= last {
            if haystack[index] == first {
                var matched = true
                var offset = 1
                var position = haystack.index(after: index)
                while offset < count {
                    if haystack[position] != needle[offset] {
                        matched = false
                        break
                    }
                    offset += 1
                    position = haystack.index(after: position)
                }
                if matched { return true }
            }
            index = haystack.index(after: index)
        }
        return false
    }
}
