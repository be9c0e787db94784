/// Indicator scoring: the rules of `IndicatorRule`.
extension ScorecardScorer {
    /// Scores one indicator at position `index`.
    public func scoreIndicator(_ indicator: ScorecardIndicator, index: Int) -> IndicatorScoring {
        let target = indicator.target
        let actual = indicator.actual
        let blockID = profile.block(forLevel1: indicator.level1)?.id
        func result(
            _ rule: IndicatorRule, computed: Score? = nil, met: Bool?, assumed: Bool = false, _ explanation: String
        ) -> IndicatorScoring {
            // Only a kept score below its weight can be "met but deducted"; the text test runs only then.
            var deducted = false
            if computed == nil, let weight = indicator.weight, let published = indicator.publishedScore, published < weight {
                deducted = met ?? ScorecardScorer.textSaysMet(target: indicator.targetText, actual: indicator.actualText)
            }
            return IndicatorScoring(
                index: index, name: indicator.name, level1: indicator.level1, blockID: blockID, target: target,
                actual: actual, rule: rule, directionAssumed: assumed, weight: indicator.weight,
                publishedScore: indicator.publishedScore, computedScore: computed, met: met, metButDeducted: deducted,
                explanation: explanation
            )
        }

        guard let weight = indicator.weight else {
            return result(.unscorable, met: nil, "no 分值 (weight) is published: the published score is kept")
        }
        switch target.kind {
        case .empty:
            return result(.unscorable, met: nil, "no target (年度指标值) is published: the published score is kept")
        case .qualitative:
            return result(.qualitative, met: nil, "qualitative target \(quote(target.text)): the published score is kept")
        case .date:
            guard actual.kind == .date, let targetYear = target.year, let actualYear = actual.year else {
                return result(.deadline, met: nil,
                              "actual \(quote(actual.text)) is not a date: the published score is kept")
            }
            // A missing month or day means the end of the period (2020年12月 = by 2020-12-31).
            let targetKey = (targetYear, target.month ?? 12, target.day ?? 31)
            let actualKey = (actualYear, actual.month ?? 12, actual.day ?? 31)
            let met = actualKey <= targetKey
            return result(.deadline, computed: met ? weight : .zero, met: met,
                          met ? "completed by the deadline: full 分值" : "completed after the deadline: 0")
        case .quantitative, .range:
            guard actual.kind == .quantitative, let actualValue = actual.value, let targetValue = target.value else {
                return result(target.kind == .range ? .range : .unscorable, met: nil,
                              "actual \(quote(actual.text)) is not a number: the published score is kept")
            }
            if let targetUnit = target.unit, let actualUnit = actual.unit, targetUnit != actualUnit {
                return result(.unscorable, met: nil,
                              "units differ (\(targetUnit) against \(actualUnit)): the published score is kept")
            }
            if target.kind == .range, let upper = target.upperValue {
                return scoreRange(weight: weight, lower: targetValue, upper: upper, actual: actualValue, result)
            }
            let assumed = target.direction == nil
            switch target.direction ?? .atLeast {
            case .atLeast, .greaterThan:
                let met = actualValue >= targetValue
                if met || targetValue.isZero {
                    return result(.higherBetter, computed: weight, met: met || targetValue.isZero, assumed: assumed,
                                  "actual \(actualValue) ≥ target \(targetValue): full 分值")
                }
                return result(.higherBetter, computed: proportion(weight, actualValue, targetValue), met: false,
                              assumed: assumed, "actual \(actualValue) < target \(targetValue): 分值 × actual ÷ target")
            case .atMost, .lessThan:
                if actualValue <= targetValue {
                    return result(.lowerBetter, computed: weight, met: true,
                                  "actual \(actualValue) ≤ target \(targetValue): full 分值")
                }
                if targetValue.isZero {
                    return result(.lowerBetter, computed: .zero, met: false,
                                  "actual \(actualValue) above a target of 0: 0")
                }
                return result(.lowerBetter, computed: proportion(weight, targetValue, actualValue), met: false,
                              "actual \(actualValue) > target \(targetValue): 分值 × target ÷ actual")
            case .exactly:
                if actualValue == targetValue {
                    return result(.exact, computed: weight, met: true, "actual equals target \(targetValue): full 分值")
                }
                if targetValue.isZero {
                    return result(.exact, computed: .zero, met: false, "actual \(actualValue) differs from a target of 0: 0")
                }
                let lost = actualValue.subtracting(targetValue).flatMap { proportion(weight, $0.magnitudeValue, targetValue) }
                let score = lost.map { Swift.max(weight.subtracting($0) ?? .zero, .zero) }
                return result(.exact, computed: score, met: false,
                              "actual \(actualValue) ≠ target \(targetValue): 分值 × (1 − |actual − target| ÷ target)")
            }
        }
    }

    private func scoreRange(
        weight: Score, lower: ExactDecimal, upper: ExactDecimal, actual: ExactDecimal,
        _ result: (IndicatorRule, Score?, Bool?, Bool, String) -> IndicatorScoring
    ) -> IndicatorScoring {
        if actual >= lower, actual <= upper {
            return result(.range, weight, true, false, "actual \(actual) within \(lower)–\(upper): full 分值")
        }
        if actual < lower {
            return result(.range, proportion(weight, actual, lower), false, false,
                          "actual \(actual) below \(lower): 分值 × actual ÷ lower bound")
        }
        return result(.range, proportion(weight, upper, actual), false, false,
                      "actual \(actual) above \(upper): 分值 × upper bound ÷ actual")
    }

    /// 分值 × numerator ÷ denominator, rounded half-up to 2 places, capped at 分值 and floored at 0; nil when the
    /// denominator is 0 or the product overflows.
    func proportion(_ weight: Score, _ numerator: ExactDecimal, _ denominator: ExactDecimal) -> Score? {
        guard let product = weight.multiplied(by: numerator),
              let value = product.dividedRounded(by: denominator, places: ScorecardScorer.scorePlaces) else { return nil }
        return Swift.max(value.capped(at: weight), .zero)
    }

    private func quote(_ text: String) -> String { "“\(text)”" }

    /// Words in an 实际完成值 that say the target was reached.
    static let metWords = ["完成", "达到", "达标", "实现", "落实", "符合", "全覆盖", "已办结"]
    /// Words that negate it.
    static let unmetWords = ["未完成", "未达到", "未达标", "未实现", "未落实", "不符合", "部分完成", "基本完成", "尚未"]

    /// Whether a published actual says the target was met: it repeats the target text (ignoring whitespace), or it
    /// contains a completion word (完成, 达到, 实现, …) and no negation (未完成, 部分完成, …).
    public static func textSaysMet(target: String?, actual: String?) -> Bool {
        guard let actual else { return false }
        let compactActual = IndicatorTarget.normalize(actual)
        guard !compactActual.isEmpty else { return false }
        if let target, IndicatorTarget.normalize(target) == compactActual { return true }
        if unmetWords.contains(where: { compactActual.contains($0) }) { return false }
        return metWords.contains { compactActual.contains($0) }
    }
}

extension ExactDecimal {
    /// self + other; when the exact sum overflows (scores with up to 18 decimals), the sum of both rounded to 6
    /// decimals, which always fits for the bounded scores of a scorecard (|score| ≤ 1,000,000).
    func sumAdding(_ other: ExactDecimal) -> ExactDecimal {
        adding(other) ?? rounded(places: 6).adding(other.rounded(places: 6)) ?? self
    }

    /// |self|.
    var magnitudeValue: ExactDecimal {
        isNegative ? negated : self
    }
}
