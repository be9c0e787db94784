/// The decoded path parameters of a matched route, by template name (`{dept}` → `dept`).
///
/// Typed accessors throw 400 problem+json naming the parameter when a value does not parse.
public struct RouteParameters: Sendable, Hashable {
    /// Name/value pairs in template order.
    public private(set) var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) { self.pairs = pairs }

    public static func == (lhs: RouteParameters, rhs: RouteParameters) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    /// The raw decoded value; nil if the template has no such parameter.
    public subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// The value of a parameter the template declares; a missing one is a programming error → 500.
    public func string(_ name: String) throws -> String {
        guard let value = self[name] else { throw RouteParameterMissing(name: name) }
        return value
    }

    /// The value as a decimal integer within `range` (ASCII digits only, optional leading `-`).
    public func int(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int {
        let text = try string(name)
        guard let value = DecimalInteger.parse(text), range.contains(value) else {
            throw APIError.invalidParameter(name, in: .path, reason: DecimalInteger.rangeReason(range, got: text))
        }
        return value
    }
}

/// A handler asked for a path parameter its route template does not declare (a programming error).
struct RouteParameterMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "route has no path parameter '\(name)'" }
}
