/// Vehicles held at year end (车辆): the total and the counts by use in published order.
public struct VehicleHoldings: Sendable, Hashable {
    public var total: Int?
    public var byUse: [VehicleCount]

    public init(total: Int?, byUse: [VehicleCount] = []) {
        self.total = total
        self.byUse = byUse
    }
}
