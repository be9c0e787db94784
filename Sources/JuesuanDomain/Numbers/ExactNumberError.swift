/// Why a piece of text or a JSON number literal cannot be read as an exact amount or decimal.
public enum ExactNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not a decimal number at all (`"abc"`, `"1,5"`, `""`).
    case notANumber(String)
    /// More decimal places than allowed, e.g. an amount `1.005` (amounts allow 2).
    case tooManyDecimals(String, allowed: Int)
    /// Outside the representable or accepted range.
    case outOfRange(String)

    public var description: String {
        switch self {
        case .notANumber(let text): "\(JSONWriter.quoted(text)) is not a decimal number"
        case .tooManyDecimals(let text, let allowed): "\(text) has more than \(allowed) decimal places"
        case .outOfRange(let text): "\(text) is out of range"
        }
    }
}

/// Decimal digits of a number literal reduced to an integer at a fixed scale.
enum ScaledInteger {
    /// `literal` × 10^scale as an exact integer, or why that is impossible. Accepts any JSON number literal
    /// (exponents included); trailing zeros beyond `scale` are fine (`1.500` at scale 2 is 150).
    static func parse(_ literal: String, scale: Int, maximumMagnitude: UInt64) -> Result<Int64, ExactNumberError> {
        guard let number = JSONNumber(literal: literal), let parts = number.decomposed else {
            return .failure(.notANumber(literal))
        }
        var digits = parts.digits
        var exponent = parts.exponent
        while let last = digits.last, last == 0, digits.count > 1 {
            digits.removeLast()
            exponent += 1
        }
        if let firstNonZero = digits.firstIndex(where: { $0 != 0 }) {
            digits.removeFirst(firstNonZero)
        } else {
            digits = [0]
        }
        if digits == [0] { return .success(0) }
        let shift = exponent + scale
        if shift < 0 { return .failure(.tooManyDecimals(literal, allowed: scale)) }
        if digits.count + shift > 19 { return .failure(.outOfRange(literal)) }
        var magnitude: UInt64 = 0
        for digit in digits {
            magnitude = magnitude * 10 + UInt64(digit)
        }
        for _ in 0..<shift {
            let (next, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            if overflow { return .failure(.outOfRange(literal)) }
            magnitude = next
        }
        guard magnitude <= maximumMagnitude else { return .failure(.outOfRange(literal)) }
        return .success(parts.negative ? -Int64(magnitude) : Int64(magnitude))
    }

    /// Number of decimal places `literal` needs for its exact value (trailing zeros ignored); nil if not a number.
    static func minimalScale(of literal: String) -> Int? {
        guard let number = JSONNumber(literal: literal), let parts = number.decomposed else { return nil }
        var digits = parts.digits
        var exponent = parts.exponent
        while let last = digits.last, last == 0, digits.count > 1 {
            digits.removeLast()
            exponent += 1
        }
        if digits.allSatisfy({ $0 == 0 }) { return 0 }
        return max(0, -exponent)
    }
}

/// Powers of ten that fit in Int64: `powersOfTen[k]` = 10^k for k in 0...18.
let powersOfTen: [Int64] = {
    var values: [Int64] = [1]
    for _ in 1...18 { values.append(values[values.count - 1] * 10) }
    return values
}()
