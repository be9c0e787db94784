/// Family 3, 年初预算 budget lines (情况说明 五(三)): each line's 决算 against table 05 and its printed path
/// against the names of its code's 类 and 款.
extension CheckRun {
    mutating func checkBudgetLines() {
        for (index, line) in disclosure.budgetLines.enumerated() {
            let here = CheckLocation(kind: .budgetLine, rowCode: line.code, rowName: line.name, section: String(index + 1),
                                     quote: line.statedPath, field: "final_amount")
            checkBudgetLineAmount(line, location: here)
            checkBudgetLinePath(line, location: here)
        }
    }

    mutating func checkBudgetLineAmount(_ line: BudgetLine, location: CheckLocation) {
        guard let code = line.code, let stated = line.finalAmount, let general = dataTable(.generalBudgetExpenditure) else { return }
        if let row = general.row(code: code), let expected = row["total"] {
            compareAmount(
                .budgetLineAmount, stated: stated, expected: expected, parts: 1,
                locations: [location, .cell(general.kind, row, column: "total")],
                message: "budget line \(code) \(line.name) states 支出决算 \(stated.text) but table 05 \(code) 小计 is \(expected.text)"
            )
            return
        }
        var elsewhere = ""
        if let expenditure = dataTable(.expenditure), let row = expenditure.row(code: code), let total = row["total"] {
            elsewhere = "; table 03 shows \(total.text)"
            if let income = dataTable(.income), let source = income.row(code: code),
               let appropriation = source["appropriation"], appropriation.isZero {
                elsewhere += ", funded without 财政拨款 (table 02 财政拨款收入 0.00)"
            }
        }
        add(CheckFinding(
            rule: .budgetLineAmount,
            message: "budget line \(code) \(line.name) (\(stated.text)) is stated as 财政拨款支出 but table 05 has no row \(code)\(elsewhere)",
            locations: [location, CheckLocation(kind: .table, table: general.kind.id)],
            expected: .amount(Money.zero), stated: .amount(stated)))
    }

    /// The printed name of a functional code in the tables (05, then 03, then 02), else the catalogue's.
    func functionalName(_ code: String) -> String? {
        for kind in [TableKind.generalBudgetExpenditure, .expenditure, .income] {
            if let name = dataTable(kind)?.row(code: code)?.name { return name }
        }
        return catalog?.entry(.functional, code: code)?.name
    }

    var catalog: ClassificationCatalog? {
        options.catalog ?? ClassificationCatalog.forYear(disclosure.fiscalYear)
    }

    /// `公共安全支出（类）司法（款）行政运行（项）` → (公共安全支出, 司法, 行政运行); half-width brackets too.
    static func pathComponents(_ path: String) -> (category: String?, section: String?, item: String?) {
        var found: [Unicode.Scalar: String] = [:]
        var current = String.UnicodeScalarView()
        var inside = String.UnicodeScalarView()
        var open = false
        for scalar in path.unicodeScalars {
            if scalar == "（" || scalar == "(" {
                open = true
                inside = String.UnicodeScalarView()
                continue
            }
            if open {
                if scalar == "）" || scalar == ")" {
                    open = false
                    let marker = String(inside)
                    if marker == "类" || marker == "款" || marker == "项" {
                        if let key = marker.unicodeScalars.first, found[key] == nil { found[key] = String(current).trimmingWhitespace() }
                        current = String.UnicodeScalarView()
                    } else {
                        current.append("（")
                        current.append(contentsOf: inside)
                        current.append("）")
                    }
                } else {
                    inside.append(scalar)
                }
                continue
            }
            current.append(scalar)
        }
        return (found["类"], found["款"], found["项"])
    }

    mutating func checkBudgetLinePath(_ line: BudgetLine, location: CheckLocation) {
        guard let code = line.code, code.count == 7, let path = line.statedPath else { return }
        let components = CheckRun.pathComponents(path)
        let levels: [(String?, String, String)] = [
            (components.category, String(code.prefix(3)), "类"), (components.section, String(code.prefix(5)), "款"),
            (components.item, code, "项"),
        ]
        for (stated, levelCode, level) in levels {
            guard let stated, !stated.isEmpty, let expected = functionalName(levelCode) else { continue }
            let normalizedStated = ClassificationCatalog.normalizedName(stated)
            let normalizedExpected = ClassificationCatalog.normalizedName(expected)
            // Paths often drop the final 支出 of a 类 name (公共安全（类）).
            guard normalizedStated != normalizedExpected, normalizedStated + "支出" != normalizedExpected else { continue }
            add(CheckFinding(
                rule: .budgetLinePath,
                message: "budget line \(code): the path names the \(level) “\(stated)” but \(levelCode) is \(expected)",
                locations: [location], expected: .text(expected), stated: .text(stated)))
        }
    }
}
