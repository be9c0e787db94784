/// Exact decimals as JSON numbers.
extension ExactDecimal {
    /// The shortest exact form as a JSON number (`2.5`, `10`).
    public var jsonNumber: JSONNumber { JSONNumber(validatedLiteral: description) }

    /// The value rounded half-up to `places` and written with exactly that many decimals (`96.60`).
    public func jsonNumber(places: Int) -> JSONNumber { JSONNumber(validatedLiteral: formatted(places: places)) }
}
