import JuesuanDomain

/// Writes the normalized projection of one disclosure (table states, every table cell, budget lines, scorecards
/// with funds and indicators) inside the import's transaction. Amounts become INTEGER cents of the disclosure's
/// unit; scores and weights become their canonical exact decimal text.
struct NormalizedRowsWriter {
    let connection: SQLiteConnection
    let disclosureID: Int64

    func write(_ disclosure: Disclosure) throws {
        for (position, table) in disclosure.tables.enumerated() {
            try writeTable(table, position: position)
        }
        for (position, line) in disclosure.budgetLines.enumerated() {
            try connection.execute("""
                INSERT INTO budget_line (disclosure_id, position, code, name, stated_path, initial_budget_cents,
                    adjusted_budget_cents, final_amount_cents, stated_execution_percent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, .integer(Int64(position)), SQLiteValue(line.code), .text(line.name), SQLiteValue(line.statedPath),
                      cents(line.initialBudget), cents(line.adjustedBudget), cents(line.finalAmount),
                      SQLiteValue(line.statedExecutionPercent)])
        }
        for (position, scorecard) in disclosure.scorecards.enumerated() {
            try writeScorecard(scorecard, position: position)
        }
    }

    private var id: SQLiteValue { .integer(disclosureID) }

    private func cents(_ money: Money?) -> SQLiteValue { SQLiteValue(money?.cents) }

    private func decimal(_ score: Score?) -> SQLiteValue { SQLiteValue(score?.description) }

    private func writeTable(_ table: DisclosureTable, position: Int) throws {
        try connection.execute("""
            INSERT INTO table_state (disclosure_id, position, kind, printed_number, title, state, empty_reason, note, row_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, .integer(Int64(position)), .text(table.kind.id), SQLiteValue(table.printedNumber), .text(table.title),
                  .text(table.state.name), SQLiteValue(table.state.emptyReason), SQLiteValue(table.note),
                  .integer(Int64(table.rows.count))])
        let kind: SQLiteValue = .text(table.kind.id)
        for (order, row) in table.rows.enumerated() {
            // Every column of the row's kind and side, blank ones as NULL, then any other key the row carries.
            var keys = table.kind.columns(for: row.side).map(\.key)
            keys += row.values.keys.filter { !keys.contains($0) }.sorted()
            for key in keys {
                try connection.execute("""
                    INSERT INTO table_cell (disclosure_id, table_kind, row_order, side, line, code, name, column_key, amount_cents)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [id, kind, .integer(Int64(order)), SQLiteValue(row.side?.rawValue), SQLiteValue(row.line),
                          SQLiteValue(row.code), SQLiteValue(row.name), .text(key), cents(row.values[key])])
            }
        }
    }

    private func writeScorecard(_ scorecard: Scorecard, position: Int) throws {
        let slug: SQLiteValue = .text(scorecard.id)
        try connection.execute("""
            INSERT INTO scorecard (disclosure_id, slug, position, kind, name, sub_project, total_investment_cents,
                of_which_appropriation_cents, period, funds_weight, funds_published_execution_rate, funds_published_score,
                published_total_weight, published_total_score, published_grade)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, slug, .integer(Int64(position)), .text(scorecard.kind.rawValue), .text(scorecard.name),
                  SQLiteValue(scorecard.subProject), cents(scorecard.totalInvestment), cents(scorecard.ofWhichAppropriation),
                  SQLiteValue(scorecard.period), decimal(scorecard.funds.weight),
                  SQLiteValue(scorecard.funds.publishedExecutionRate), decimal(scorecard.funds.publishedScore),
                  decimal(scorecard.publishedTotal.weight), decimal(scorecard.publishedTotal.score),
                  SQLiteValue(scorecard.publishedGrade)])
        let funds: [(String, FundRow)] = [
            ("total", scorecard.funds.total),
            ("current_year_appropriation", scorecard.funds.currentYearAppropriation),
            ("prior_year_carryover", scorecard.funds.priorYearCarryover),
            ("other", scorecard.funds.other),
        ]
        for (source, row) in funds {
            try connection.execute("""
                INSERT INTO scorecard_fund (disclosure_id, scorecard_slug, source, initial_budget_cents,
                    full_year_budget_cents, executed_cents)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [id, slug, .text(source), cents(row.initialBudget), cents(row.fullYearBudget), cents(row.executed)])
        }
        for (position, indicator) in scorecard.indicators.enumerated() {
            let target = indicator.target
            let actual = indicator.actual
            try connection.execute("""
                INSERT INTO scorecard_indicator (disclosure_id, scorecard_slug, position, level1, level2, name,
                    target_text, target_kind, target_direction, target_value, target_upper_value, target_unit,
                    actual_text, actual_kind, actual_value, actual_upper_value, actual_unit,
                    weight, published_score, deviation_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, slug, .integer(Int64(position)), SQLiteValue(indicator.level1), SQLiteValue(indicator.level2),
                      .text(indicator.name),
                      SQLiteValue(indicator.targetText), .text(target.kind.rawValue), SQLiteValue(target.direction?.rawValue),
                      decimal(target.value), decimal(target.upperValue), SQLiteValue(target.unit),
                      SQLiteValue(indicator.actualText), .text(actual.kind.rawValue),
                      decimal(actual.value), decimal(actual.upperValue), SQLiteValue(actual.unit),
                      decimal(indicator.weight), decimal(indicator.publishedScore), SQLiteValue(indicator.deviationNote)])
        }
    }
}
