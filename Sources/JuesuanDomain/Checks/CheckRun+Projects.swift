/// Family 3, project statements (情况说明 十四, 绩效评价报告): each project's 项目支出 against its scorecard, the stated
/// projects against 共涉及资金, the stated project count against the scorecards.
extension CheckRun {
    /// The project scorecard a stated project name refers to: the one sharing the longest name prefix (≥ 2
    /// characters) with it.
    func projectScorecard(named name: String) -> Scorecard? {
        var best: (Scorecard, Int)?
        for card in disclosure.scorecards where card.kind == .project {
            let length = Swift.max(NarrativeText.commonPrefixLength(card.name, name),
                                   card.subProject.map { NarrativeText.commonPrefixLength($0, name) } ?? 0)
            if length >= 2, length > (best?.1 ?? 0) { best = (card, length) }
        }
        return best?.0
    }

    mutating func checkProjectAmounts(_ figures: [NarrativeFigure], text: String, kind: CheckLocation.Kind) {
        let sentences = NarrativeText.sentences(text)
        var heading: String?
        var headingSentence = -1
        var stated: [NarrativeFigure] = []
        for (number, sentence) in sentences.enumerated() {
            if let name = NarrativeText.projectHeading(sentence) {
                heading = name
                headingSentence = number
                continue
            }
            guard let name = heading, number > headingSentence,
                  let figure = figures.first(where: { $0.sentence == number && $0.role == .amount && $0.isMoney && $0.label.includes("项目支出") })
            else { continue }
            heading = nil
            stated.append(figure)
            guard let card = projectScorecard(named: name),
                  let expected = card.funds.total.executed ?? card.funds.total.fullYearBudget,
                  let amount = figure.value.money else { continue }
            compareAmount(
                .projectAmounts, stated: amount, statedDecimals: Swift.min(figure.value.decimals, 2), expected: expected, parts: 1,
                locations: [CheckRun.figureLocation(figure, kind), .scorecard(card.id, field: "funds.total.executed")],
                message: "project \(name): “\(figure.quote)” but scorecard \(card.name) 全年执行数 is \(expected.text)"
            )
        }
        if stated.count >= 2,
           let total = figures.first(where: { $0.role == .amount && $0.isMoney && $0.label.includes("涉及资金") }) {
            var sum = ExactDecimal.zero
            for figure in stated { sum = sum + figure.value.value }
            if let statedTotal = total.value.money, let expected = StatedNumber(sum, decimals: 2).money {
                compareAmount(
                    .projectAmounts, stated: statedTotal, expected: expected, parts: stated.count,
                    locations: [CheckRun.figureLocation(total, kind)] + stated.map { CheckRun.figureLocation($0, kind) },
                    message: "“\(total.quote)” but the \(stated.count) projects described add up to \(expected.text)"
                )
            }
        }
        let projects = disclosure.scorecards.filter { $0.kind == .project }.count
        for sentence in sentences {
            guard let (count, quote) = NarrativeText.projectCount(in: sentence), count != projects, projects > 0 else { continue }
            add(CheckFinding(
                rule: .narrativeCount, message: "“\(quote)” but the disclosure has \(projects) project scorecards",
                locations: [CheckLocation(kind: kind, section: figures.first?.section, quote: quote)],
                expected: .count(projects), stated: .count(count)))
        }
    }
}
