/// A government department (部门) that publishes final accounts, e.g. 株洲市石峰区司法局.
public struct Department: Sendable, Hashable {
    /// Stable ASCII identifier used in URLs and storage: `[a-z0-9][a-z0-9_-]*`, at most 64 characters
    /// (`shifeng-sifaju`).
    public var id: String
    /// Official name as published.
    public var name: String
    /// Administrative region from province down, e.g. `["湖南省", "株洲市", "石峰区"]`.
    public var region: [String]

    public init(id: String, name: String, region: [String]) {
        self.id = id
        self.name = name
        self.region = region
    }

    /// Whether `id` is an acceptable department or scorecard identifier.
    public static func isValidIdentifier(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard !bytes.isEmpty, bytes.count <= 64 else { return false }
        func isLowerAlnum(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }
        guard isLowerAlnum(bytes[0]) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }
}
