/// Family 4: scorecards scored under the profile (`ScorecardScorer`) against what they print.
extension CheckRun {
    mutating func checkScorecards() {
        let scorer = ScorecardScorer(profile: options.scoringProfile)
        for card in disclosure.scorecards {
            let scoring = scorer.score(card)
            checkFundsRows(card)
            checkBlockWeights(card, scoring)
            checkTotals(card, scoring)
            checkExecution(card, scoring)
            checkIndicators(card, scoring)
        }
    }

    mutating func checkFundsRows(_ card: Scorecard) {
        let funds = card.funds
        let columns: [(KeyPath<FundRow, Money?>, String, String)] = [
            (\.initialBudget, "initial_budget", "年初预算数"), (\.fullYearBudget, "full_year_budget", "全年预算数"),
            (\.executed, "executed", "全年执行数"),
        ]
        for (path, key, label) in columns {
            guard let total = funds.total[keyPath: path] else { continue }
            let parts = [funds.currentYearAppropriation, funds.priorYearCarryover, funds.other].compactMap { $0[keyPath: path] }
            guard !parts.isEmpty else { continue }
            compareAmount(
                .fundsRows, stated: total, expected: parts.sum(), parts: parts.count,
                locations: [.scorecard(card.id, field: "funds.total.\(key)")],
                message: "scorecard \(card.name): \(label) 合计 \(total.text) but 当年财政拨款 + 上年结转资金 + 其他资金 = \(parts.sum().text)"
            )
        }
    }

    mutating func checkBlockWeights(_ card: Scorecard, _ scoring: ScorecardScoring) {
        let profile = options.scoringProfile
        if let weight = card.funds.weight, weight != profile.executionWeight {
            add(CheckFinding(
                rule: .blockWeight,
                message: "scorecard \(card.name): budget execution carries \(weight) points, the profile \(profile.id) gives \(profile.executionWeight)",
                locations: [.scorecard(card.id, field: "funds.weight")],
                expected: .points(profile.executionWeight), stated: .points(weight)))
        }
        guard !card.indicators.isEmpty else { return }
        for block in scoring.blocks {
            guard let expected = block.expectedWeight else {
                add(CheckFinding(
                    rule: .blockWeight,
                    message: "scorecard \(card.name): \(block.indicatorCount) indicators under 一级指标 “\(block.name)” (\(block.weight) points) belong to no block of the profile",
                    locations: [.scorecard(card.id, field: "indicators.level1")], expected: .points(.zero), stated: .points(block.weight)))
                continue
            }
            guard block.weight != expected else { continue }
            add(CheckFinding(
                rule: .blockWeight,
                message: "scorecard \(card.name): the \(block.name) block (\(block.indicatorCount) indicators) carries \(block.weight) points, the profile gives it \(expected)",
                locations: [.scorecard(card.id, field: "indicators[\(block.block?.id ?? "")].weight")],
                expected: .points(expected), stated: .points(block.weight)))
        }
    }

    mutating func checkTotals(_ card: Scorecard, _ scoring: ScorecardScoring) {
        if let printed = card.publishedTotal.weight, printed != scoring.totalWeight {
            add(CheckFinding(
                rule: .totalWeight,
                message: "scorecard \(card.name): 总分 分值 printed \(printed) but execution + indicator weights add up to \(scoring.totalWeight)",
                locations: [.scorecard(card.id, field: "published_total.weight")],
                expected: .points(scoring.totalWeight), stated: .points(printed)))
        }
        if let printed = card.publishedTotal.score, printed != scoring.publishedScoreSum {
            add(CheckFinding(
                rule: .totalScore,
                message: "scorecard \(card.name): 总分 得分 printed \(printed) but the printed scores add up to \(scoring.publishedScoreSum)",
                locations: [.scorecard(card.id, field: "published_total.score")],
                expected: .points(scoring.publishedScoreSum), stated: .points(printed)))
        }
        if let printedText = card.publishedGrade {
            let printed = Grade(publishedText: printedText)
            if printed != scoring.grade {
                add(CheckFinding(
                    rule: .grade,
                    message: "scorecard \(card.name): 等级 printed “\(printedText)” but a total of \(scoring.totalScore) is \(scoring.grade.rawValue)",
                    locations: [.scorecard(card.id, field: "published_grade")],
                    expected: .text(scoring.grade.rawValue), stated: .text(printedText)))
            }
        }
    }

    mutating func checkExecution(_ card: Scorecard, _ scoring: ScorecardScoring) {
        let execution = scoring.execution
        if let printedText = execution.publishedRateText {
            let here = CheckLocation.scorecard(card.id, field: "funds.published_execution_rate")
            if let reason = execution.rate.unavailableReason {
                add(CheckFinding(
                    rule: .executionRate, message: "scorecard \(card.name): 执行率 printed \(printedText) but \(reason)",
                    locations: [here], expected: .text("no rate"), stated: .text(printedText)))
            } else if let printed = execution.publishedRatePercent, let budget = execution.rate.fullYearBudget,
                      let executed = execution.rate.executed {
                let decimals = printedText.split(separator: ".").count > 1
                    ? printedText.split(separator: ".")[1].filter(\.isNumber).count : 0
                comparePercent(
                    .executionRate, stated: StatedNumber(printed, decimals: decimals), numerator: StatedNumber(executed),
                    denominator: StatedNumber(budget), locations: [here],
                    message: { expected in "scorecard \(card.name): 执行率 printed \(printedText) but \(executed.text) ÷ \(budget.text) is \(expected)%" }
                )
            }
        }
        if let printed = execution.publishedScore, let expected = execution.score, printed != expected {
            let magnitude = printed.subtracting(expected)?.magnitudeValue
            add(CheckFinding(
                rule: .executionScore, severity: magnitude.map { $0 <= RoundingTolerance.step } == true ? .rounding : nil,
                message: "scorecard \(card.name): execution 得分 printed \(printed) but 分值 \(execution.weight) × 执行率 gives \(expected)",
                locations: [.scorecard(card.id, field: "funds.published_score")],
                expected: .points(expected), stated: .points(printed), tolerance: RoundingTolerance.step))
        }
    }

    mutating func checkIndicators(_ card: Scorecard, _ scoring: ScorecardScoring) {
        for indicator in scoring.indicators {
            let here = CheckLocation.scorecard(card.id, indicator: indicator.index, name: indicator.name, field: "published_score")
            if let weight = indicator.weight, let published = indicator.publishedScore, published > weight {
                add(CheckFinding(
                    rule: .indicatorScore,
                    message: "scorecard \(card.name), \(indicator.name): 得分 \(published) exceeds its 分值 \(weight)",
                    locations: [here], expected: .points(weight), stated: .points(published)))
                continue
            }
            if let computed = indicator.computedScore, let published = indicator.publishedScore, computed != published {
                let magnitude = published.subtracting(computed)?.magnitudeValue
                add(CheckFinding(
                    rule: .indicatorScore, severity: magnitude.map { $0 <= RoundingTolerance.step } == true ? .rounding : nil,
                    message: "scorecard \(card.name), \(indicator.name): target “\(indicator.target.text)”, actual “\(indicator.actual.text)” give \(computed) (\(indicator.explanation)) but 得分 is \(published)",
                    locations: [here], expected: .points(computed), stated: .points(published), tolerance: RoundingTolerance.step))
            }
            if indicator.metButDeducted, let weight = indicator.weight, let published = indicator.publishedScore {
                add(CheckFinding(
                    rule: .metButDeducted,
                    message: "scorecard \(card.name), \(indicator.name): actual “\(indicator.actual.text)” says the target “\(indicator.target.text)” was met but \(weight.subtracting(published) ?? weight) of \(weight) points were taken",
                    locations: [here], expected: .points(weight), stated: .points(published)))
            }
        }
    }
}
