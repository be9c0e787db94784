/// Lower-case hexadecimal text of fixed width, without `String(_:radix:)` padding work on the hot path.
enum HexFormatting {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the 16 hex digits of `value`, most significant first.
    static func append(_ value: UInt64, to buffer: inout [UInt8]) {
        var shift: UInt64 = 60
        while true {
            buffer.append(digits[Int((value >> shift) & 0xF)])
            if shift == 0 { break }
            shift -= 4
        }
    }

    /// Writes the 16 hex digits of `value` into `buffer` starting at `offset`.
    static func write(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        for index in 0..<16 {
            buffer[offset + index] = digits[Int((value >> UInt64(60 - 4 * index)) & 0xF)]
        }
    }
}
