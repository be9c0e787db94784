/// Turns a `Disclosure` into its canonical `JSONValue`: keys in format order, amounts with two decimals, scores in
/// shortest form, every key present (null when unpublished), row `values` in the kind's column order.
enum DisclosureEncoder {
    static func encode(_ disclosure: Disclosure) -> JSONValue {
        .object(JSONObject([
            ("format", .string(Disclosure.formatIdentifier)),
            ("department", .object(JSONObject([
                ("id", .string(disclosure.department.id)),
                ("name", .string(disclosure.department.name)),
                ("region", strings(disclosure.department.region)),
            ]))),
            ("fiscal_year", .int(disclosure.fiscalYear)),
            ("unit", .string(disclosure.unit.rawValue)),
            ("published_on", .string(disclosure.publishedOn?.description)),
            ("source", .object(JSONObject([
                ("reference", .string(disclosure.source.reference)),
                ("title", .string(disclosure.source.title)),
            ]))),
            ("profile", encode(disclosure.profile)),
            ("tables", .array(disclosure.tables.map(encode))),
            ("budget_lines", .array(disclosure.budgetLines.map(encode))),
            ("operating_costs", disclosure.operatingCosts.map { .object(JSONObject([("amount", money($0.amount))])) } ?? .null),
            ("meetings_training", disclosure.meetingsTraining.map(encode) ?? .null),
            ("procurement", disclosure.procurement.map(encode) ?? .null),
            ("assets", disclosure.assets.map(encode) ?? .null),
            ("narrative", .array(disclosure.narrative.map { section in
                .object(JSONObject([("number", .string(section.number)), ("title", .string(section.title)), ("text", .string(section.text))]))
            })),
            ("glossary", .array(disclosure.glossary.map { entry in
                .object(JSONObject([("term", .string(entry.term)), ("definition", .string(entry.definition))]))
            })),
            ("performance_report", .array(disclosure.performanceReport.map { section in
                .object(JSONObject([("title", .string(section.title)), ("text", .string(section.text))]))
            })),
            ("scorecards", .array(disclosure.scorecards.map(encode))),
        ]))
    }

    static func money(_ value: Money?) -> JSONValue {
        value.map { .number($0.jsonNumber) } ?? .null
    }

    static func score(_ value: Score?) -> JSONValue {
        value.map { .number($0.jsonNumber) } ?? .null
    }

    static func count(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map { .string($0) })
    }

    static func encode(_ profile: Profile) -> JSONValue {
        .object(JSONObject([
            ("duties", strings(profile.duties)),
            ("internal_structure", .string(profile.internalStructure)),
            ("internal_units", strings(profile.internalUnits)),
            ("staffing", profile.staffing.map { staffing in
                .object(JSONObject([
                    ("establishment_kind", .string(staffing.establishmentKind)),
                    ("establishment", count(staffing.establishment)),
                    ("actual", count(staffing.actual)),
                    ("in_service", count(staffing.inService)),
                    ("retired_cadres", count(staffing.retiredCadres)),
                    ("retired", count(staffing.retired)),
                ]))
            } ?? .null),
            ("units_covered", strings(profile.unitsCovered)),
            ("units_covered_text", .string(profile.unitsCoveredText)),
        ]))
    }

    static func encode(_ table: DisclosureTable) -> JSONValue {
        .object(JSONObject([
            ("kind", .string(table.kind.id)),
            ("printed_number", .string(table.printedNumber)),
            ("title", .string(table.title)),
            ("state", .string(table.state.name)),
            ("empty_reason", .string(table.state.emptyReason)),
            ("note", .string(table.note)),
            ("rows", .array(table.rows.map { encode($0, kind: table.kind) })),
        ]))
    }

    static func encode(_ row: TableRow, kind: TableKind) -> JSONValue {
        var object = JSONObject()
        if kind.isTwoSided {
            object.set("side", .string(row.side?.rawValue))
            object.set("line", count(row.line))
        } else if let line = row.line {
            object.set("line", .int(line))
        }
        object.set("code", .string(row.code))
        object.set("name", .string(row.name))
        var values = JSONObject()
        for column in kind.columns(for: row.side) {
            values.set(column.key, money(row.values[column.key]))
        }
        object.set("values", .object(values))
        return .object(object)
    }

    static func encode(_ line: BudgetLine) -> JSONValue {
        .object(JSONObject([
            ("code", .string(line.code)),
            ("name", .string(line.name)),
            ("stated_path", .string(line.statedPath)),
            ("initial_budget", money(line.initialBudget)),
            ("adjusted_budget", money(line.adjustedBudget)),
            ("final_amount", money(line.finalAmount)),
            ("stated_execution_percent", .string(line.statedExecutionPercent)),
        ]))
    }

    static func encode(_ meetingsTraining: MeetingsTraining) -> JSONValue {
        func item(_ item: SpendingItem?) -> JSONValue {
            guard let item else { return .null }
            return .object(JSONObject([
                ("amount", money(item.amount)), ("people", count(item.people)), ("purpose", .string(item.purpose)),
            ]))
        }
        return .object(JSONObject([("meetings", item(meetingsTraining.meetings)), ("training", item(meetingsTraining.training))]))
    }

    static func encode(_ procurement: Procurement) -> JSONValue {
        .object(JSONObject([
            ("total", money(procurement.total)), ("goods", money(procurement.goods)), ("works", money(procurement.works)),
            ("services", money(procurement.services)), ("sme", money(procurement.sme)), ("micro", money(procurement.micro)),
        ]))
    }

    static func encode(_ assets: Assets) -> JSONValue {
        .object(JSONObject([
            ("vehicles", assets.vehicles.map { vehicles in
                .object(JSONObject([
                    ("total", count(vehicles.total)),
                    ("by_use", .object(JSONObject(vehicles.byUse.map { ($0.use, JSONValue.int($0.count)) }))),
                ]))
            } ?? .null),
            ("general_equipment_over_500k", count(assets.generalEquipmentOver500k)),
            ("special_equipment_over_1m", count(assets.specialEquipmentOver1m)),
        ]))
    }

    static func encode(_ scorecard: Scorecard) -> JSONValue {
        func fundRow(_ row: FundRow) -> JSONValue {
            .object(JSONObject([
                ("initial_budget", money(row.initialBudget)), ("full_year_budget", money(row.fullYearBudget)),
                ("executed", money(row.executed)),
            ]))
        }
        let funds = scorecard.funds
        return .object(JSONObject([
            ("id", .string(scorecard.id)),
            ("kind", .string(scorecard.kind.rawValue)),
            ("name", .string(scorecard.name)),
            ("sub_project", .string(scorecard.subProject)),
            ("total_investment", money(scorecard.totalInvestment)),
            ("of_which_appropriation", money(scorecard.ofWhichAppropriation)),
            ("period", .string(scorecard.period)),
            ("funds", .object(JSONObject([
                ("total", fundRow(funds.total)),
                ("current_year_appropriation", fundRow(funds.currentYearAppropriation)),
                ("prior_year_carryover", fundRow(funds.priorYearCarryover)),
                ("other", fundRow(funds.other)),
                ("weight", score(funds.weight)),
                ("published_execution_rate", .string(funds.publishedExecutionRate)),
                ("published_score", score(funds.publishedScore)),
            ]))),
            ("goals", .array(scorecard.goals.map { goal in
                .object(JSONObject([("expected", .string(goal.expected)), ("achieved", .string(goal.achieved))]))
            })),
            ("indicators", .array(scorecard.indicators.map { indicator in
                .object(JSONObject([
                    ("level1", .string(indicator.level1)),
                    ("level2", .string(indicator.level2)),
                    ("name", .string(indicator.name)),
                    ("target_text", .string(indicator.targetText)),
                    ("actual_text", .string(indicator.actualText)),
                    ("weight", score(indicator.weight)),
                    ("published_score", score(indicator.publishedScore)),
                    ("deviation_note", .string(indicator.deviationNote)),
                ]))
            })),
            ("published_total", .object(JSONObject([
                ("weight", score(scorecard.publishedTotal.weight)), ("score", score(scorecard.publishedTotal.score)),
            ]))),
            ("published_grade", .string(scorecard.publishedGrade)),
        ]))
    }
}
