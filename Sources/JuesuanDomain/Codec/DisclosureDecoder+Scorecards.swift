/// Decoding of `scorecards`: funds, goals, indicators and published totals.
extension DisclosureDecoder {
    func decodeScorecards(_ elements: [(JSONValue, JSONPath)]) -> [Scorecard] {
        var scorecards: [Scorecard] = []
        var firstPathByID: [String: JSONPath] = [:]
        for (element, path) in elements {
            guard let scorecard = decodeScorecard(element, path) else { continue }
            if let first = firstPathByID[scorecard.id] {
                context.report(path / "id", "duplicate scorecard id \"\(scorecard.id)\": already used at \(first)")
                continue
            }
            firstPathByID[scorecard.id] = path
            scorecards.append(scorecard)
        }
        return scorecards
    }

    private func decodeScorecard(_ element: JSONValue, _ path: JSONPath) -> Scorecard? {
        guard var reader = context.object(element, at: path) else { return nil }
        let id = reader.requiredString("id")
        if let id, !Department.isValidIdentifier(id) {
            context.report(path / "id", "bad scorecard id \(JSONWriter.quoted(id)): expected ASCII [a-z0-9][a-z0-9_-]*, at most 64 characters")
        }
        var kind: ScorecardKind?
        if let text = reader.requiredString("kind") {
            kind = ScorecardKind(rawValue: text)
            if kind == nil { context.report(path / "kind", "unknown scorecard kind \(JSONWriter.quoted(text)): expected \"department\" or \"project\"") }
        }
        let name = reader.requiredString("name")
        let subProject = reader.nullableString("sub_project")
        let totalInvestment = reader.nullableMoney("total_investment")
        let ofWhichAppropriation = reader.nullableMoney("of_which_appropriation")
        let period = reader.nullableString("period")
        let funds = reader.requiredObject("funds").flatMap(decodeFunds)
        let goals = reader.requiredArray("goals").map { $0.compactMap(decodeGoal) }
        let indicators = reader.requiredArray("indicators").map { $0.compactMap(decodeIndicator) }
        let publishedTotal = reader.requiredObject("published_total").flatMap(decodeTotal)
        let publishedGrade = reader.nullableString("published_grade")
        reader.finish()
        guard let id, Department.isValidIdentifier(id), let kind, let name, let funds, let goals, let indicators,
              let publishedTotal
        else { return nil }
        return Scorecard(
            id: id, kind: kind, name: name, subProject: subProject, totalInvestment: totalInvestment,
            ofWhichAppropriation: ofWhichAppropriation, period: period, funds: funds, goals: goals,
            indicators: indicators, publishedTotal: publishedTotal, publishedGrade: publishedGrade
        )
    }

    private func decodeFunds(_ reader: ObjectReader) -> ScorecardFunds? {
        var reader = reader
        let total = reader.requiredObject("total").flatMap(decodeFundRow)
        let current = reader.requiredObject("current_year_appropriation").flatMap(decodeFundRow)
        let carryover = reader.requiredObject("prior_year_carryover").flatMap(decodeFundRow)
        let other = reader.requiredObject("other").flatMap(decodeFundRow)
        let weight = reader.nullableScore("weight")
        let rate = reader.nullableString("published_execution_rate")
        let score = reader.nullableScore("published_score")
        reader.finish()
        guard let total, let current, let carryover, let other else { return nil }
        return ScorecardFunds(
            total: total, currentYearAppropriation: current, priorYearCarryover: carryover, other: other,
            weight: weight, publishedExecutionRate: rate, publishedScore: score
        )
    }

    private func decodeFundRow(_ reader: ObjectReader) -> FundRow? {
        var reader = reader
        let row = FundRow(
            initialBudget: reader.nullableMoney("initial_budget"), fullYearBudget: reader.nullableMoney("full_year_budget"),
            executed: reader.nullableMoney("executed")
        )
        reader.finish()
        return row
    }

    private func decodeGoal(_ element: JSONValue, _ path: JSONPath) -> ScorecardGoal? {
        guard var reader = context.object(element, at: path) else { return nil }
        let goal = ScorecardGoal(expected: reader.nullableString("expected"), achieved: reader.nullableString("achieved"))
        reader.finish()
        return goal
    }

    private func decodeIndicator(_ element: JSONValue, _ path: JSONPath) -> ScorecardIndicator? {
        guard var reader = context.object(element, at: path) else { return nil }
        let level1 = reader.nullableString("level1")
        let level2 = reader.nullableString("level2")
        let name = reader.requiredString("name")
        let indicator = ScorecardIndicator(
            level1: level1, level2: level2, name: name ?? "", targetText: reader.nullableString("target_text"),
            actualText: reader.nullableString("actual_text"), weight: reader.nullableScore("weight"),
            publishedScore: reader.nullableScore("published_score"), deviationNote: reader.nullableString("deviation_note")
        )
        reader.finish()
        return name == nil ? nil : indicator
    }

    private func decodeTotal(_ reader: ObjectReader) -> ScorecardTotal? {
        var reader = reader
        let total = ScorecardTotal(weight: reader.nullableScore("weight"), score: reader.nullableScore("score"))
        reader.finish()
        return total
    }
}
