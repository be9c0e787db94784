/// Family 2: the same figures agree between tables.
extension CheckRun {
    mutating func checkCrossTables() {
        checkIncome0102()
        checkExpenditure0103()
        checkAppropriation0204()
        checkGeneralBudget0405()
        checkBasic0506()
        checkThreePublic0607()
        checkFundTables()
        checkScorecardProjectFunds()
        checkScorecardCarryover()
    }

    /// A class name without its printed ordinal: `四、公共安全支出` → `公共安全支出`.
    static func className(_ name: String?) -> String? {
        guard let name else { return nil }
        if let separator = name.firstIndex(of: "、") { return String(name[name.index(after: separator)...]) }
        return name
    }

    /// Compares a cell of one table with a figure of another; `parts` is how many rounded figures `expected` sums.
    mutating func compareCells(
        _ rule: CheckRule, stated: (DisclosureTable, TableRow, String), expected: (DisclosureTable, TableRow, String),
        message: String
    ) {
        guard let left = stated.1[stated.2], let right = expected.1[expected.2] else { return }
        compareAmount(
            rule, stated: left, expected: right, parts: 1,
            locations: [.cell(stated.0.kind, stated.1, column: stated.2), .cell(expected.0.kind, expected.1, column: expected.2)],
            message: message + ": \(left.text) against \(right.text)"
        )
    }

    mutating func checkIncome0102() {
        guard let summary = dataTable(.incomeExpenditureSummary), let income = dataTable(.income),
              let total = income.totalRow else { return }
        let pairs: [([String], String)] = [
            (["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"], "appropriation"),
            (["上级补助收入"], "superior_subsidy"), (["事业收入"], "public_service"), (["经营收入"], "operating"),
            (["附属单位上缴收入"], "affiliate_remittance"), (["其他收入"], "other"), (["本年收入合计"], "total"),
        ]
        for (names, column) in pairs {
            let rows = names.compactMap { CheckRun.row(summary, side: .income, containing: $0) }
            guard !rows.isEmpty, let stated = CheckRun.sum(rows, "amount"), let expected = total[column] else { continue }
            compareAmount(
                .income0102, stated: stated, expected: expected, parts: 1,
                locations: rows.map { .cell(summary.kind, $0, column: "amount") } + [.cell(income.kind, total, column: column)],
                message: "01 \(names.joined(separator: " + ")) = \(stated.text) but 02 合计 \(column) = \(expected.text)"
            )
        }
    }

    mutating func checkExpenditure0103() {
        guard let summary = dataTable(.incomeExpenditureSummary), let expenditure = dataTable(.expenditure) else { return }
        let classes = expenditure.rows.filter { $0.code?.count == 3 }
        guard let totalLine = CheckRun.row(summary, side: .expenditure, containing: "本年支出合计")?.line else { return }
        for line in summary.rows where line.side == .expenditure && (line.line ?? .max) < totalLine {
            guard let name = CheckRun.className(line.name), let stated = line["amount"] else { continue }
            if let match = classes.first(where: { $0.name == name }) {
                compareCells(.expenditure0103, stated: (summary, line, "amount"), expected: (expenditure, match, "total"),
                             message: "01 \(name) differs from 03 \(match.code ?? "") \(name)")
            } else if !stated.isZero {
                add(CheckFinding(
                    rule: .expenditure0103, message: "01 \(name) is \(stated.text) but table 03 has no 类 row \(name)",
                    locations: [.cell(summary.kind, line, column: "amount")], expected: .amount(Money.zero),
                    stated: .amount(stated)))
            }
        }
        if let total = CheckRun.row(summary, side: .expenditure, containing: "本年支出合计"), let tableTotal = expenditure.totalRow {
            compareCells(.expenditure0103, stated: (summary, total, "amount"), expected: (expenditure, tableTotal, "total"),
                         message: "01 本年支出合计 differs from 03 合计")
        }
    }

    mutating func checkAppropriation0204() {
        guard let appropriation = dataTable(.appropriationSummary),
              let incomeTotal = CheckRun.row(appropriation, side: .income, containing: "本年收入合计") else { return }
        if let income = dataTable(.income), let total = income.totalRow {
            compareCells(.appropriation0204, stated: (income, total, "appropriation"), expected: (appropriation, incomeTotal, "amount"),
                         message: "02 合计 财政拨款收入 differs from 04 本年收入合计")
        }
        if let summary = dataTable(.incomeExpenditureSummary) {
            for line in 1...3 {
                guard let stated = summary.rows.first(where: { $0.side == .income && $0.line == line }),
                      let expected = appropriation.rows.first(where: { $0.side == .income && $0.line == line }) else { continue }
                compareCells(.appropriation0204, stated: (summary, stated, "amount"), expected: (appropriation, expected, "amount"),
                             message: "01 line \(line) \(stated.name ?? "") differs from 04 line \(line)")
            }
        }
    }

    mutating func checkGeneralBudget0405() {
        guard let appropriation = dataTable(.appropriationSummary), let general = dataTable(.generalBudgetExpenditure) else { return }
        let classes = general.rows.filter { $0.code?.count == 3 }
        guard let totalRow = CheckRun.row(appropriation, side: .expenditure, containing: "本年支出合计"),
              let totalLine = totalRow.line else { return }
        for line in appropriation.rows where line.side == .expenditure && (line.line ?? .max) < totalLine {
            guard let name = CheckRun.className(line.name), let stated = line["general_budget"] else { continue }
            if let match = classes.first(where: { $0.name == name }) {
                compareCells(.generalBudget0405, stated: (appropriation, line, "general_budget"), expected: (general, match, "total"),
                             message: "04 \(name) 一般公共预算财政拨款 differs from 05 \(match.code ?? "") 小计")
            } else if !stated.isZero {
                add(CheckFinding(
                    rule: .generalBudget0405, message: "04 \(name) 一般公共预算财政拨款 is \(stated.text) but table 05 has no 类 row \(name)",
                    locations: [.cell(appropriation.kind, line, column: "general_budget")], expected: .amount(Money.zero),
                    stated: .amount(stated)))
            }
        }
        if let total = general.totalRow {
            compareCells(.generalBudget0405, stated: (appropriation, totalRow, "general_budget"), expected: (general, total, "total"),
                         message: "04 本年支出合计 一般公共预算财政拨款 differs from 05 合计 小计")
        }
    }

    /// Group rows of table 06 by economic 类 code.
    func economicGroup(_ code: String) -> TableRow? {
        dataTable(.generalBudgetBasicExpenditure)?.rows.first { $0.code == code }
    }

    /// 人员经费 (301 + 303) and 公用经费 (302 + 307 + 310 + 399) of table 06 with the rows used.
    func personnelAndOffice() -> (personnel: [TableRow], office: [TableRow])? {
        guard dataTable(.generalBudgetBasicExpenditure) != nil else { return nil }
        let personnel = ["301", "303"].compactMap(economicGroup)
        let office = ["302", "307", "310", "399"].compactMap(economicGroup)
        guard !personnel.isEmpty || !office.isEmpty else { return nil }
        return (personnel, office)
    }

    mutating func checkBasic0506() {
        guard let basic = dataTable(.generalBudgetBasicExpenditure), let groups = personnelAndOffice(),
              let general = dataTable(.generalBudgetExpenditure), let total = general.totalRow,
              let expected = total["basic"] else { return }
        let rows = groups.personnel + groups.office
        guard let stated = CheckRun.sum(rows, "actual") else { return }
        compareAmount(
            .basic0506, stated: stated, expected: expected, parts: rows.count,
            locations: rows.map { .cell(basic.kind, $0, column: "actual") } + [.cell(general.kind, total, column: "basic")],
            message: "06 人员经费 + 公用经费 = \(stated.text) but 05 合计 基本支出 = \(expected.text)"
        )
    }

    /// The table 06 row for an economic 款, by printed code or, when the code was printed truncated, by name.
    func economicRow(code: String, names: [String]) -> TableRow? {
        guard let table = dataTable(.generalBudgetBasicExpenditure) else { return nil }
        if let exact = table.rows.first(where: { $0.code == code }) { return exact }
        let wanted = names.map(CatalogIndex.fold)
        return table.rows.first { row in
            guard let printed = row.code, printed.count < code.count, code.hasPrefix(printed), let name = row.name else { return false }
            return wanted.contains(CatalogIndex.fold(name))
        }
    }

    mutating func checkThreePublic0607() {
        guard let basic = dataTable(.generalBudgetBasicExpenditure),
              let threePublic = disclosure.tables.first(where: { $0.kind.layout == .singleRow && $0.state == .data }),
              let row = threePublic.rows.first else { return }
        let pairs: [(String, [String], String)] = [
            ("30212", ["因公出国（境）费用", "因公出国（境）费"], "actual_overseas_travel"),
            ("30217", ["公务接待费"], "actual_reception"),
            ("30231", ["公务用车运行维护费"], "actual_vehicle_operation"),
            ("31013", ["公务用车购置"], "actual_vehicle_purchase"),
        ]
        for (code, names, column) in pairs {
            guard let line = economicRow(code: code, names: names), let lineValue = line["actual"],
                  let ceiling = row[column], lineValue > ceiling else { continue }
            let label = threePublic.kind.allColumns.first { $0.key == column }?.label ?? column
            add(CheckFinding(
                rule: .threePublic0607,
                message: "06 \(code) \(line.name ?? "") = \(lineValue.text) exceeds 07 \(label) = \(ceiling.text)",
                locations: [.cell(basic.kind, line, column: "actual"), .cell(threePublic.kind, row, column: column)],
                expected: .amount(ceiling), stated: .amount(lineValue)))
        }
    }

    mutating func checkFundTables() {
        guard let appropriation = dataTable(.appropriationSummary),
              let total = CheckRun.row(appropriation, side: .expenditure, containing: "本年支出合计") else { return }
        let incomeLines = appropriation.rows.filter { $0.side == .income }
        let pairs: [(String, String, [TableKind], String)] = [
            ("government_fund", "政府性基金预算财政拨款", [.governmentFund, .governmentFundExpenditure], "08"),
            ("state_capital", "国有资本经营预算财政拨款", [.stateCapital], "09"),
        ]
        for (column, label, kinds, number) in pairs {
            let income = incomeLines.first { $0.line != nil && $0.line! <= 3 && ($0.name?.includes(label) ?? false) }?["amount"] ?? .zero
            let spent = total[column] ?? .zero
            let tables = kinds.compactMap { disclosure.table($0) }
            guard let table = tables.first else { continue }
            let hasFigures = table.state == .data && table.rows.contains { $0.values.values.contains { !$0.isZero } }
            let fundActive = !income.isZero || !spent.isZero
            if fundActive && !hasFigures {
                add(CheckFinding(
                    rule: .fundTables,
                    message: "04 \(label) has income \(income.text) / expenditure \(spent.text) but table \(number) \(table.title) has no figures",
                    locations: [.cell(appropriation.kind, total, column: column), CheckLocation(kind: .table, table: table.kind.id)],
                    expected: .amount(Money.zero), stated: .amount(spent)))
            } else if !fundActive && hasFigures {
                add(CheckFinding(
                    rule: .fundTables,
                    message: "04 \(label) is 0 but table \(number) \(table.title) has figures",
                    locations: [.cell(appropriation.kind, total, column: column), CheckLocation(kind: .table, table: table.kind.id)]))
            } else if hasFigures, let tableTotal = table.totalRow,
                      let tableSpent = tableTotal["expenditure_total"] ?? tableTotal["total"] {
                compareAmount(
                    .fundTables, stated: tableSpent, expected: spent, parts: 1,
                    locations: [.cell(table.kind, tableTotal, column: tableTotal["expenditure_total"] != nil ? "expenditure_total" : "total"),
                                .cell(appropriation.kind, total, column: column)],
                    message: "table \(number) 合计 expenditure differs from 04 \(label) 本年支出合计"
                )
            }
        }
    }

    mutating func checkScorecardProjectFunds() {
        let projects = disclosure.scorecards.filter { $0.kind == .project }
        guard !projects.isEmpty, let expenditure = dataTable(.expenditure), let total = expenditure.totalRow,
              let project = total["project"] else { return }
        let executed = projects.compactMap { $0.funds.total.executed ?? $0.funds.total.fullYearBudget }
        guard executed.count == projects.count else { return }
        compareAmount(
            .scorecardProjectFunds, stated: executed.sum(), expected: project, parts: executed.count,
            locations: projects.map { .scorecard($0.id, field: "funds.total.executed") } + [.cell(expenditure.kind, total, column: "project")],
            message: "the \(projects.count) project scorecards' 全年执行数 add up to \(executed.sum().text) but 03 合计 项目支出 = \(project.text)"
        )
    }

    mutating func checkScorecardCarryover() {
        let opening01 = dataTable(.incomeExpenditureSummary).flatMap { CheckRun.row($0, side: .income, containing: "年初结转和结余") }
        let opening04 = dataTable(.appropriationSummary).flatMap { CheckRun.row($0, side: .income, containing: "年初") }
        guard let reference = opening01 ?? opening04, let available = reference["amount"] else { return }
        let referenceKind: TableKind = opening01 != nil ? .incomeExpenditureSummary : .appropriationSummary
        for card in disclosure.scorecards {
            let row = card.funds.priorYearCarryover
            guard let carried = [row.fullYearBudget, row.initialBudget, row.executed].compactMap({ $0 }).max(),
                  carried > available else { continue }
            add(CheckFinding(
                rule: .scorecardCarryover,
                message: "scorecard \(card.name) counts 上年结转资金 \(carried.text) but table \(referenceKind == .incomeExpenditureSummary ? "01" : "04") \(reference.name ?? "年初结转和结余") is \(available.text)",
                locations: [.scorecard(card.id, field: "funds.prior_year_carryover"), .cell(referenceKind, reference, column: "amount")],
                expected: .amount(available), stated: .amount(carried)))
        }
    }
}
