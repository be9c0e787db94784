/// What a narrative section (情况说明 一…十五, or a 绩效评价报告 section) is about, read from its title; it decides
/// which table figure a stated amount names.
enum NarrativeTopic: Sendable, Hashable {
    /// 一 收入支出决算总体情况.
    case overall
    /// 二 收入决算情况.
    case income
    /// 三 支出决算情况.
    case expenditure
    /// 四 财政拨款收入支出决算总体情况.
    case appropriationOverall
    /// 五 一般公共预算财政拨款支出决算情况.
    case generalBudget
    /// 六 一般公共预算财政拨款基本支出决算情况.
    case basic
    /// 七 三公经费.
    case threePublic
    /// 八 政府性基金.
    case governmentFund
    /// 九 国有资本经营预算.
    case stateCapital
    /// 十 机关运行经费.
    case operatingCosts
    /// 十一 一般性支出 (会议费, 培训费).
    case generalSpending
    /// 十二 政府采购.
    case procurement
    /// 十三 国有资产占用.
    case assets
    /// 十四 绩效评价, and report sections on funds use.
    case performance
    /// 绩效评价报告 预算收支情况.
    case reportBudget
    /// Anything else.
    case other

    init(title: String) {
        let rules: [(String, NarrativeTopic)] = [
            ("三公", .threePublic), ("机关运行经费", .operatingCosts), ("一般性支出", .generalSpending),
            ("政府采购", .procurement), ("国有资产", .assets), ("绩效", .performance), ("资金使用", .performance),
            ("政府性基金", .governmentFund), ("国有资本经营", .stateCapital), ("基本支出", .basic),
            ("一般公共预算财政拨款支出", .generalBudget), ("财政拨款收入支出", .appropriationOverall),
            ("收入支出决算总体", .overall), ("收入决算", .income), ("支出决算", .expenditure), ("预算收支", .reportBudget),
        ]
        self = rules.first { title.includes($0.0) }?.1 ?? .other
    }
}
