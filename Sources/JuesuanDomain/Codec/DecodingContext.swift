/// Collects the errors of one decoding pass. Used by one decoding call on one thread, never shared.
final class DecodingContext {
    /// Errors listed at most; a document with more gets one final entry saying so (bounds memory and response size).
    static let maximumErrors = 1000

    private(set) var errors: [DocumentError] = []

    func report(_ path: JSONPath, _ message: String) {
        if errors.count < DecodingContext.maximumErrors {
            errors.append(DocumentError(path: path.description, message: message))
        } else if errors.count == DecodingContext.maximumErrors {
            errors.append(DocumentError(path: "$", message: "more than \(DecodingContext.maximumErrors) errors; the rest are not listed"))
        }
    }

    func expected(_ what: String, found value: JSONValue, at path: JSONPath) {
        report(path, "expected \(what), found \(value.typeDescription)")
    }

    // MARK: Scalars

    /// Non-empty text.
    func string(_ value: JSONValue, at path: JSONPath) -> String? {
        guard case .string(let text) = value else {
            expected("a string", found: value, at: path)
            return nil
        }
        guard !text.isEmpty else {
            report(path, "empty string: use null when nothing was published")
            return nil
        }
        return text
    }

    /// Integer within `range`.
    func integer(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Int>, what: String = "an integer") -> Int? {
        guard case .number(let number) = value else {
            expected(what, found: value, at: path)
            return nil
        }
        guard let integer = number.intValue else {
            report(path, "expected \(what), found \(number.literal)")
            return nil
        }
        guard range.contains(integer) else {
            report(path, "\(integer) is out of range \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return integer
    }

    /// Exact amount (at most two decimals).
    func money(_ value: JSONValue, at path: JSONPath) -> Money? {
        guard case .number(let number) = value else {
            expected("an amount (number)", found: value, at: path)
            return nil
        }
        do {
            return try Money(jsonNumber: number)
        } catch {
            switch error {
            case .tooManyDecimals(let literal, _): report(path, "amount \(literal) has more than 2 decimal places")
            case .outOfRange(let literal): report(path, "amount \(literal) is out of range (at most 999999999999.99)")
            case .notANumber(let literal): report(path, "amount \(literal) is not a number")
            }
            return nil
        }
    }

    /// Exact decimal (scores, weights).
    func score(_ value: JSONValue, at path: JSONPath) -> Score? {
        guard case .number(let number) = value else {
            expected("a number", found: value, at: path)
            return nil
        }
        do {
            let score = try ExactDecimal(jsonNumber: number)
            guard score.magnitude(atMost: 1_000_000) else {
                report(path, "\(number.literal) is out of range (at most 1000000)")
                return nil
            }
            return score
        } catch {
            report(path, "\(number.literal) is not an exact decimal: \(error)")
            return nil
        }
    }

    /// An array's elements with their paths.
    func array(_ value: JSONValue, at path: JSONPath) -> [(JSONValue, JSONPath)]? {
        guard case .array(let elements) = value else {
            expected("an array", found: value, at: path)
            return nil
        }
        return elements.enumerated().map { ($0.element, path / $0.offset) }
    }

    /// An object reader (reports a wrong type).
    func object(_ value: JSONValue, at path: JSONPath) -> ObjectReader? {
        guard case .object(let object) = value else {
            expected("an object", found: value, at: path)
            return nil
        }
        return ObjectReader(object: object, path: path, context: self)
    }
}

extension ExactDecimal {
    /// Whether |self| ≤ `limit`.
    func magnitude(atMost limit: Int64) -> Bool {
        self <= ExactDecimal(significand: limit, scale: 0) && self >= ExactDecimal(significand: -limit, scale: 0)
    }
}
