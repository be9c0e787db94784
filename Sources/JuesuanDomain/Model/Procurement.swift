/// 政府采购支出 as stated: total and its parts (货物 goods, 工程 works, 服务 services) and the contract amounts
/// awarded to small and medium enterprises (中小企业) and to micro enterprises (小微企业). Disclosure's unit.
public struct Procurement: Sendable, Hashable {
    public var total: Money?
    public var goods: Money?
    public var works: Money?
    public var services: Money?
    /// 授予中小企业合同金额.
    public var sme: Money?
    /// 授予小微企业合同金额.
    public var micro: Money?

    public init(
        total: Money?, goods: Money? = nil, works: Money? = nil, services: Money? = nil,
        sme: Money? = nil, micro: Money? = nil
    ) {
        self.total = total
        self.goods = goods
        self.works = works
        self.services = services
        self.sme = sme
        self.micro = micro
    }
}
