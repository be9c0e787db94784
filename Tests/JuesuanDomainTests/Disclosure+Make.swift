@testable import JuesuanDomain

/// Test fixtures: small but complete disclosures with real seed values, every part present.
extension Disclosure {
    static func make(
        id: String = "shifeng-sifaju",
        fiscalYear: Int = 2020,
        tables: [DisclosureTable] = [.makeIncome(), .makeSummary(), .makeBasic(), .makeThreePublic(), .makeEmptyFund()],
        scorecards: [Scorecard] = [.make()]
    ) -> Disclosure {
        Disclosure(
            department: Department(id: id, name: "株洲市石峰区司法局", region: ["湖南省", "株洲市", "石峰区"]),
            fiscalYear: fiscalYear,
            unit: .tenThousandYuan,
            publishedOn: CalendarDate(year: 2021, month: 9, day: 30),
            source: SourceReference(reference: "seeds/000_76647baae9ed1fbe.txt", title: "2020年度株洲市石峰区司法局部门决算"),
            profile: Profile(
                duties: ["(一) 承担全面依法治区重大问题的政策研究。", "(九) 完成区委、区政府交办的其它任务。"],
                internalStructure: "(一) 内设机构设置。本部门共有行政编制21名。",
                internalUnits: ["办公室", "法制股"],
                staffing: Staffing(establishmentKind: "行政编制", establishment: 21, actual: 25, inService: 20, retiredCadres: 1, retired: 5),
                unitsCovered: ["石峰区司法局本级"],
                unitsCoveredText: "(二) 决算单位构成。"
            ),
            tables: tables,
            budgetLines: [
                BudgetLine(
                    code: "2040601", name: "行政运行", statedPath: "公共安全支出（类）司法（款）行政运行（项）",
                    initialBudget: Money(cents: 37931), adjustedBudget: nil, finalAmount: Money(cents: 41264),
                    statedExecutionPercent: "108.79"
                ),
            ],
            operatingCosts: OperatingCosts(amount: Money(cents: 3515)),
            meetingsTraining: MeetingsTraining(
                meetings: SpendingItem(amount: Money(cents: 4), people: 30, purpose: "召开依法治区会议"),
                training: SpendingItem(amount: Money(cents: 38), people: 100, purpose: "开展社区矫正、人民调解培训")
            ),
            procurement: Procurement(
                total: Money(cents: 6177), goods: Money(cents: 4385), works: .zero, services: Money(cents: 1792),
                sme: Money(cents: 6177), micro: .zero
            ),
            assets: Assets(
                vehicles: VehicleHoldings(total: 1, byUse: [VehicleCount(use: "主要领导干部用车", count: 0), VehicleCount(use: "执法执勤用车", count: 1)]),
                generalEquipmentOver500k: 0, specialEquipmentOver1m: 0
            ),
            narrative: [NarrativeSection(number: "一", title: "收入支出决算总体情况说明", text: "2020年度收、支总计644.43万元。")],
            glossary: [GlossaryEntry(term: "财政拨款收入", definition: "指单位从同级财政部门取得的财政预算资金。")],
            performanceReport: [PerformanceReportSection(title: "一、预算单位基本情况", text: "本部门无下属预算单位。")],
            scorecards: scorecards
        )
    }
}

extension DisclosureTable {
    static func makeIncome() -> DisclosureTable {
        func row(_ code: String?, _ name: String, _ total: Int64, _ appropriation: Int64, _ other: Int64) -> TableRow {
            TableRow(code: code, name: name, values: [
                "total": Money(cents: total), "appropriation": Money(cents: appropriation), "superior_subsidy": .zero,
                "public_service": .zero, "operating": .zero, "affiliate_remittance": .zero, "other": Money(cents: other),
            ])
        }
        return DisclosureTable(
            kind: .income, printedNumber: "公开 02 表", title: "收入决算表", note: "注: 本表反映部门本年度取得的各项收入情况。",
            rows: [
                row(nil, "合计", 64443, 62252, 2191),
                row("204", "公共安全支出", 62065, 62065, 0),
                row("2040601", "行政运行", 41264, 41264, 0),
                row("229", "其他支出", 2191, 0, 2191),
            ]
        )
    }

    static func makeSummary() -> DisclosureTable {
        DisclosureTable(
            kind: .incomeExpenditureSummary, printedNumber: "公开 01 表", title: "收入支出决算总表", note: "注：1.本表反映部门本年度的总收入和年末结转结余情况。",
            rows: [
                TableRow(side: .income, line: 1, name: "一、一般公共预算财政拨款收入", values: ["amount": Money(cents: 62252)]),
                TableRow(side: .income, line: 9, name: nil, values: [:]),
                TableRow(side: .expenditure, line: 35, name: "四、公共安全支出", values: ["amount": Money(cents: 62065)]),
                TableRow(side: .income, line: 31, name: "总计", values: ["amount": Money(cents: 64443)]),
                TableRow(side: .expenditure, line: 62, name: "总计", values: ["amount": Money(cents: 64443)]),
            ]
        )
    }

    static func makeBasic() -> DisclosureTable {
        DisclosureTable(
            kind: .generalBudgetBasicExpenditure, printedNumber: "公开表 06 表", title: "一般公共预算财政拨款基本支出决算表",
            rows: [
                TableRow(code: "301", name: "工资福利支出", values: ["actual": Money(cents: 35678)]),
                TableRow(code: "3010", name: "基本工资", values: ["actual": Money(cents: 11687)]),
                TableRow(code: "3010", name: "津贴补贴", values: ["actual": Money(cents: 8809)]),
                TableRow(code: "3021", name: "因公出国（境）费用", values: ["actual": .zero]),
                TableRow(code: "3999", name: "其他支出", values: ["actual": .zero]),
            ]
        )
    }

    static func makeThreePublic() -> DisclosureTable {
        var values: [String: Money] = [:]
        for column in TableKind.threePublic.allColumns { values[column.key] = .zero }
        for key in ["budget_total", "budget_vehicles", "budget_vehicle_operation", "actual_total", "actual_vehicles", "actual_vehicle_operation"] {
            values[key] = Money(cents: 108)
        }
        return DisclosureTable(kind: .threePublic, printedNumber: "公开 07 表", rows: [TableRow(name: nil, values: values)])
    }

    static func makeEmptyFund() -> DisclosureTable {
        DisclosureTable(
            kind: .governmentFund, printedNumber: "公开 08 表",
            state: .empty(reason: "2020 年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。"),
            note: "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况"
        )
    }
}

extension Scorecard {
    static func make(id: String = "yifa-zhiqu") -> Scorecard {
        Scorecard(
            id: id, kind: .project, name: "依法治区工作", subProject: "依法治区工作", totalInvestment: Money(cents: 3712),
            ofWhichAppropriation: Money(cents: 3712), period: "全年",
            funds: ScorecardFunds(
                total: FundRow(initialBudget: Money(cents: 3712), fullYearBudget: Money(cents: 3712), executed: Money(cents: 3712)),
                currentYearAppropriation: FundRow(initialBudget: Money(cents: 3712), fullYearBudget: Money(cents: 3712)),
                weight: 10, publishedExecutionRate: "100%", publishedScore: 10
            ),
            goals: [ScorecardGoal(expected: "依法治区工作: 提高依法行政水平。", achieved: "一是建立健全行政应诉体制机制。")],
            indicators: [
                ScorecardIndicator(level1: "产出指标", level2: "数量指标", name: "收到行政诉讼案件(≥, 件)", targetText: "34件", actualText: "34件", weight: 8, publishedScore: 8),
                ScorecardIndicator(level1: "效益指标", level2: "社会效益指标", name: "促进依法行政水平", targetText: "不断提高", actualText: "不断提高",
                                   weight: ExactDecimal(significand: 75, scale: 1), publishedScore: ExactDecimal(significand: 75, scale: 1)),
            ],
            publishedTotal: ScorecardTotal(weight: 100, score: 100), publishedGrade: "优"
        )
    }
}
