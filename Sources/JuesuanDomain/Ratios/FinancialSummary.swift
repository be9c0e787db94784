/// The income and expenditure overview of one disclosure (收入支出概况), computed on request from its tables:
///
/// - income by source: the columns of 公开02表's 合计 row, each as a share of 本年收入合计;
/// - expenditure by functional 类: the 类 rows of 公开03表, each as a share of 本年支出合计 (03 合计);
/// - expenditure by type: 基本支出, 项目支出 and the other columns of 03 合计, shares of 本年支出合计;
/// - 基本支出 by economic group: 人员经费 and 公用经费 from 公开06表, grouped by the catalogue's
///   `EconomicGrouping` (standard: 301 + 303 and 302 + 307 + 310 + 399), shares of the general-budget 基本支出
///   (公开05表 合计 基本支出).
///
/// Every share is a `Ratio` (percent, 2 places, half-up). With the previous year's disclosure every line and total
/// also carries its year-over-year change. Amounts are in the disclosure's unit.
public struct FinancialSummary: Sendable, Hashable {
    public let fiscalYear: Int
    /// The previous fiscal year whose disclosure was used for year-over-year changes, nil when not stored.
    public let previousYear: Int?
    public let incomeTotal: AmountTotal
    public let income: [AmountLine]
    public let expenditureTotal: AmountTotal
    public let expenditureByClass: [AmountLine]
    public let expenditureByType: [AmountLine]
    public let basicExpenditureTotal: AmountTotal
    public let economicGroups: [AmountLine]
    /// The grouping rule used for 人员经费 / 公用经费.
    public let grouping: EconomicGrouping

    /// Computes the overview of `disclosure`; `previous` (the disclosure of the year before, same department) adds
    /// year-over-year changes.
    public init(disclosure: Disclosure, previous: Disclosure? = nil) {
        let previous = previous.flatMap { $0.fiscalYear == disclosure.fiscalYear - 1 ? $0 : nil }
        let grouping = ClassificationCatalog.forYear(disclosure.fiscalYear)?.economicGrouping ?? .standard

        func yoy(_ label: String, _ current: Money?, _ previousAmount: (Disclosure) -> Money?) -> YearOverYear? {
            guard let previous else { return nil }
            return YearOverYear(label: label, current: current, previous: previousAmount(previous), previousYear: previous.fiscalYear)
        }
        func line(key: String, label: String, source: String, amount: Money?, whole: AmountTotal, basis: String,
                  previousAmount: @escaping (Disclosure) -> Money?) -> AmountLine {
            AmountLine(
                key: key, label: label, source: source, amount: amount,
                share: Ratio(numerator: RatioTerm(label: "\(label) (\(source))", amount: amount), denominator: whole.term, basis: basis),
                yearOverYear: yoy(label, amount, previousAmount)
            )
        }

        // Income by source: 公开02表 合计 row.
        let incomeKind = TableKind.income
        let incomeTotalLabel = incomeKind.allColumns.first?.label ?? "本年收入合计"
        let incomeTotal = AmountTotal(
            label: incomeTotalLabel, source: "公开02表 合计", amount: Self.totalCell(disclosure, incomeKind, "total"),
            yearOverYear: yoy(incomeTotalLabel, Self.totalCell(disclosure, incomeKind, "total")) { Self.totalCell($0, incomeKind, "total") }
        )
        let income = incomeKind.allColumns.dropFirst().map { column in
            line(key: column.key, label: column.label, source: "公开02表 合计", amount: Self.totalCell(disclosure, incomeKind, column.key),
                 whole: incomeTotal, basis: "\(column.label) ÷ \(incomeTotalLabel)") { Self.totalCell($0, incomeKind, column.key) }
        }

        // Expenditure: 公开03表.
        let expenditureKind = TableKind.expenditure
        let expenditureTotalLabel = expenditureKind.allColumns.first?.label ?? "本年支出合计"
        let expenditureTotal = AmountTotal(
            label: expenditureTotalLabel, source: "公开03表 合计", amount: Self.totalCell(disclosure, expenditureKind, "total"),
            yearOverYear: yoy(expenditureTotalLabel, Self.totalCell(disclosure, expenditureKind, "total")) {
                Self.totalCell($0, expenditureKind, "total")
            }
        )
        let expenditureByClass = Self.classRows(disclosure).map { row in
            let code = row.code ?? ""
            let label = row.name ?? code
            return line(key: code, label: label, source: "公开03表 \(code)", amount: row["total"], whole: expenditureTotal,
                        basis: "\(label)支出 ÷ \(expenditureTotalLabel)") { previous in
                Self.classRows(previous).first { $0.code == code }?["total"]
            }
        }
        let expenditureByType = expenditureKind.allColumns.dropFirst().map { column in
            line(key: column.key, label: column.label, source: "公开03表 合计", amount: Self.totalCell(disclosure, expenditureKind, column.key),
                 whole: expenditureTotal, basis: "\(column.label) ÷ \(expenditureTotalLabel)") {
                Self.totalCell($0, expenditureKind, column.key)
            }
        }

        // 基本支出 by economic group: 公开06表 over 公开05表 合计 基本支出.
        let basicLabel = "一般公共预算财政拨款基本支出"
        let basicTotal = AmountTotal(
            label: basicLabel, source: "公开05表 合计 基本支出",
            amount: Self.totalCell(disclosure, .generalBudgetExpenditure, "basic"),
            yearOverYear: yoy(basicLabel, Self.totalCell(disclosure, .generalBudgetExpenditure, "basic")) {
                Self.totalCell($0, .generalBudgetExpenditure, "basic")
            }
        )
        let economicGroups = [(EconomicGrouping.Group.personnel, "人员经费", grouping.personnel),
                          (EconomicGrouping.Group.office, "公用经费", grouping.office)].map { group, label, codes in
            let source = "公开06表 " + codes.joined(separator: "+")
            return line(key: group.rawValue, label: label, source: source, amount: Self.groupAmount(disclosure, codes),
                        whole: basicTotal, basis: "\(label) (\(codes.joined(separator: " + "))) ÷ 基本支出") {
                Self.groupAmount($0, codes)
            }
        }
        self.fiscalYear = disclosure.fiscalYear
        self.previousYear = previous?.fiscalYear
        self.grouping = grouping
        self.incomeTotal = incomeTotal
        self.income = income
        self.expenditureTotal = expenditureTotal
        self.expenditureByClass = expenditureByClass
        self.expenditureByType = expenditureByType
        self.basicExpenditureTotal = basicTotal
        self.economicGroups = economicGroups
    }

    /// The `column` cell of the 合计 row of the table of `kind`, when the table has data.
    static func totalCell(_ disclosure: Disclosure, _ kind: TableKind, _ column: String) -> Money? {
        guard let table = disclosure.table(kind), table.state == .data else { return nil }
        return table.totalRow?[column]
    }

    /// The functional 类 rows (3-digit codes) of 公开03表.
    static func classRows(_ disclosure: Disclosure) -> [TableRow] {
        guard let table = disclosure.table(.expenditure), table.state == .data else { return [] }
        return table.rows.filter { $0.code?.count == 3 }
    }

    /// Σ over `codes` (economic 类) of 公开06表: each 类 row's 决算数, or when a 类 row is not printed, the sum of
    /// the rows coded under it. Nil when table 06 has no data.
    static func groupAmount(_ disclosure: Disclosure, _ codes: [String]) -> Money? {
        guard let table = disclosure.table(.generalBudgetBasicExpenditure), table.state == .data else { return nil }
        var total = Money.zero
        for category in codes {
            if let row = table.rows.first(where: { $0.code == category }) {
                total += row["actual"] ?? .zero
            } else {
                total += table.rows.filter { ($0.code?.count ?? 0) > 3 && $0.code!.hasPrefix(category) }.compactMap { $0["actual"] }.sum()
            }
        }
        return total
    }
}
