/// Turns a parsed JSON document into a `Disclosure`, collecting every error with its JSON path.
struct DisclosureDecoder {
    let context = DecodingContext()

    func decode(_ root: JSONValue) -> Result<Disclosure, DisclosureDecodingError> {
        let disclosure = decodeDisclosure(root)
        if let disclosure, context.errors.isEmpty {
            return .success(disclosure)
        }
        return .failure(DisclosureDecodingError(errors: context.errors))
    }

    private func decodeDisclosure(_ root: JSONValue) -> Disclosure? {
        guard var reader = context.object(root, at: .root) else { return nil }
        if let format = reader.requiredString("format"), format != Disclosure.formatIdentifier {
            context.report(.root / "format", "unsupported format \(JSONWriter.quoted(format)): expected \"\(Disclosure.formatIdentifier)\"")
        }
        let department = reader.requiredObject("department").flatMap(decodeDepartment)
        let fiscalYear = reader.requiredInteger("fiscal_year", in: Disclosure.fiscalYearRange)
        var unit: AmountUnit?
        if let text = reader.requiredString("unit") {
            unit = AmountUnit(rawValue: text)
            if unit == nil { context.report(.root / "unit", "unknown unit \(JSONWriter.quoted(text)): expected \"万元\" or \"元\"") }
        }
        var publishedOn: CalendarDate?
        if let text = reader.nullableString("published_on") {
            publishedOn = CalendarDate(parsing: text)
            if publishedOn == nil { context.report(.root / "published_on", "bad date \(JSONWriter.quoted(text)): expected a real date as YYYY-MM-DD") }
        }
        let source = reader.requiredObject("source").flatMap(decodeSource)
        let profile = reader.requiredObject("profile").flatMap(decodeProfile)
        let tables = reader.requiredArray("tables").map(decodeTables)
        let budgetLines = reader.requiredArray("budget_lines").map { elements in elements.compactMap(decodeBudgetLine) }
        let operatingCosts = nullable(&reader, "operating_costs", decodeOperatingCosts)
        let meetingsTraining = nullable(&reader, "meetings_training", decodeMeetingsTraining)
        let procurement = nullable(&reader, "procurement", decodeProcurement)
        let assets = nullable(&reader, "assets", decodeAssets)
        let narrative = reader.requiredArray("narrative").map { $0.compactMap(decodeNarrativeSection) }
        let glossary = reader.requiredArray("glossary").map { $0.compactMap(decodeGlossaryEntry) }
        let performanceReport = reader.requiredArray("performance_report").map { $0.compactMap(decodeReportSection) }
        let scorecards = reader.requiredArray("scorecards").map(decodeScorecards)
        reader.finish()

        guard let department, let fiscalYear, let unit, let source, let profile, let tables, let budgetLines,
              let operatingCosts, let meetingsTraining, let procurement, let assets, let narrative, let glossary,
              let performanceReport, let scorecards
        else { return nil }
        return Disclosure(
            department: department, fiscalYear: fiscalYear, unit: unit, publishedOn: publishedOn, source: source,
            profile: profile, tables: tables, budgetLines: budgetLines, operatingCosts: operatingCosts,
            meetingsTraining: meetingsTraining, procurement: procurement, assets: assets, narrative: narrative,
            glossary: glossary, performanceReport: performanceReport, scorecards: scorecards
        )
    }

    /// Decodes a nullable object member: `.some(nil)` for null, `.some(value)` when decoded, nil on error.
    func nullable<T>(_ reader: inout ObjectReader, _ key: String, _ decode: (ObjectReader) -> T?) -> T?? {
        let (object, isNull) = reader.nullableObject(key)
        if isNull { return .some(nil) }
        guard let object, let value = decode(object) else { return nil }
        return .some(value)
    }

    // MARK: Header

    private func decodeDepartment(_ reader: ObjectReader) -> Department? {
        var reader = reader
        let id = reader.requiredString("id")
        if let id, !Department.isValidIdentifier(id) {
            context.report(reader.path / "id", "bad department id \(JSONWriter.quoted(id)): expected ASCII [a-z0-9][a-z0-9_-]*, at most 64 characters")
        }
        let name = reader.requiredString("name")
        let region = reader.stringArray("region")
        reader.finish()
        guard let id, Department.isValidIdentifier(id), let name, let region else { return nil }
        return Department(id: id, name: name, region: region)
    }

    private func decodeSource(_ reader: ObjectReader) -> SourceReference? {
        var reader = reader
        let reference = reader.requiredString("reference")
        let title = reader.nullableString("title")
        reader.finish()
        guard let reference else { return nil }
        return SourceReference(reference: reference, title: title)
    }

    private func decodeProfile(_ reader: ObjectReader) -> Profile? {
        var reader = reader
        let duties = reader.stringArray("duties")
        let internalStructure = reader.nullableString("internal_structure")
        let internalUnits = reader.stringArray("internal_units")
        let staffing = nullable(&reader, "staffing", decodeStaffing)
        let unitsCovered = reader.stringArray("units_covered")
        let unitsCoveredText = reader.nullableString("units_covered_text")
        reader.finish()
        guard let duties, let internalUnits, let staffing, let unitsCovered else { return nil }
        return Profile(
            duties: duties, internalStructure: internalStructure, internalUnits: internalUnits, staffing: staffing,
            unitsCovered: unitsCovered, unitsCoveredText: unitsCoveredText
        )
    }

    private func decodeStaffing(_ reader: ObjectReader) -> Staffing? {
        var reader = reader
        let staffing = Staffing(
            establishmentKind: reader.nullableString("establishment_kind"),
            establishment: reader.nullableCount("establishment"),
            actual: reader.nullableCount("actual"),
            inService: reader.nullableCount("in_service"),
            retiredCadres: reader.nullableCount("retired_cadres"),
            retired: reader.nullableCount("retired")
        )
        reader.finish()
        return staffing
    }

    // MARK: Stated facts

    private func decodeBudgetLine(_ element: JSONValue, _ path: JSONPath) -> BudgetLine? {
        guard var reader = context.object(element, at: path) else { return nil }
        let code = reader.nullableString("code")
        let name = reader.requiredString("name")
        let line = BudgetLine(
            code: code, name: name ?? "", statedPath: reader.nullableString("stated_path"),
            initialBudget: reader.nullableMoney("initial_budget"), adjustedBudget: reader.nullableMoney("adjusted_budget"),
            finalAmount: reader.nullableMoney("final_amount"),
            statedExecutionPercent: reader.nullableString("stated_execution_percent")
        )
        reader.finish()
        return name == nil ? nil : line
    }

    private func decodeOperatingCosts(_ reader: ObjectReader) -> OperatingCosts? {
        var reader = reader
        let costs = OperatingCosts(amount: reader.nullableMoney("amount"))
        reader.finish()
        return costs
    }

    private func decodeMeetingsTraining(_ reader: ObjectReader) -> MeetingsTraining? {
        var reader = reader
        let meetings = nullable(&reader, "meetings", decodeSpendingItem)
        let training = nullable(&reader, "training", decodeSpendingItem)
        reader.finish()
        guard let meetings, let training else { return nil }
        return MeetingsTraining(meetings: meetings, training: training)
    }

    private func decodeSpendingItem(_ reader: ObjectReader) -> SpendingItem? {
        var reader = reader
        let item = SpendingItem(
            amount: reader.nullableMoney("amount"), people: reader.nullableCount("people"),
            purpose: reader.nullableString("purpose")
        )
        reader.finish()
        return item
    }

    private func decodeProcurement(_ reader: ObjectReader) -> Procurement? {
        var reader = reader
        let procurement = Procurement(
            total: reader.nullableMoney("total"), goods: reader.nullableMoney("goods"), works: reader.nullableMoney("works"),
            services: reader.nullableMoney("services"), sme: reader.nullableMoney("sme"), micro: reader.nullableMoney("micro")
        )
        reader.finish()
        return procurement
    }

    private func decodeAssets(_ reader: ObjectReader) -> Assets? {
        var reader = reader
        let vehicles = nullable(&reader, "vehicles", decodeVehicles)
        let general = reader.nullableCount("general_equipment_over_500k")
        let special = reader.nullableCount("special_equipment_over_1m")
        reader.finish()
        guard let vehicles else { return nil }
        return Assets(vehicles: vehicles, generalEquipmentOver500k: general, specialEquipmentOver1m: special)
    }

    private func decodeVehicles(_ reader: ObjectReader) -> VehicleHoldings? {
        var reader = reader
        let total = reader.nullableCount("total")
        var byUse: [VehicleCount]?
        if let uses = reader.requiredObject("by_use") {
            var counts: [VehicleCount] = []
            var failed = false
            for member in uses.object.members {
                let memberPath = uses.path / member.key
                if member.key.isEmpty {
                    context.report(memberPath, "empty vehicle use name")
                    failed = true
                } else if let count = context.integer(member.value, at: memberPath, in: 0...Int(Int32.max), what: "a count (integer ≥ 0)") {
                    counts.append(VehicleCount(use: member.key, count: count))
                } else {
                    failed = true
                }
            }
            if !failed { byUse = counts }
        }
        reader.finish()
        guard let byUse else { return nil }
        return VehicleHoldings(total: total, byUse: byUse)
    }

    // MARK: Prose

    private func decodeNarrativeSection(_ element: JSONValue, _ path: JSONPath) -> NarrativeSection? {
        guard var reader = context.object(element, at: path) else { return nil }
        let number = reader.requiredString("number")
        let title = reader.requiredString("title")
        let text = reader.requiredString("text")
        reader.finish()
        guard let number, let title, let text else { return nil }
        return NarrativeSection(number: number, title: title, text: text)
    }

    private func decodeGlossaryEntry(_ element: JSONValue, _ path: JSONPath) -> GlossaryEntry? {
        guard var reader = context.object(element, at: path) else { return nil }
        let term = reader.requiredString("term")
        let definition = reader.requiredString("definition")
        reader.finish()
        guard let term, let definition else { return nil }
        return GlossaryEntry(term: term, definition: definition)
    }

    private func decodeReportSection(_ element: JSONValue, _ path: JSONPath) -> PerformanceReportSection? {
        guard var reader = context.object(element, at: path) else { return nil }
        let title = reader.requiredString("title")
        let text = reader.requiredString("text")
        reader.finish()
        guard let title, let text else { return nil }
        return PerformanceReportSection(title: title, text: text)
    }
}
