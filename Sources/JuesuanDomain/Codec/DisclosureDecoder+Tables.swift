/// Decoding of `tables`: kinds, states, rows and their columns, duplicate detection.
extension DisclosureDecoder {
    func decodeTables(_ elements: [(JSONValue, JSONPath)]) -> [DisclosureTable] {
        var tables: [DisclosureTable] = []
        var firstPathByKind: [String: JSONPath] = [:]
        for (element, path) in elements {
            guard let table = decodeTable(element, path) else { continue }
            if let first = firstPathByKind[table.kind.id] {
                context.report(path / "kind", "duplicate table kind \"\(table.kind.id)\": already given at \(first)")
                continue
            }
            firstPathByKind[table.kind.id] = path
            tables.append(table)
        }
        return tables
    }

    private func decodeTable(_ element: JSONValue, _ path: JSONPath) -> DisclosureTable? {
        guard var reader = context.object(element, at: path) else { return nil }
        var kind: TableKind?
        if let id = reader.requiredString("kind") {
            kind = TableKind(id: id)
            if kind == nil {
                let known = TableKind.all.map(\.id).joined(separator: ", ")
                context.report(path / "kind", "unknown table kind \(JSONWriter.quoted(id)): expected one of \(known)")
            }
        }
        let printedNumber = reader.nullableString("printed_number")
        let title = reader.requiredString("title")
        let stateName = reader.requiredString("state")
        let emptyReason = reader.nullableString("empty_reason")
        let note = reader.nullableString("note")
        let rowElements = reader.requiredArray("rows")
        reader.finish()

        var state: TableState?
        switch stateName {
        case "data": state = .data
        case "empty": state = .empty(reason: emptyReason)
        case "not_published": state = .notPublished
        case nil: break
        case let other?:
            context.report(path / "state", "unknown state \(JSONWriter.quoted(other)): expected \"data\", \"empty\" or \"not_published\"")
        }
        if let state, emptyReason != nil, state != .empty(reason: emptyReason) {
            context.report(path / "empty_reason", "empty_reason must be null when state is \"\(state.name)\"")
        }
        if state == .notPublished, let rowElements, !rowElements.isEmpty {
            context.report(path / "rows", "a table that is not_published has no rows (found \(rowElements.count))")
        }
        guard let kind, let rowElements else { return nil }
        let rows = decodeRows(rowElements, kind: kind)
        guard let title, let state, let rows else { return nil }
        return DisclosureTable(kind: kind, printedNumber: printedNumber, title: title, state: state, note: note, rows: rows)
    }

    private struct RowIdentity: Hashable {
        let side: RowSide?
        let code: String?
        let name: String?
    }

    private func decodeRows(_ elements: [(JSONValue, JSONPath)], kind: TableKind) -> [TableRow]? {
        var rows: [TableRow] = []
        var failed = false
        var firstPathByIdentity: [RowIdentity: JSONPath] = [:]
        var firstPathByLine: [String: JSONPath] = [:]
        for (element, path) in elements {
            guard let row = decodeRow(element, path, kind: kind) else {
                failed = true
                continue
            }
            let identity = RowIdentity(side: row.side, code: row.code, name: row.name)
            if let first = firstPathByIdentity[identity] {
                let described = [row.side?.rawValue, row.code, row.name].compactMap { $0 }.joined(separator: " ")
                context.report(path, "duplicate row (same side, code and name: \(described.isEmpty ? "blank" : described)) as \(first)")
                failed = true
                continue
            }
            firstPathByIdentity[identity] = path
            if let line = row.line {
                let key = "\(row.side?.rawValue ?? "-") \(line)"
                if let first = firstPathByLine[key] {
                    context.report(path / "line", "duplicate 行次 \(line)\(row.side.map { " on the \($0.rawValue) side" } ?? "") as \(first)")
                    failed = true
                    continue
                }
                firstPathByLine[key] = path
            }
            rows.append(row)
        }
        return failed ? nil : rows
    }

    private func decodeRow(_ element: JSONValue, _ path: JSONPath, kind: TableKind) -> TableRow? {
        guard var reader = context.object(element, at: path) else { return nil }
        var failed = false
        var side: RowSide?
        var line: Int?
        if kind.isTwoSided {
            if let text = reader.requiredString("side") {
                side = RowSide(rawValue: text)
                if side == nil {
                    context.report(path / "side", "unknown side \(JSONWriter.quoted(text)): expected \"income\" or \"expenditure\"")
                }
            }
            if side == nil { failed = true }
            line = reader.requiredInteger("line", in: 1...9999)
            if line == nil { failed = true }
        } else {
            if let value = reader.optionalValue("side"), !value.isNull {
                context.report(path / "side", "side is only allowed in two-sided tables (01, 04); table kind \"\(kind.id)\" has none")
                failed = true
            }
            if let value = reader.optionalValue("line"), !value.isNull {
                line = context.integer(value, at: path / "line", in: 1...9999)
                if line == nil { failed = true }
            }
        }
        let errorsBeforeText = context.errors.count
        let code = reader.nullableString("code")
        let name = reader.nullableString("name")
        if context.errors.count != errorsBeforeText { failed = true }
        var values: [String: Money] = [:]
        if kind.isTwoSided, side == nil {
            // Without a side the columns are unknown; the side error is enough.
            _ = reader.value("values")
        } else if let valuesReader = reader.requiredObject("values") {
            let columns = kind.columns(for: side)
            let expectedKeys = Set(columns.map(\.key))
            for column in columns {
                guard let value = valuesReader.object[column.key] else {
                    context.report(valuesReader.path, "missing column \"\(column.key)\" (\(column.label)) of table kind \"\(kind.id)\"")
                    failed = true
                    continue
                }
                if value.isNull { continue }
                if let amount = context.money(value, at: valuesReader.path / column.key) {
                    values[column.key] = amount
                } else {
                    failed = true
                }
            }
            for member in valuesReader.object.members where !expectedKeys.contains(member.key) {
                let sideText = side.map { " (\($0.rawValue) side)" } ?? ""
                let expected = columns.map(\.key).joined(separator: ", ")
                context.report(valuesReader.path / member.key, "unknown column \"\(member.key)\" for table kind \"\(kind.id)\"\(sideText): expected \(expected)")
                failed = true
            }
        } else {
            failed = true
        }
        let errorsBefore = context.errors.count
        reader.finish()
        if context.errors.count != errorsBefore { failed = true }
        return failed ? nil : TableRow(side: side, line: line, code: code, name: name, values: values)
    }
}
