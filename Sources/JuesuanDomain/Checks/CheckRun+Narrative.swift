/// Family 3: every figure the narrative states, against the tables and against its own arithmetic.
extension CheckRun {
    mutating func checkNarrative() {
        let unit = disclosure.unit
        for section in disclosure.narrative {
            let figures = NarrativeFigureExtractor.figures(in: section.text, section: section.number).map { $0.converted(to: unit) }
            let topic = NarrativeTopic(title: section.title)
            checkFigures(figures, topic: topic, kind: .narrative, text: section.text)
        }
        for section in disclosure.performanceReport {
            let topic = NarrativeTopic(title: section.title)
            guard topic == .reportBudget || topic == .performance else { continue }
            let figures = NarrativeFigureExtractor.figures(in: section.text, section: section.title).map { $0.converted(to: unit) }
            checkFigures(figures, topic: topic, kind: .performanceReport, text: section.text)
        }
    }

    static func figureLocation(_ figure: NarrativeFigure, _ kind: CheckLocation.Kind) -> CheckLocation {
        CheckLocation(kind: kind, section: figure.section, quote: figure.quote)
    }

    mutating func checkFigures(_ figures: [NarrativeFigure], topic: NarrativeTopic, kind: CheckLocation.Kind, text: String) {
        for (index, figure) in figures.enumerated() {
            switch figure.role {
            case .amount:
                checkAmount(figure, topic: topic, kind: kind)
            case .share:
                checkShare(figure, at: index, in: figures, topic: topic, kind: kind)
            case .execution:
                checkExecution(figure, at: index, in: figures, kind: kind)
            case .changeAmount:
                checkChange(figure, at: index, in: figures, kind: kind)
            case .count:
                checkCount(figure, topic: topic, kind: kind)
            case .changePercent, .percent:
                break
            }
        }
        checkDirectionWords(figures, text: text, kind: kind)
        checkPartsSums(figures, kind: kind)
        if topic == .performance { checkProjectAmounts(figures, text: text, kind: kind) }
    }

    mutating func checkAmount(_ figure: NarrativeFigure, topic: NarrativeTopic, kind: CheckLocation.Kind) {
        guard figure.isMoney, let expectation = expectation(for: figure, topic: topic), let stated = figure.value.money else { return }
        let locations = [CheckRun.figureLocation(figure, kind)] + expectation.locations
        switch expectation.relation {
        case .equal:
            compareAmount(
                expectation.rule, stated: stated, statedDecimals: Swift.min(figure.value.decimals, 2), expected: expectation.value,
                parts: expectation.parts, locations: locations,
                message: "“\(figure.quote)” states \(stated.text) but \(expectation.name) is \(expectation.value.text)"
            )
        case .atLeast:
            guard stated < expectation.value else { return }
            add(CheckFinding(
                rule: expectation.rule,
                message: "“\(figure.quote)” states \(stated.text), less than \(expectation.name) \(expectation.value.text) (basic spending alone)",
                locations: locations, expected: .amount(expectation.value), stated: .amount(stated)))
        }
    }

    /// The last money amount before `index` in the same sentence (optionally matching a predicate).
    func previousAmount(_ figures: [NarrativeFigure], before index: Int, sameSentence: Bool = true,
                        where predicate: (NarrativeFigure) -> Bool = { _ in true }) -> NarrativeFigure? {
        var position = index - 1
        while position >= 0 {
            let candidate = figures[position]
            if sameSentence && candidate.sentence != figures[index].sentence { return nil }
            if candidate.role == .amount, candidate.isMoney, predicate(candidate) { return candidate }
            position -= 1
        }
        return nil
    }

    mutating func checkShare(_ figure: NarrativeFigure, at index: Int, in figures: [NarrativeFigure], topic: NarrativeTopic,
                             kind: CheckLocation.Kind) {
        guard let part = previousAmount(figures, before: index) else { return }
        var whole: (StatedNumber, [CheckLocation], String)?
        if let name = figure.shareOf {
            if let stated = figures[..<index].last(where: { $0.role == .amount && $0.isMoney && $0.label.includes(name) }) {
                whole = (stated.value, [CheckRun.figureLocation(stated, kind)], "“\(stated.quote)”")
            } else if let expectation = shareWhole(named: name, topic: topic) {
                whole = (StatedNumber(expectation.value), expectation.locations, expectation.name)
            }
        } else if let leadIndex = figures[..<index].firstIndex(where: { $0.sentence == figure.sentence && $0.role == .amount && $0.isMoney }),
                  figures[leadIndex] != part, !CheckRun.hasOwnShare(figures, leadIndex) {
            // The sentence's first amount is the whole unless it is itself a part with its own share (a sibling).
            let lead = figures[leadIndex]
            whole = (lead.value, [CheckRun.figureLocation(lead, kind)], "“\(lead.quote)”")
        } else if let expectation = defaultShareWhole(topic: topic) {
            whole = (StatedNumber(expectation.value), expectation.locations, expectation.name)
        }
        guard let whole else { return }
        comparePercent(
            .narrativeShare, stated: figure.value, numerator: part.value, denominator: whole.0,
            locations: [CheckRun.figureLocation(figure, kind), CheckRun.figureLocation(part, kind)] + whole.1,
            message: { expected in
                "“\(figure.quote)”: \(part.value.value) of \(whole.2) (\(whole.0.value)) is \(expected)%, not \(figure.value.value)%"
            }
        )
    }

    /// Whether the amount at `index` is followed, in its sentence and before the next amount, by a share.
    static func hasOwnShare(_ figures: [NarrativeFigure], _ index: Int) -> Bool {
        for next in figures[(index + 1)...] {
            guard next.sentence == figures[index].sentence else { return false }
            if next.role == .share { return true }
            if next.role == .amount { return false }
        }
        return false
    }

    mutating func checkExecution(_ figure: NarrativeFigure, at index: Int, in figures: [NarrativeFigure], kind: CheckLocation.Kind) {
        guard let actual = previousAmount(figures, before: index, where: { $0.label.includes("决算") }),
              let budget = previousAmount(figures, before: index, where: { $0.label.includes("预算") && !$0.label.includes("决算") })
        else { return }
        let locations = [CheckRun.figureLocation(figure, kind), CheckRun.figureLocation(actual, kind), CheckRun.figureLocation(budget, kind)]
        if budget.value.value.isZero {
            add(CheckFinding(
                rule: .zeroBudgetRatio,
                message: "“\(figure.quote)” states \(figure.value.value)% of a budget of 0 (“\(budget.quote)”): the ratio does not exist",
                locations: locations, expected: .text("no ratio (budget 0)"), stated: .percent(figure.value.value)))
            return
        }
        comparePercent(
            .narrativeExecution, stated: figure.value, numerator: actual.value, denominator: budget.value, locations: locations,
            message: { expected in
                "“\(figure.quote)”: 决算 \(actual.value.value) ÷ 预算 \(budget.value.value) is \(expected)%, not \(figure.value.value)%"
            }
        )
    }

    mutating func checkChange(_ figure: NarrativeFigure, at index: Int, in figures: [NarrativeFigure], kind: CheckLocation.Kind) {
        guard let direction = figure.direction,
              let current = previousAmount(figures, before: index, sameSentence: false,
                                           where: { !$0.label.includes("预算") || $0.label.includes("决算") }) else { return }
        let percent = figures[(index + 1)...].first { $0.sentence == figure.sentence && $0.role == .changePercent }
        guard let percent else { return }
        if let percentDirection = percent.direction, percentDirection != direction {
            add(CheckFinding(
                rule: .directionWord,
                message: "“\(figure.quote)” and “\(percent.quote)” describe one change in opposite directions",
                locations: [CheckRun.figureLocation(figure, kind), CheckRun.figureLocation(percent, kind)],
                expected: .text(direction == .increase ? "增加" : "减少"),
                stated: .text(percentDirection == .increase ? "增加" : "减少")))
            return
        }
        // Last year = this year − increase, or this year + decrease; its uncertainty adds both half-units.
        let change = figure.value.value
        let previousValue = direction == .increase ? current.value.value - change : current.value.value + change
        let previous = StatedNumber(previousValue, decimals: Swift.min(current.value.decimals, figure.value.decimals))
        guard !previousValue.isZero, !previousValue.isNegative else { return }
        comparePercent(
            .narrativeChange, stated: percent.value, numerator: figure.value, denominator: previous,
            locations: [CheckRun.figureLocation(percent, kind), CheckRun.figureLocation(figure, kind), CheckRun.figureLocation(current, kind)],
            message: { expected in
                "“\(percent.quote)”: a change of \(change) from last year's \(previousValue) (this year \(current.value.value) \(direction == .increase ? "−" : "+") \(change)) is \(expected)%, not \(percent.value.value)%"
            }
        )
    }

    /// 决算数大于/小于(年初)预算数 must match the stated 决算 and 预算 of the sentence.
    mutating func checkDirectionWords(_ figures: [NarrativeFigure], text: String, kind: CheckLocation.Kind) {
        guard text.includes("大于") || text.includes("小于") || text.includes("超过预算") || text.includes("低于预算") else { return }
        let sentences = NarrativeText.sentences(text)
        for (number, sentence) in sentences.enumerated() {
            let says: NarrativeFigure.Direction?
            if sentence.includes("决算数大于") || sentence.includes("决算大于") || sentence.includes("超过预算") {
                says = .increase
            } else if sentence.includes("决算数小于") || sentence.includes("决算小于") || sentence.includes("低于预算") {
                says = .decrease
            } else {
                continue
            }
            let inSentence = figures.filter { $0.sentence == number && $0.role == .amount && $0.isMoney }
            guard let actual = inSentence.last(where: { $0.label.includes("决算") }),
                  let budget = inSentence.last(where: { $0.label.includes("预算") && !$0.label.includes("决算") }) else { continue }
            let actualValue = actual.value.value
            let budgetValue = budget.value.value
            let holds = says == .increase ? actualValue > budgetValue : actualValue < budgetValue
            guard !holds else { continue }
            let word = says == .increase ? "大于" : "小于"
            add(CheckFinding(
                rule: .directionWord,
                message: "the text says 决算数\(word)预算数 but 决算 \(actualValue) \(actualValue == budgetValue ? "=" : (actualValue < budgetValue ? "<" : ">")) 预算 \(budgetValue)",
                locations: [CheckLocation(kind: kind, section: actual.section, quote: "决算数\(word)预算数"), CheckRun.figureLocation(actual, kind), CheckRun.figureLocation(budget, kind)],
                expected: .amount(budgetValue), stated: .amount(actualValue)))
        }
    }

    /// A total followed by 其中 and its parts.
    mutating func checkPartsSums(_ figures: [NarrativeFigure], kind: CheckLocation.Kind) {
        var sentenceNumbers: [Int] = []
        for figure in figures where !sentenceNumbers.contains(figure.sentence) { sentenceNumbers.append(figure.sentence) }
        for number in sentenceNumbers {
            let inSentence = figures.filter { $0.sentence == number && ($0.role == .amount || $0.role == .count) }
            guard let firstPart = inSentence.firstIndex(where: \.inBreakdown), firstPart > 0 else { continue }
            let total = inSentence[firstPart - 1]
            let parts = inSentence[firstPart...].filter { $0.unit == total.unit }
            guard !parts.isEmpty else { continue }
            var sum = ExactDecimal.zero
            for part in parts { sum = sum + part.value.value }
            let locations = [CheckRun.figureLocation(total, kind)] + parts.map { CheckRun.figureLocation($0, kind) }
            let unitKind: CheckValue.Kind = total.isMoney ? .amount : .count
            if parts.count == 1 {
                guard sum > total.value.value else { continue }
                add(CheckFinding(
                    rule: .partsSum, message: "“\(parts[0].quote)” exceeds the total it is part of, “\(total.quote)”",
                    locations: locations, expected: CheckValue(kind: unitKind, number: total.value.value),
                    stated: CheckValue(kind: unitKind, number: sum)))
                continue
            }
            let decimals = parts.map(\.value.decimals).min() ?? 2
            switch RoundingTolerance.compare(stated: total.value.value, statedDecimals: Swift.min(decimals, total.value.decimals),
                                             expected: sum, parts: total.isMoney ? parts.count : 0) {
            case .agrees:
                continue
            case .rounding(let tolerance) where total.isMoney:
                add(CheckFinding(
                    rule: .partsSum, severity: .rounding,
                    message: "“\(total.quote)” but its \(parts.count) parts add up to \(sum)", locations: locations,
                    expected: CheckValue(kind: unitKind, number: sum), stated: CheckValue(kind: unitKind, number: total.value.value),
                    tolerance: tolerance))
            default:
                add(CheckFinding(
                    rule: .partsSum, message: "“\(total.quote)” but its \(parts.count) parts add up to \(sum)", locations: locations,
                    expected: CheckValue(kind: unitKind, number: sum), stated: CheckValue(kind: unitKind, number: total.value.value)))
            }
        }
    }

    /// 公务用车保有量 / 共有车辆 against the asset counts.
    mutating func checkCount(_ figure: NarrativeFigure, topic: NarrativeTopic, kind: CheckLocation.Kind) {
        guard figure.unit == "辆", figure.label.includes("保有量") || figure.label.includes("共有车辆"),
              let total = disclosure.assets?.vehicles?.total,
              let stated = Int(figure.value.value.description), stated != total else { return }
        add(CheckFinding(
            rule: .narrativeCount, message: "“\(figure.quote)” states \(stated) vehicles but the asset statement counts \(total)",
            locations: [CheckRun.figureLocation(figure, kind), CheckLocation(kind: .statement, field: "assets.vehicles.total")],
            expected: .count(total), stated: .count(stated)))
    }
}
