/// 国有资产占用情况 as stated: vehicles, and counts of general equipment valued over 500,000 yuan (单位价值50万元以上
/// 通用设备) and special equipment over 1,000,000 yuan (100万元以上专用设备), in 台(套).
public struct Assets: Sendable, Hashable {
    public var vehicles: VehicleHoldings?
    public var generalEquipmentOver500k: Int?
    public var specialEquipmentOver1m: Int?

    public init(vehicles: VehicleHoldings?, generalEquipmentOver500k: Int? = nil, specialEquipmentOver1m: Int? = nil) {
        self.vehicles = vehicles
        self.generalEquipmentOver500k = generalEquipmentOver500k
        self.specialEquipmentOver1m = specialEquipmentOver1m
    }
}
