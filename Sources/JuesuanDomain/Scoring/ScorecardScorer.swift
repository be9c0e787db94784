/// Scores 绩效自评表 scorecards under a `ScoringProfile`: budget execution (分值 × 执行率, capped), each
/// quantitative indicator from its parsed target and actual (see `IndicatorRule`), qualitative indicators keep
/// their published score, block sums, the total and its grade. Pure and deterministic; exact decimals only.
///
/// Rounding: every recomputed score is rounded half-up (ties away from zero) to `scorePlaces` (2) decimals once,
/// from the exact quotient (分值 × a ÷ b), then capped at 分值 and floored at 0. Rates are percentages rounded
/// half-up to 2 decimals. Totals are exact sums of the rounded scores.
public struct ScorecardScorer: Sendable {
    /// Decimal places of recomputed scores.
    public static let scorePlaces = 2

    public var profile: ScoringProfile

    public init(profile: ScoringProfile = .standard) {
        self.profile = profile
    }

    /// Scores one scorecard.
    public func score(_ scorecard: Scorecard) -> ScorecardScoring {
        let execution = ExecutionScoring(funds: scorecard.funds, profile: profile)
        let indicators = scorecard.indicators.enumerated().map { index, indicator in
            scoreIndicator(indicator, index: index)
        }
        let blocks = blockScorings(indicators)
        let indicatorWeight = indicators.reduce(ExactDecimal.zero) { $0.sumAdding($1.weight ?? .zero) }
        let indicatorPublished = indicators.reduce(ExactDecimal.zero) { $0.sumAdding($1.publishedScore ?? .zero) }
        let indicatorScore = indicators.reduce(ExactDecimal.zero) { $0.sumAdding($1.effectiveScore ?? .zero) }
        let total = execution.effectiveScore.sumAdding(indicatorScore)
        return ScorecardScoring(
            scorecardID: scorecard.id, scorecardName: scorecard.name, profileID: profile.id, execution: execution,
            indicators: indicators, blocks: blocks, totalWeight: execution.weight.sumAdding(indicatorWeight),
            publishedScoreSum: (execution.publishedScore ?? .zero).sumAdding(indicatorPublished), totalScore: total,
            grade: profile.gradeBands.grade(for: total), publishedTotal: scorecard.publishedTotal,
            publishedGradeText: scorecard.publishedGrade
        )
    }

    /// Scores every scorecard of a disclosure, in printed order.
    public func score(_ disclosure: Disclosure) -> [ScorecardScoring] {
        disclosure.scorecards.map { score($0) }
    }

    /// Groups scored indicators by profile block (profile order), then one group of unmatched indicators.
    func blockScorings(_ indicators: [IndicatorScoring]) -> [BlockScoring] {
        func sum(_ members: [IndicatorScoring], _ value: (IndicatorScoring) -> Score?) -> Score {
            members.reduce(ExactDecimal.zero) { $0.sumAdding(value($1) ?? .zero) }
        }
        var result = profile.blocks.map { block in
            let members = indicators.filter { $0.blockID == block.id }
            return BlockScoring(
                block: block, name: block.name, expectedWeight: block.weight, weight: sum(members, \.weight),
                publishedScore: sum(members, \.publishedScore), score: sum(members, \.effectiveScore),
                indicatorCount: members.count
            )
        }
        let unmatched = indicators.filter { $0.blockID == nil }
        if !unmatched.isEmpty {
            var names: [String] = []
            for indicator in unmatched {
                let name = indicator.level1 ?? "(no 一级指标)"
                if !names.contains(name) { names.append(name) }
            }
            result.append(BlockScoring(
                block: nil, name: names.joined(separator: ", "), expectedWeight: nil, weight: sum(unmatched, \.weight),
                publishedScore: sum(unmatched, \.publishedScore), score: sum(unmatched, \.effectiveScore),
                indicatorCount: unmatched.count
            ))
        }
        return result
    }
}
