import Testing
@testable import JuesuanDomain

@Suite struct IndicatorTargetTests {
    private func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    @Test func atLeastWithUnitInText() {
        let target = IndicatorTarget.parse(text: "≥400件")
        #expect(target.kind == .quantitative)
        #expect(target.direction == .atLeast)
        #expect(target.directionSource == .text)
        #expect(target.value == decimal("400"))
        #expect(target.unit == "件")
    }

    @Test(arguments: ["100.00%", "100.00 %", "100%", "１００％"])
    func percentages(text: String) {
        let target = IndicatorTarget.parse(text: text, nameHint: "法律援助案卷审核合格率 (≥, %)")
        #expect(target.kind == .quantitative)
        #expect(target.value == decimal("100"))
        #expect(target.unit == "%")
        #expect(target.isPercent)
        #expect(target.direction == .atLeast)
        #expect(target.directionSource == .nameHint)
        #expect(target.text == text)
    }

    @Test func atMostZeroPercent() {
        let target = IndicatorTarget.parse(text: "≤0%")
        #expect(target.direction == .atMost)
        #expect(target.value == .zero)
        #expect(target.unit == "%")
        let hinted = IndicatorTarget.parse(text: "0%", nameHint: "法律援助案件有效投诉发生率 (≤, %)")
        #expect(hinted.direction == .atMost)
        #expect(hinted.directionSource == .nameHint)
    }

    @Test(arguments: [("800-1500元/件", "元/件"), ("800-1 500 元", "元"), ("800～1500元/件", "元/件"), ("800 - 1,500 元/件", "元/件")])
    func ranges(text: String, unit: String) {
        let target = IndicatorTarget.parse(text: text, nameHint: "发放法律援助案件补助")
        #expect(target.kind == .range)
        #expect(target.value == decimal("800"))
        #expect(target.upperValue == decimal("1500"))
        #expect(target.unit == unit)
        #expect(target.direction == nil)
        #expect(target.isMeasurable)
    }

    @Test(arguments: ["2020年12月", "2020 年 12 月", "2020 年 12"])
    func monthDates(text: String) {
        let target = IndicatorTarget.parse(text: text, nameHint: "各项工作完成时限")
        #expect(target.kind == .date)
        #expect(target.year == 2020)
        #expect(target.month == 12)
        #expect(target.day == nil)
        #expect(!target.isMeasurable)
    }

    @Test func fullDatesAndInvalidDates() {
        let day = IndicatorTarget.parse(text: "2020年12月31日")
        #expect(day.kind == .date)
        #expect(day.day == 31)
        #expect(IndicatorTarget.parse(text: "2020-06-30").month == 6)
        #expect(IndicatorTarget.parse(text: "2020年2月30日").kind == .qualitative)
        #expect(IndicatorTarget.parse(text: "2020年13月").kind == .qualitative)
    }

    @Test(arguments: ["不断提高", "拨付完成", "有效提升服务质量"])
    func qualitative(text: String) {
        let target = IndicatorTarget.parse(text: text, nameHint: "促进依法行政水平")
        #expect(target.kind == .qualitative)
        #expect(target.value == nil)
        #expect(target.direction == nil)
        #expect(target.unit == nil)
    }

    @Test func bareNumbersTakeDirectionAndUnitFromTheName() {
        let hinted = IndicatorTarget.parse(text: "400", nameHint: "矛盾纠纷调解(≥,件)")
        #expect(hinted.direction == .atLeast)
        #expect(hinted.unit == "件")
        #expect(hinted.value == decimal("400"))
        let plain = IndicatorTarget.parse(text: "95%", nameHint: "法律援助满意度")
        #expect(plain.direction == nil)
        #expect(plain.directionSource == nil)
        #expect(plain.value == decimal("95"))
        let unitOnly = IndicatorTarget.parse(text: "370", nameHint: "走访 (次)")
        #expect(unitOnly.unit == "次")
        #expect(unitOnly.direction == nil)
    }

    @Test(arguments: [
        ("矛盾纠纷调解(≥,件)", TargetDirection.atLeast, "件"), ("人民调解组织调解成功率 (>= %)", .atLeast, "%"),
        (#"法律援助办理案件数量 (\geq , 件)"#, .atLeast, "件"), ("社区矫正对象（≥，人）", .atLeast, "人"),
        (#"有效投诉发生率 ($\leq$, %)"#, .atMost, "%"), ("调解成功率(≧,%)", .atLeast, "%"),
        (#"矛盾纠纷调解\left(\geq, 件\right)"#, .atLeast, "件"), (#"投诉率 (\leqslant %)"#, .atMost, "%"),
    ])
    func nameHints(name: String, direction: TargetDirection, unit: String) {
        let target = IndicatorTarget.parse(text: "1", nameHint: name)
        #expect(target.direction == direction)
        #expect(target.unit == unit)
    }

    @Test func textUnitWinsOverHintAndOddUnits() {
        let target = IndicatorTarget.parse(text: "88 人", nameHint: "社区矫正对象 (≥, 件)")
        #expect(target.unit == "人")
        #expect(target.direction == .atLeast)
        #expect(IndicatorTarget.parse(text: "200 元 /天/人").unit == "元/天/人")
        #expect(IndicatorTarget.parse(text: "10 万份").unit == "万份")
        #expect(IndicatorTarget.parse(text: "10 万份").value == decimal("10"))
        #expect(IndicatorTarget.parse(text: "86.1%").value == decimal("86.1"))
    }

    @Test func emptyAndIndicatorAccessors() {
        #expect(IndicatorTarget.parse(text: "  ").kind == .empty)
        let indicator = ScorecardIndicator(name: "矛盾纠纷调解(≥,件)", targetText: "400", actualText: "460", weight: 2, publishedScore: 2)
        #expect(indicator.target.direction == .atLeast)
        #expect(indicator.actual.value == decimal("460"))
        #expect(indicator.actual.unit == "件")
        #expect(ScorecardIndicator(name: "x").target.kind == .empty)
    }
}
