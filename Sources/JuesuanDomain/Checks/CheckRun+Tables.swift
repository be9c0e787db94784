/// Family 1: figures inside one table add up.
extension CheckRun {
    mutating func checkTables() {
        for table in disclosure.tables where table.state == .data {
            switch table.kind.layout {
            case .functionalCoded:
                checkFunctionalHierarchy(table)
                checkTotalRow(table)
                checkRowColumns(table)
            case .economicCoded:
                checkEconomicGroups(table)
            case .twoSided:
                checkSummaryLines(table)
                if table.kind == .incomeExpenditureSummary { checkSummaryBalance01(table) }
                if table.kind == .appropriationSummary {
                    checkRowColumns(table)
                    checkSummaryBalance04(table)
                }
            case .singleRow:
                checkThreePublicParts(table)
            }
        }
    }

    /// Sum of one column over rows; nil when every cell is blank.
    static func sum(_ rows: [TableRow], _ column: String) -> Money? {
        var total = Money.zero
        var any = false
        for row in rows {
            if let value = row[column] {
                total += value
                any = true
            }
        }
        return any ? total : nil
    }

    /// Compares `parent[column]` with the sum of `children[column]` for every column of the table.
    mutating func compareWithChildren(
        _ rule: CheckRule, table: DisclosureTable, parent: TableRow, children: [TableRow], what: String
    ) {
        guard !children.isEmpty else { return }
        for column in table.kind.columns(for: parent.side) {
            guard let stated = parent[column.key], let expected = CheckRun.sum(children, column.key) else { continue }
            let parentName = [parent.code, parent.name].compactMap { $0 }.joined(separator: " ")
            compareAmount(
                rule, stated: stated, expected: expected, parts: children.count,
                locations: [.cell(table.kind, parent, column: column.key)],
                message: "\(table.kind.title) \(parentName) \(column.label) is \(stated.text) but the \(children.count) \(what) below it add up to \(expected.text)"
            )
        }
    }

    mutating func checkFunctionalHierarchy(_ table: DisclosureTable) {
        for row in table.rows {
            guard let code = row.code, code.count == 3 || code.count == 5 else { continue }
            let childLength = code.count + 2
            let children = table.rows.filter { ($0.code?.count ?? 0) == childLength && $0.code!.hasPrefix(code) }
            compareWithChildren(.functionalHierarchy, table: table, parent: row, children: children,
                                what: code.count == 3 ? "款 rows" : "项 rows")
        }
    }

    mutating func checkTotalRow(_ table: DisclosureTable) {
        guard let total = table.totalRow else { return }
        let categories = table.rows.filter { $0.code?.count == 3 }
        compareWithChildren(.totalRow, table: table, parent: total, children: categories, what: "类 rows")
    }

    /// The total column and its part columns, per kind (and side).
    static func columnComposition(_ kind: TableKind, side: RowSide?) -> (total: String, parts: [String])? {
        switch kind.id {
        case TableKind.income.id:
            return ("total", ["appropriation", "superior_subsidy", "public_service", "operating", "affiliate_remittance", "other"])
        case TableKind.expenditure.id:
            return ("total", ["basic", "project", "remitted_to_superior", "operating", "subsidies_to_affiliates"])
        case TableKind.generalBudgetExpenditure.id, TableKind.stateCapital.id, TableKind.governmentFundExpenditure.id:
            return ("total", ["basic", "project"])
        case TableKind.governmentFund.id:
            return ("expenditure_total", ["expenditure_basic", "expenditure_project"])
        case TableKind.appropriationSummary.id:
            return side == .expenditure ? ("total", ["general_budget", "government_fund", "state_capital"]) : nil
        default:
            return nil
        }
    }

    mutating func checkRowColumns(_ table: DisclosureTable) {
        for row in table.rows {
            guard let composition = CheckRun.columnComposition(table.kind, side: row.side),
                  let stated = row[composition.total] else { continue }
            let parts = composition.parts.compactMap { row[$0] }
            guard !parts.isEmpty else { continue }
            let expected = parts.sum()
            let label = table.kind.columns(for: row.side).first { $0.key == composition.total }?.label ?? composition.total
            let name = [row.code, row.name].compactMap { $0 }.joined(separator: " ")
            compareAmount(
                .rowColumns, stated: stated, expected: expected, parts: parts.count,
                locations: [.cell(table.kind, row, column: composition.total)],
                message: "\(table.kind.title) \(name): \(label) is \(stated.text) but its part columns add up to \(expected.text)"
            )
        }
    }

    /// The first row of `side` whose name contains `fragment`.
    static func row(_ table: DisclosureTable, side: RowSide?, containing fragment: String) -> TableRow? {
        table.rows.first { (side == nil || $0.side == side) && ($0.name?.includes(fragment) ?? false) }
    }

    mutating func checkSummaryLines(_ table: DisclosureTable) {
        for (side, totalName) in [(RowSide.income, "本年收入合计"), (.expenditure, "本年支出合计")] {
            guard let total = CheckRun.row(table, side: side, containing: totalName), let totalLine = total.line else { continue }
            let lines = table.rows.filter { $0.side == side && ($0.line ?? Int.max) < totalLine }
            compareWithChildren(.summaryLines, table: table, parent: total, children: lines, what: "lines")
        }
    }

    mutating func checkSummaryBalance01(_ table: DisclosureTable) {
        var grandTotals: [RowSide: (TableRow, Money)] = [:]
        for (side, totalName) in [(RowSide.income, "本年收入合计"), (.expenditure, "本年支出合计")] {
            guard let total = CheckRun.row(table, side: side, containing: totalName), let totalLine = total.line,
                  let grand = CheckRun.row(table, side: side, containing: "总计"), let grandLine = grand.line,
                  let grandValue = grand["amount"] else { continue }
            grandTotals[side] = (grand, grandValue)
            let parts = table.rows.filter { $0.side == side && ($0.line ?? 0) >= totalLine && ($0.line ?? 0) < grandLine }
            compareWithChildren(.summaryBalance, table: table, parent: grand, children: parts,
                                what: "lines (\(totalName) and the balances)")
        }
        if let income = grandTotals[.income], let expenditure = grandTotals[.expenditure] {
            compareAmount(
                .summaryBalance, stated: expenditure.1, expected: income.1, parts: 1,
                locations: [.cell(table.kind, expenditure.0, column: "amount"), .cell(table.kind, income.0, column: "amount")],
                message: "\(table.kind.title): expenditure 总计 \(expenditure.1.text) differs from income 总计 \(income.1.text)"
            )
        }
    }

    mutating func checkSummaryBalance04(_ table: DisclosureTable) {
        guard let incomeTotal = CheckRun.row(table, side: .income, containing: "本年收入合计"),
              let incomeAmount = incomeTotal["amount"],
              let expenditureTotal = CheckRun.row(table, side: .expenditure, containing: "本年支出合计"),
              let expenditureAmount = expenditureTotal["total"] else { return }
        let opening = CheckRun.row(table, side: .income, containing: "年初")
        let closing = CheckRun.row(table, side: .expenditure, containing: "年末")
        let incomeSide = incomeAmount + (opening?["amount"] ?? .zero)
        let expenditureSide = expenditureAmount + (closing?["total"] ?? .zero)
        compareAmount(
            .summaryBalance, stated: expenditureSide, expected: incomeSide, parts: 2,
            locations: [.cell(table.kind, expenditureTotal, column: "total"), .cell(table.kind, incomeTotal, column: "amount")],
            message: "\(table.kind.title): 本年支出合计 + 年末结转和结余 = \(expenditureSide.text) but 本年收入合计 + 年初结转和结余 = \(incomeSide.text)"
        )
        if let opening, let openingLine = opening.line {
            let funds = table.rows.filter { $0.side == .income && ($0.line ?? 0) > openingLine && ($0.line ?? 0) <= openingLine + 3 }
            compareWithChildren(.summaryBalance, table: table, parent: opening, children: funds, what: "fund lines")
        }
    }

    mutating func checkEconomicGroups(_ table: DisclosureTable) {
        var group: TableRow?
        var members: [TableRow] = []
        func flush(_ run: inout CheckRun) {
            if let group { run.compareWithChildren(.economicGroups, table: table, parent: group, children: members, what: "款 rows") }
        }
        for row in table.rows {
            guard let code = row.code else { continue }
            if code.count == 3 {
                flush(&self)
                group = row
                members = []
            } else if let groupCode = group?.code, code.hasPrefix(groupCode) {
                members.append(row)
            }
        }
        flush(&self)
        if let total = table.totalRow {
            let groups = table.rows.filter { $0.code?.count == 3 }
            compareWithChildren(.totalRow, table: table, parent: total, children: groups, what: "类 rows")
        }
    }

    mutating func checkThreePublicParts(_ table: DisclosureTable) {
        guard let row = table.rows.first else { return }
        for prefix in ["budget", "actual"] {
            let stage = prefix == "budget" ? "预算数" : "决算数"
            if let vehicles = row["\(prefix)_vehicles"] {
                let parts = [row["\(prefix)_vehicle_purchase"], row["\(prefix)_vehicle_operation"]].compactMap { $0 }
                if !parts.isEmpty {
                    compareAmount(
                        .threePublicParts, stated: vehicles, expected: parts.sum(), parts: parts.count,
                        locations: [.cell(table.kind, row, column: "\(prefix)_vehicles")],
                        message: "三公 \(stage): 公务用车购置及运行费 \(vehicles.text) ≠ 购置费 + 运行费 = \(parts.sum().text)"
                    )
                }
            }
            if let total = row["\(prefix)_total"] {
                let parts = [row["\(prefix)_overseas_travel"], row["\(prefix)_vehicles"], row["\(prefix)_reception"]].compactMap { $0 }
                if !parts.isEmpty {
                    compareAmount(
                        .threePublicParts, stated: total, expected: parts.sum(), parts: parts.count,
                        locations: [.cell(table.kind, row, column: "\(prefix)_total")],
                        message: "三公 \(stage): 合计 \(total.text) ≠ 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费 = \(parts.sum().text)"
                    )
                }
            }
        }
    }
}
