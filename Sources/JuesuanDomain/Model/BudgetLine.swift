/// 年初预算 / 调整预算 against 决算 for one functional 项, as stated in the narrative (情况说明 五(三)).
/// Amounts in the disclosure's unit.
public struct BudgetLine: Sendable, Hashable {
    /// Functional code the line refers to, when identifiable.
    public var code: String?
    /// 项 name, e.g. 行政运行.
    public var name: String
    /// The path as printed, e.g. 公共安全支出（类）司法（款）行政运行（项）.
    public var statedPath: String?
    /// 年初预算数.
    public var initialBudget: Money?
    /// 调整预算数, where published.
    public var adjustedBudget: Money?
    /// 支出决算数.
    public var finalAmount: Money?
    /// The published 完成年初预算 percentage text without the sign (`108.79`), verbatim.
    public var statedExecutionPercent: String?

    public init(
        code: String? = nil, name: String, statedPath: String? = nil, initialBudget: Money? = nil,
        adjustedBudget: Money? = nil, finalAmount: Money? = nil, statedExecutionPercent: String? = nil
    ) {
        self.code = code
        self.name = name
        self.statedPath = statedPath
        self.initialBudget = initialBudget
        self.adjustedBudget = adjustedBudget
        self.finalAmount = finalAmount
        self.statedExecutionPercent = statedExecutionPercent
    }
}
