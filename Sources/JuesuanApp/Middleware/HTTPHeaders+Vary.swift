public import JuesuanHTTP

extension HTTPHeaders {
    /// Adds `token` to the `Vary` field (one field, comma-separated), unless it is already listed.
    public mutating func addVary(_ token: String) {
        guard let existing = value("Vary") else {
            add(name: "Vary", value: token)
            return
        }
        if containsToken(token, inField: "Vary") || containsToken("*", inField: "Vary") { return }
        replaceOrAdd(name: "Vary", value: existing + ", " + token)
    }
}
