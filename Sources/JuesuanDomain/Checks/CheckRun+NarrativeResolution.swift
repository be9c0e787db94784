/// Which table figure a stated narrative amount names.
extension CheckRun {
    /// A table cell as an expectation.
    func cell(_ kind: TableKind, _ row: TableRow?, _ column: String, name: String) -> NarrativeExpectation? {
        guard let row, let value = row[column] else { return nil }
        return NarrativeExpectation(value: value, parts: 1, locations: [.cell(kind, row, column: column)], name: name)
    }

    /// A cell of a table that may be published empty: an empty table states 0.
    func cellOrZero(_ kind: TableKind, column: String, name: String) -> NarrativeExpectation? {
        guard let table = disclosure.table(kind) else { return nil }
        if table.state == .data, let total = table.totalRow {
            return cell(kind, total, column, name: name)
        }
        if case .empty = table.state {
            return NarrativeExpectation(value: .zero, parts: 1, locations: [CheckLocation(kind: .table, table: kind.id)],
                                        name: name + " (table published empty)")
        }
        return nil
    }

    /// Sum of table 06 group rows.
    func economicSum(_ codes: [String], name: String) -> NarrativeExpectation? {
        guard let table = dataTable(.generalBudgetBasicExpenditure) else { return nil }
        let rows = codes.compactMap(economicGroup)
        guard !rows.isEmpty, let value = CheckRun.sum(rows, "actual") else { return nil }
        return NarrativeExpectation(value: value, parts: rows.count,
                                    locations: rows.map { .cell(table.kind, $0, column: "actual") }, name: name)
    }

    func summary(_ side: RowSide, _ fragment: String, name: String) -> NarrativeExpectation? {
        guard let table = dataTable(.incomeExpenditureSummary) else { return nil }
        return cell(table.kind, CheckRun.row(table, side: side, containing: fragment), "amount", name: name)
    }

    func totalCell(_ kind: TableKind, _ column: String, name: String) -> NarrativeExpectation? {
        guard let table = dataTable(kind) else { return nil }
        return cell(kind, table.totalRow, column, name: name)
    }

    /// The figure a stated amount names, from the section topic and the figure's label (or, when the label names
    /// no category, the sentence subject).
    func expectation(for figure: NarrativeFigure, topic: NarrativeTopic) -> NarrativeExpectation? {
        let label = figure.label
        switch topic {
        case .overall:
            if label.includes("总计") { return summary(.income, "总计", name: "01 总计") }
        case .income, .reportBudget:
            let incomeColumns: [(String, String)] = [
                ("财政拨款收入", "appropriation"), ("上级补助收入", "superior_subsidy"), ("事业收入", "public_service"),
                ("经营收入", "operating"), ("附属单位上缴收入", "affiliate_remittance"), ("其他收入", "other"),
            ]
            if let match = incomeColumns.first(where: { label.includes($0.0) }) {
                return totalCell(.income, match.1, name: "02 合计 \(match.0)")
            }
            if label.includes("本年收入合计") || label.hasSuffix("收入") {
                return summary(.income, "本年收入合计", name: "01 本年收入合计")
            }
            if topic == .reportBudget {
                if label.includes("基本支出") { return totalCell(.expenditure, "basic", name: "03 合计 基本支出") }
                if label.includes("项目支出") { return totalCell(.expenditure, "project", name: "03 合计 项目支出") }
                if label.hasSuffix("支出") { return summary(.expenditure, "本年支出合计", name: "01 本年支出合计") }
            }
        case .expenditure:
            let columns: [(String, String)] = [
                ("本年支出合计", "total"), ("基本支出", "basic"), ("项目支出", "project"), ("上缴上级支出", "remitted_to_superior"),
                ("经营支出", "operating"), ("对附属单位补助支出", "subsidies_to_affiliates"),
            ]
            if let match = columns.first(where: { label.includes($0.0) }) {
                return totalCell(.expenditure, match.1, name: "03 合计 \(match.0)")
            }
            if let table = dataTable(.expenditure),
               let row = table.rows.first(where: { $0.code?.count == 3 && $0.name != nil && label.hasSuffix($0.name!) }) {
                return cell(.expenditure, row, "total", name: "03 \(row.code ?? "") \(row.name ?? "")")
            }
        case .appropriationOverall:
            guard let table = dataTable(.appropriationSummary) else { return nil }
            let income = CheckRun.row(table, side: .income, containing: "本年收入合计")
            if label.includes("总计"), let income, let incomeValue = income["amount"] {
                let opening = CheckRun.row(table, side: .income, containing: "年初")
                let value = incomeValue + (opening?["amount"] ?? .zero)
                let rows = [income] + (opening.map { [$0] } ?? [])
                return NarrativeExpectation(value: value, parts: rows.count,
                                            locations: rows.map { .cell(table.kind, $0, column: "amount") },
                                            name: "04 本年收入合计 + 年初财政拨款结转和结余")
            }
            if label.includes("收入") { return cell(table.kind, income, "amount", name: "04 本年收入合计") }
            if label.includes("支出") {
                return cell(table.kind, CheckRun.row(table, side: .expenditure, containing: "本年支出合计"), "total",
                            name: "04 本年支出合计")
            }
        case .generalBudget:
            if let classMarker = label.firstIndex(where: { $0 == "（" || $0 == "(" }), label.includes("类"),
               let table = dataTable(.generalBudgetExpenditure) {
                let stem = String(label[..<classMarker])
                if let row = table.rows.first(where: { $0.code?.count == 3 && ($0.name?.hasPrefix(stem) ?? false) }) {
                    return cell(table.kind, row, "total", name: "05 \(row.code ?? "") \(row.name ?? "")")
                }
                return NarrativeExpectation(value: .zero, parts: 1, locations: [CheckLocation(kind: .table, table: table.kind.id)],
                                            name: "05 (no 类 row \(stem))")
            }
            if label.includes("预算") && !label.includes("决算") { return nil }
            if label.includes("财政拨款支出") || label.includes("决算数") {
                return totalCell(.generalBudgetExpenditure, "total", name: "05 合计 小计")
            }
        case .basic:
            if label.includes("人员经费") { return economicSum(["301", "303"], name: "06 人员经费 (301 + 303)") }
            if label.includes("公用经费") { return economicSum(["302", "307", "310", "399"], name: "06 公用经费 (302 + 307 + 310 + 399)") }
            if label.includes("基本支出") { return totalCell(.generalBudgetExpenditure, "basic", name: "05 合计 基本支出") }
        case .threePublic:
            guard let table = disclosure.tables.first(where: { $0.kind.layout == .singleRow && $0.state == .data }),
                  let row = table.rows.first else { return nil }
            let categories: [(String, String, String)] = [
                ("因公出国", "overseas_travel", "因公出国(境)费"), ("公务接待", "reception", "公务接待费"),
                ("公务用车购置费及运行", "vehicles", "公务用车购置及运行费"), ("公务用车购置及运行", "vehicles", "公务用车购置及运行费"),
                ("公务用车购置", "vehicle_purchase", "公务用车购置费"), ("公务用车运行", "vehicle_operation", "公务用车运行费"),
                ("三公", "total", "合计"),
            ]
            let category = categories.first { label.includes($0.0) } ?? categories.first { figure.subject.includes($0.0) }
            guard let category else { return nil }
            let isBudget = label.includes("预算") && !label.includes("决算")
            let stage = isBudget ? "budget" : "actual"
            return cell(table.kind, row, "\(stage)_\(category.1)", name: "07 \(isBudget ? "预算数" : "决算数") \(category.2)")
        case .governmentFund:
            let columns: [(String, String)] = [
                ("年初结转", "opening_balance"), ("年末结转", "closing_balance"), ("基本支出", "expenditure_basic"),
                ("项目支出", "expenditure_project"), ("收入", "income"), ("支出", "expenditure_total"),
            ]
            if let match = columns.first(where: { label.includes($0.0) }) {
                return cellOrZero(.governmentFund, column: match.1, name: "08 合计 \(match.0)")
            }
        case .operatingCosts:
            if label.includes("机关运行经费"), var expectation = economicSum(["302", "307", "310", "399"], name: "06 公用经费") {
                expectation.rule = .operatingCosts
                return expectation
            }
        case .generalSpending:
            for (word, code) in [("会议费", "30215"), ("培训费", "30216")] where label.includes(word) {
                guard let line = economicRow(code: code, names: [word]), let value = line["actual"] else { return nil }
                return NarrativeExpectation(value: value, parts: 1, locations: [.cell(.generalBudgetBasicExpenditure, line, column: "actual")],
                                            name: "06 \(code) \(word)", rule: .generalSpending, relation: .atLeast)
            }
        case .stateCapital, .procurement, .assets, .performance, .other:
            break
        }
        return nil
    }

    /// The whole a share names (`本年支出合计`, `基本支出`, `项目支出预算总额`) when the section states no amount by that
    /// name: the table figure.
    func shareWhole(named name: String, topic: NarrativeTopic) -> NarrativeExpectation? {
        if name.includes("本年支出合计") { return summary(.expenditure, "本年支出合计", name: "01 本年支出合计") }
        if name.includes("本年收入合计") { return summary(.income, "本年收入合计", name: "01 本年收入合计") }
        if name.includes("基本支出") {
            return topic == .basic ? totalCell(.generalBudgetExpenditure, "basic", name: "05 合计 基本支出")
                : totalCell(.expenditure, "basic", name: "03 合计 基本支出")
        }
        if name.includes("项目支出") { return totalCell(.expenditure, "project", name: "03 合计 项目支出") }
        if name.includes("政府采购"), let total = disclosure.procurement?.total {
            return NarrativeExpectation(value: total, parts: 1, locations: [CheckLocation(kind: .statement, field: "procurement.total")],
                                        name: "政府采购支出总额")
        }
        return nil
    }

    /// The whole of an unnamed share when the sentence states none: the section's natural total.
    func defaultShareWhole(topic: NarrativeTopic) -> NarrativeExpectation? {
        switch topic {
        case .income: return summary(.income, "本年收入合计", name: "01 本年收入合计")
        case .expenditure: return summary(.expenditure, "本年支出合计", name: "01 本年支出合计")
        case .threePublic:
            guard let table = disclosure.tables.first(where: { $0.kind.layout == .singleRow && $0.state == .data }) else { return nil }
            return cell(table.kind, table.rows.first, "actual_total", name: "07 决算数 合计")
        case .generalBudget: return totalCell(.generalBudgetExpenditure, "total", name: "05 合计 小计")
        default: return nil
        }
    }
}
