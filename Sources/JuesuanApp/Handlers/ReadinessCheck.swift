/// One dependency `/readyz` checks, e.g. `storage`: a name and a call that throws when the dependency
/// cannot serve (the storage layer's ping).
public struct ReadinessCheck: Sendable {
    public let name: String
    public let check: @Sendable () throws -> Void

    public init(name: String, check: @escaping @Sendable () throws -> Void) {
        self.name = name
        self.check = check
    }
}
