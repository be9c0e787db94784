import JuesuanDomain
import Testing

/// Scorecard scoring: execution rate and score, every indicator rule, blocks, total, grade bands, profiles, seed.
@Suite struct ScoringTests {
    static func money(_ text: String) -> Money { Money(text)! }
    static func score(_ text: String) -> Score { ExactDecimal(text)! }

    static func indicator(
        _ name: String, target: String?, actual: String?, weight: String = "10", published: String? = nil,
        level1: String = "产出指标"
    ) -> ScorecardIndicator {
        ScorecardIndicator(level1: level1, level2: "数量指标", name: name, targetText: target, actualText: actual,
                           weight: score(weight), publishedScore: published.map(score))
    }

    func scored(_ indicator: ScorecardIndicator) -> IndicatorScoring {
        ScorecardScorer().scoreIndicator(indicator, index: 0)
    }

    // MARK: execution

    @Test func executionRateIsExecutedOverBudgetRoundedHalfUp() {
        let rate = ExecutionRate(fullYearBudget: Self.money("3"), executed: Self.money("2"))
        #expect(rate.percent == Self.score("66.67"))
        #expect(rate.unavailableReason == nil)
        let full = ExecutionRate(fullYearBudget: Self.money("209.88"), executed: Self.money("209.88"))
        #expect(full.percent == 100)
    }

    @Test func executionRateOverZeroOrMissingBudgetDoesNotExist() {
        let zero = ExecutionRate(fullYearBudget: .zero, executed: Self.money("5"))
        #expect(zero.percent == nil)
        #expect(zero.unavailableReason?.contains("zero budget") == true)
        let missing = ExecutionRate(fullYearBudget: nil, executed: Self.money("5"))
        #expect(missing.percent == nil)
        #expect(missing.unavailableReason?.contains("全年预算数") == true)
        let notExecuted = ExecutionRate(fullYearBudget: Self.money("5"), executed: nil)
        #expect(notExecuted.unavailableReason?.contains("全年执行数") == true)
    }

    @Test func executionScoreIsWeightTimesRateCappedAtWeight() {
        let partial = ExecutionScoring(
            funds: ScorecardFunds(total: FundRow(fullYearBudget: Self.money("200"), executed: Self.money("150")), weight: 10),
            profile: .standard)
        #expect(partial.score == Self.score("7.5"))
        #expect(partial.capped == false)
        let over = ExecutionScoring(
            funds: ScorecardFunds(total: FundRow(fullYearBudget: Self.money("100"), executed: Self.money("120")), weight: 10),
            profile: .standard)
        #expect(over.rate.percent == 120)
        #expect(over.score == 10)
        #expect(over.capped)
        let thirds = ExecutionScoring(
            funds: ScorecardFunds(total: FundRow(fullYearBudget: Self.money("3"), executed: Self.money("2"))),
            profile: .standard)
        #expect(thirds.weightSource == .profile)
        #expect(thirds.score == Self.score("6.67"))
    }

    @Test func executionWithoutRateKeepsPublishedScore() {
        let scoring = ExecutionScoring(
            funds: ScorecardFunds(total: FundRow(fullYearBudget: .zero, executed: .zero), weight: 10, publishedScore: 10),
            profile: .standard)
        #expect(scoring.score == nil)
        #expect(scoring.effectiveScore == 10)
    }

    // MARK: indicators

    @Test func higherBetterMetGetsFullWeight() {
        let result = scored(Self.indicator("矛盾纠纷调解(≥,件)", target: "400", actual: "460", weight: "2", published: "2"))
        #expect(result.rule == .higherBetter)
        #expect(result.directionAssumed == false)
        #expect(result.met == true)
        #expect(result.computedScore == 2)
    }

    @Test func higherBetterShortIsProportional() {
        let result = scored(Self.indicator("矛盾纠纷调解(≥,件)", target: "400", actual: "300", weight: "2", published: "2"))
        #expect(result.met == false)
        #expect(result.computedScore == Self.score("1.5"))
    }

    @Test func bareNumberIsReadAsHigherBetter() {
        let result = scored(Self.indicator("开展法治宣传", target: "80 次", actual: "60 次", weight: "4"))
        #expect(result.rule == .higherBetter)
        #expect(result.directionAssumed)
        #expect(result.computedScore == 3)
    }

    @Test func proportionalScoresRoundHalfUpToTwoPlaces() {
        // 1 × 1 ÷ 8 = 0.125 → 0.13; 2 × 1 ÷ 3 = 0.666… → 0.67.
        #expect(scored(Self.indicator("a(≥,件)", target: "8", actual: "1", weight: "1")).computedScore == Self.score("0.13"))
        #expect(scored(Self.indicator("b(≥,件)", target: "3", actual: "1", weight: "2")).computedScore == Self.score("0.67"))
    }

    @Test func lowerBetterRules() {
        let met = scored(Self.indicator("投诉发生率(≤,%)", target: "0%", actual: "0%", weight: "6"))
        #expect(met.rule == .lowerBetter)
        #expect(met.computedScore == 6)
        let over = scored(Self.indicator("投诉发生率(≤,%)", target: "5%", actual: "10%", weight: "6"))
        #expect(over.computedScore == 3)
        let overZero = scored(Self.indicator("投诉发生率(≤,%)", target: "0%", actual: "2%", weight: "6"))
        #expect(overZero.computedScore == 0)
        #expect(overZero.met == false)
    }

    @Test func exactRule() {
        let off = scored(Self.indicator("人数", target: "=100人", actual: "90人", weight: "10"))
        #expect(off.rule == .exact)
        #expect(off.computedScore == 9)
        let farOff = scored(Self.indicator("人数", target: "=100人", actual: "300人", weight: "10"))
        #expect(farOff.computedScore == 0)
        let on = scored(Self.indicator("人数", target: "=100人", actual: "100人", weight: "10"))
        #expect(on.computedScore == 10)
    }

    @Test func rangeRule() {
        let inside = scored(Self.indicator("补助", target: "800-1500元/件", actual: "1000元/件", weight: "4"))
        #expect(inside.rule == .range)
        #expect(inside.computedScore == 4)
        let below = scored(Self.indicator("补助", target: "800-1500元/件", actual: "700元/件", weight: "4"))
        #expect(below.computedScore == Self.score("3.5"))
        let above = scored(Self.indicator("补助", target: "800-1500元/件", actual: "2000元/件", weight: "4"))
        #expect(above.computedScore == 3)
    }

    @Test func deadlineRule() {
        let met = scored(Self.indicator("各项工作完成时限", target: "2020 年 12", actual: "2020 年 12 月", weight: "2"))
        #expect(met.rule == .deadline)
        #expect(met.computedScore == 2)
        let late = scored(Self.indicator("各项工作完成时限", target: "2020年6月", actual: "2020年12月", weight: "2"))
        #expect(late.computedScore == 0)
        #expect(late.met == false)
    }

    @Test func qualitativeKeepsPublishedScoreAndFlagsMetButDeducted() {
        let kept = scored(Self.indicator("促进依法行政水平", target: "不断提高", actual: "不断提高", weight: "6", published: "6"))
        #expect(kept.rule == .qualitative)
        #expect(kept.computedScore == nil)
        #expect(kept.effectiveScore == 6)
        #expect(kept.metButDeducted == false)
        let deducted = scored(Self.indicator("促进依法行政水平", target: "不断提高", actual: "不断提高", weight: "6", published: "4"))
        #expect(deducted.effectiveScore == 4)
        #expect(deducted.metButDeducted)
        let notMet = scored(Self.indicator("促进依法行政水平", target: "不断提高", actual: "未完成", weight: "6", published: "4"))
        #expect(notMet.metButDeducted == false)
    }

    @Test func incomparableActualKeepsPublishedScore() {
        let paid = scored(Self.indicator("社区矫正社会购买服务", target: "8个", actual: "拨付完成", weight: "7", published: "5"))
        #expect(paid.computedScore == nil)
        #expect(paid.effectiveScore == 5)
        #expect(paid.metButDeducted)
        let units = scored(Self.indicator("宣传资料制作", target: "10万份", actual: "8个", weight: "4", published: "4"))
        #expect(units.rule == .unscorable)
        #expect(units.computedScore == nil)
    }

    @Test func recomputedScoreNeverExceedsWeight() {
        let result = scored(Self.indicator("调解(≥,件)", target: "400", actual: "4000", weight: "2", published: "3"))
        #expect(result.computedScore == 2)
    }

    // MARK: blocks, totals, grades

    @Test func gradeBandsAreInclusiveAtTheirLowerBound() {
        let bands = GradeBands.standard
        #expect(bands.grade(for: 100) == .excellent)
        #expect(bands.grade(for: 90) == .excellent)
        #expect(bands.grade(for: Self.score("89.99")) == .good)
        #expect(bands.grade(for: 80) == .good)
        #expect(bands.grade(for: Self.score("79.99")) == .fair)
        #expect(bands.grade(for: 60) == .fair)
        #expect(bands.grade(for: Self.score("59.99")) == .poor)
        #expect(Grade(publishedText: "等级: 优") == .excellent)
        #expect(Grade(publishedText: "良") == .good)
        #expect(Grade(publishedText: "甲") == nil)
    }

    @Test func totalIsSumOfScoresAndBlocksFollowTheProfile() {
        let card = Scorecard(
            id: "p", kind: .project, name: "项目",
            funds: ScorecardFunds(total: FundRow(fullYearBudget: Self.money("100"), executed: Self.money("90")),
                                  weight: 10, publishedScore: 9),
            indicators: [
                Self.indicator("件数(≥,件)", target: "100", actual: "80", weight: "50", published: "50"),
                Self.indicator("效益", target: "不断提高", actual: "不断提高", weight: "30", published: "30", level1: "效益指标"),
                Self.indicator("满意度(≥,%)", target: "95%", actual: "95%", weight: "10", published: "10", level1: "满意度指标"),
            ],
            publishedTotal: ScorecardTotal(weight: 100, score: 99), publishedGrade: "优")
        let result = ScorecardScorer().score(card)
        #expect(result.execution.score == 9)
        #expect(result.indicators[0].computedScore == 40)
        #expect(result.totalWeight == 100)
        #expect(result.totalScore == 89)
        #expect(result.publishedScoreSum == 99)
        #expect(result.grade == .good)
        #expect(result.publishedGrade == .excellent)
        #expect(result.blocks.map(\.name) == ["产出指标", "效益指标", "满意度指标"])
        #expect(result.blocks.map(\.weight) == [50, 30, 10])
        #expect(result.blocks.map(\.score) == [40, 30, 10])
    }

    @Test func unmatchedLevel1FormsItsOwnGroup() {
        let card = Scorecard(id: "p", kind: .project, name: "项目", indicators: [
            Self.indicator("成本", target: "≤100万元", actual: "90万元", weight: "10", level1: "成本指标"),
        ])
        let blocks = ScorecardScorer().score(card).blocks
        #expect(blocks.count == 4)
        #expect(blocks[3].block == nil)
        #expect(blocks[3].name == "成本指标")
        #expect(blocks[3].weight == 10)
    }

    @Test func regionalProfileChangesWeightsAndBands() {
        let profile = ScoringProfile(
            id: "regional", name: "执行率 20", executionWeight: 20,
            blocks: [
                ScoringBlock(id: "output", name: "产出指标", weight: 40, keywords: ["产出"]),
                ScoringBlock(id: "cost", name: "成本指标", weight: 10, keywords: ["成本"]),
                ScoringBlock(id: "outcome", name: "效益指标", weight: 20, keywords: ["效益"]),
                ScoringBlock(id: "satisfaction", name: "满意度指标", weight: 10, keywords: ["满意"]),
            ],
            gradeBands: GradeBands(excellentFrom: 95, goodFrom: 85, fairFrom: 60))
        #expect(profile.totalWeight == 100)
        let card = Scorecard(id: "p", kind: .project, name: "项目",
                             funds: ScorecardFunds(total: FundRow(fullYearBudget: Self.money("10"), executed: Self.money("10"))),
                             indicators: [Self.indicator("成本", target: "≤100万元", actual: "90万元", weight: "10", level1: "成本指标")])
        let result = ScorecardScorer(profile: profile).score(card)
        #expect(result.execution.weight == 20)
        #expect(result.execution.score == 20)
        #expect(result.blocks[1].weight == 10)
        #expect(result.totalScore == 30)
        #expect(profile.gradeBands.grade(for: 90) == .good)
    }

    // MARK: seed

    @Test func seedDepartmentCardRecomputesTo100() {
        let card = SeedDocument.disclosure.scorecard(id: "department")!
        let result = ScorecardScorer().score(card)
        #expect(result.execution.rate.percent == 100)
        #expect(result.execution.score == 10)
        #expect(result.indicators.count == 34)
        #expect(result.blocks.map(\.weight) == [50, 30, 10])
        #expect(result.totalWeight == 100)
        #expect(result.totalScore == 100)
        #expect(result.grade == .excellent)
        #expect(result.publishedTotal.score == 10)
        #expect(result.indicators.filter { $0.metButDeducted }.isEmpty)
    }

    @Test func seedCommunityCorrectionCardCarriesA30PointSatisfactionBlock() {
        let card = SeedDocument.disclosure.scorecard(id: "shequ-jiaozheng")!
        let result = ScorecardScorer().score(card)
        #expect(result.blocks.map(\.weight) == [50, 30, 30])
        #expect(result.blocks.map(\.expectedWeight) == [50, 30, 10])
        #expect(result.totalWeight == 120)
        #expect(result.totalScore == 120)
        #expect(result.publishedTotal.score == 100)
        #expect(result.execution.rate.percent == 100)
    }
}
