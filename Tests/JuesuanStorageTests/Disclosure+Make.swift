import JuesuanDomain

extension Disclosure {
    /// A small but complete disclosure for storage tests: a two-sided table, a coded table with a blank cell, an
    /// empty-by-rule table, a budget line and a scorecard. `bump` (cents) is added to the coded 行政运行 amount so
    /// tests can make "the same disclosure, different content".
    static func make(
        departmentID: String = "shifeng-sifaju", name: String = "株洲市石峰区司法局",
        region: [String] = ["湖南省", "株洲市", "石峰区"], year: Int = 2020, unit: AmountUnit = .tenThousandYuan,
        bump: Int64 = 0
    ) -> Disclosure {
        let administration = Money(cents: 41_264 + bump)
        return Disclosure(
            department: Department(id: departmentID, name: name, region: region),
            fiscalYear: year, unit: unit, publishedOn: CalendarDate(year: year + 1, month: 9, day: 30),
            source: SourceReference(reference: "tests/\(departmentID)-\(year)", title: "\(year)年度\(name)部门决算"),
            profile: Profile(duties: ["（一）承担全面依法治区工作。"], internalUnits: ["办公室", "法制股"]),
            tables: [
                DisclosureTable(kind: .incomeExpenditureSummary, printedNumber: "公开01表", rows: [
                    TableRow(side: .income, line: 1, name: "一、一般公共预算财政拨款收入", values: ["amount": Money(cents: 62_252)]),
                    TableRow(side: .expenditure, line: 32, name: "一、一般公共服务支出", values: ["amount": Money(cents: 188)]),
                ]),
                DisclosureTable(kind: .income, printedNumber: "公开02表", rows: [
                    TableRow(name: "合计", values: ["total": Money(cents: 62_252), "appropriation": Money(cents: 62_252)]),
                    TableRow(code: "2040601", name: "行政运行", values: ["total": administration, "appropriation": administration]),
                ]),
                DisclosureTable(kind: .governmentFund, printedNumber: "公开08表",
                                state: .empty(reason: "本部门\(year)年度没有政府性基金预算财政拨款收入、支出和结余。")),
            ],
            budgetLines: [
                BudgetLine(code: "2040601", name: "行政运行", statedPath: "公共安全支出（类）司法（款）行政运行（项）",
                           initialBudget: Money(cents: 37_931), finalAmount: administration, statedExecutionPercent: "108.79"),
            ],
            scorecards: [
                Scorecard(
                    id: "department", kind: .department, name: "部门整体支出",
                    funds: ScorecardFunds(total: FundRow(initialBudget: Money(cents: 20_988), fullYearBudget: Money(cents: 20_988),
                                                         executed: Money(cents: 20_988)),
                                          weight: 10, publishedExecutionRate: "100%", publishedScore: 10),
                    goals: [ScorecardGoal(expected: "1、公共法律服务", achieved: "完成")],
                    indicators: [
                        ScorecardIndicator(level1: "产出指标", level2: "数量指标", name: "矛盾纠纷调解(≥,件)", targetText: "400",
                                           actualText: "460", weight: 2, publishedScore: 2),
                        ScorecardIndicator(level1: "效益指标", level2: "社会效益指标", name: "群众满意度", targetText: "≥95%",
                                           actualText: "98%", weight: ExactDecimal(significand: 25, scale: 1),
                                           publishedScore: ExactDecimal(significand: 25, scale: 1)),
                    ],
                    publishedTotal: ScorecardTotal(weight: 100, score: ExactDecimal(significand: 985, scale: 1)),
                    publishedGrade: "优"
                ),
            ]
        )
    }
}
