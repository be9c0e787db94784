/// Family 5: required tables, empty-table reasons, printed numbering, catalogue codes and names.
extension CheckRun {
    mutating func checkCompleteness() {
        checkRequiredTables()
        checkTableNumbers()
        checkCatalogue()
    }

    mutating func checkRequiredTables() {
        for kind in TableKind.standardNine {
            let present = disclosure.tables.first { table in
                table.state != .notPublished && (table.kind == kind || table.kind.number == kind.number)
            }
            if present == nil {
                add(CheckFinding(
                    rule: .requiredTable,
                    message: "table \(CheckRun.twoDigits(kind.number)) \(kind.title) is not in the disclosure",
                    locations: [CheckLocation(kind: .table, table: kind.id)]))
            }
        }
        for table in disclosure.tables {
            guard case .empty(let reason) = table.state else { continue }
            if (reason?.trimmingWhitespace() ?? "").isEmpty {
                add(CheckFinding(
                    rule: .emptyReason, message: "table \(table.title) is published empty without the sentence saying why",
                    locations: [CheckLocation(kind: .table, table: table.kind.id, field: "empty_reason")]))
            }
        }
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// The number in a printed table number (`公开 01 表` → 1, `公开表 06 表` → 6), nil when none.
    static func printedTableNumber(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = text.filter { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }

    mutating func checkTableNumbers() {
        var seen: [Int: String] = [:]
        for table in disclosure.tables where table.state != .notPublished {
            let here = CheckLocation(kind: .table, table: table.kind.id, quote: table.printedNumber, field: "printed_number")
            let expected = "公开\(CheckRun.twoDigits(table.kind.number))表"
            guard let number = CheckRun.printedTableNumber(table.printedNumber) else {
                add(CheckFinding(rule: .tableNumber, message: "table \(table.title) prints no table number (expected \(expected))",
                                 locations: [here], expected: .text(expected), stated: .text("(none)")))
                continue
            }
            if number != table.kind.number {
                let duplicate = seen[number].map { ", the number of \($0)" } ?? ""
                add(CheckFinding(
                    rule: .tableNumber,
                    message: "table \(table.title) prints “\(table.printedNumber ?? "")”\(duplicate); expected \(expected)",
                    locations: [here], expected: .text(expected), stated: .text(table.printedNumber ?? "")))
            }
            if seen[number] == nil { seen[number] = table.title }
        }
    }

    mutating func checkCatalogue() {
        guard let catalog else { return }
        let index = CatalogIndex.of(catalog)
        var reported: [String: Int] = [:]
        for table in disclosure.tables where table.state == .data {
            guard let scheme = ClassificationScheme(layout: table.kind.layout) else { continue }
            for row in table.rows {
                let resolution = index.resolve(scheme, code: row.code, name: row.name)
                guard resolution.isProblem else { continue }
                let location = CheckLocation.cell(table.kind, row, column: nil)
                let key = "\(scheme.rawValue)|\(row.code ?? "")|\(row.name ?? "")"
                if let existing = reported[key] {
                    let previous = findings[existing]
                    findings[existing] = CheckFinding(
                        rule: CheckRule.rule(id: previous.ruleID)!, severity: previous.severity, message: previous.message,
                        locations: previous.locations + [location], expected: previous.expected, stated: previous.stated)
                    continue
                }
                switch resolution.status {
                case .nameMismatch(let expected):
                    let confirmed = resolution.entry?.confirmed ?? false
                    add(CheckFinding(
                        rule: .catalogueName, severity: confirmed ? .error : .warning,
                        message: "\(row.code ?? "") is \(expected) in the \(catalog.effectiveYear) catalogue\(confirmed ? "" : " (unconfirmed entry)"), the row says \(row.name ?? "")",
                        locations: [location], expected: .text(expected), stated: .text(row.name ?? "")))
                case .unknownCode(let suggestion):
                    add(CheckFinding(
                        rule: .catalogueCode,
                        message: "code \(row.code ?? "") (\(row.name ?? "")) is not in the \(catalog.effectiveYear) catalogue" + (suggestion.map { "; the name belongs to \($0)" } ?? ""),
                        locations: [location], expected: suggestion.map { .text($0) }, stated: .text(row.code ?? "")))
                case .ambiguous(let candidates):
                    add(CheckFinding(
                        rule: .catalogueCode,
                        message: "truncated code \(row.code ?? "") with name \(row.name ?? "") matches \(candidates.joined(separator: ", "))",
                        locations: [location], expected: .text(candidates.joined(separator: " | ")), stated: .text(row.code ?? "")))
                case .exact, .restored, .uncoded:
                    continue
                }
                reported[key] = findings.count - 1
            }
        }
    }
}
