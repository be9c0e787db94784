/// Canonical JSON of a single scorecard, for API responses.
extension Scorecard {
    /// The scorecard exactly as it appears in the canonical document.
    public func jsonValue() -> JSONValue {
        DisclosureEncoder.encode(self)
    }
}
