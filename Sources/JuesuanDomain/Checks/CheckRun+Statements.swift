/// Family 3, structured statements: staffing (概况), 政府采购, vehicles.
extension CheckRun {
    mutating func checkStatements() {
        if let staffing = disclosure.profile.staffing, let actual = staffing.actual,
           let inService = staffing.inService, let cadres = staffing.retiredCadres, let retired = staffing.retired,
           inService + cadres + retired != actual {
            add(CheckFinding(
                rule: .staffing,
                message: "实有人数 \(actual) but 在职 \(inService) + 离休 \(cadres) + 退休 \(retired) = \(inService + cadres + retired)",
                locations: [CheckLocation(kind: .profile, quote: "实有人数\(actual)人", field: "staffing.actual")],
                expected: .count(inService + cadres + retired), stated: .count(actual)))
        }
        if let procurement = disclosure.procurement {
            let field = { (name: String) in CheckLocation(kind: .statement, field: "procurement.\(name)") }
            let parts = [procurement.goods, procurement.works, procurement.services].compactMap { $0 }
            if let total = procurement.total, parts.count >= 2 {
                compareAmount(.procurement, stated: total, expected: parts.sum(), parts: parts.count,
                              locations: [field("total"), field("goods"), field("works"), field("services")],
                              message: "政府采购支出总额 \(total.text) but 货物 + 工程 + 服务 = \(parts.sum().text)")
            }
            if let total = procurement.total, let sme = procurement.sme, sme > total {
                add(CheckFinding(rule: .procurement, message: "授予中小企业合同金额 \(sme.text) exceeds 政府采购支出总额 \(total.text)",
                                 locations: [field("sme"), field("total")], expected: .amount(total), stated: .amount(sme)))
            }
            if let sme = procurement.sme, let micro = procurement.micro, micro > sme {
                add(CheckFinding(rule: .procurement, message: "授予小微企业合同金额 \(micro.text) exceeds 授予中小企业合同金额 \(sme.text)",
                                 locations: [field("micro"), field("sme")], expected: .amount(sme), stated: .amount(micro)))
            }
        }
        if let vehicles = disclosure.assets?.vehicles, let total = vehicles.total, !vehicles.byUse.isEmpty {
            let sum = vehicles.byUse.reduce(0) { $0 + $1.count }
            if sum != total {
                add(CheckFinding(
                    rule: .narrativeCount, message: "共有车辆 \(total) but the vehicles by use add up to \(sum)",
                    locations: [CheckLocation(kind: .statement, field: "assets.vehicles.total")],
                    expected: .count(sum), stated: .count(total)))
            }
        }
    }
}
