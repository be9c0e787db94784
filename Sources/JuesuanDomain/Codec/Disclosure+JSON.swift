/// Reading and writing a disclosure as its canonical JSON document (docs/canonical-format.md).
extension Disclosure {
    /// Decodes a document from bytes: strict JSON parsing (a malformed document gives one error with line and
    /// column), then the model with every error collected, each naming its JSON path.
    public init(jsonBytes: some Sequence<UInt8>, parser: JSONParser = JSONParser()) throws(DisclosureDecodingError) {
        let root: JSONValue
        do {
            root = try parser.parse(jsonBytes)
        } catch {
            throw DisclosureDecodingError(errors: [DocumentError(error)])
        }
        try self.init(json: root)
    }

    /// Decodes a document from an already parsed JSON value, collecting every error.
    public init(json: JSONValue) throws(DisclosureDecodingError) {
        switch DisclosureDecoder().decode(json) {
        case .success(let disclosure): self = disclosure
        case .failure(let error): throw error
        }
    }

    /// The canonical JSON value of this disclosure.
    public func jsonValue() -> JSONValue {
        DisclosureEncoder.encode(self)
    }

    /// The canonical bytes: `.pretty` is the stored/exported form (2-space indent, trailing newline), `.compact`
    /// the one-line form.
    public func canonicalJSON(style: JSONWriter.Style = .pretty) -> [UInt8] {
        JSONWriter(style: style).write(jsonValue())
    }

    /// Canonical form of a document: decode then encode. Export of an import equals this, byte for byte.
    public static func canonicalize(_ bytes: some Sequence<UInt8>, style: JSONWriter.Style = .pretty) throws(DisclosureDecodingError) -> [UInt8] {
        try Disclosure(jsonBytes: bytes).canonicalJSON(style: style)
    }
}
