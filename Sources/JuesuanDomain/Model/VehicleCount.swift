/// Number of vehicles held for one use (用途), e.g. 执法执勤用车: 1.
public struct VehicleCount: Sendable, Hashable {
    /// The use as published, e.g. 主要领导干部用车.
    public var use: String
    public var count: Int

    public init(use: String, count: Int) {
        self.use = use
        self.count = count
    }
}
