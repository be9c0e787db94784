import Foundation
import JuesuanDomain
import Testing

/// The embedded seed disclosure (2020 株洲市石峰区司法局) decodes without error and carries every published figure of
/// the seed txt: all cells of tables 01–07 and all scorecard figures, listed as literals in `SeedFigures`, plus the
/// empty tables, printed numbers, narrative, staffing and stated facts. Errors of the seed stay as published.
@Suite("Seed transcription")
struct SeedTranscriptionTests {
    /// Path of the seed resource, relative to this file.
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../Sources/juesuan/Resources/seed/shifeng-sifaju-2020.json")
        .standardizedFileURL

    static func seedBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: seedURL))
    }

    static func decodedSeed() throws -> Disclosure {
        try Disclosure(jsonBytes: seedBytes())
    }

    @Test("decodes with no error and is already in canonical form")
    func decodesCanonically() throws {
        let bytes = try Self.seedBytes()
        let disclosure: Disclosure
        do {
            disclosure = try Disclosure(jsonBytes: bytes)
        } catch {
            Issue.record("seed does not decode:\n\(error.description)")
            return
        }
        #expect(disclosure.department.id == "shifeng-sifaju")
        #expect(disclosure.department.name == "株洲市石峰区司法局")
        #expect(disclosure.department.region == ["湖南省", "株洲市", "石峰区"])
        #expect(disclosure.fiscalYear == 2020)
        #expect(disclosure.unit == .tenThousandYuan)
        #expect(disclosure.canonicalJSON() == bytes, "the shipped file is not byte-identical to its canonical form")
    }

    @Test("every cell of tables 01–07 has its published amount")
    func tableCells() throws {
        let disclosure = try Self.decodedSeed()
        #expect(SeedFigures.tableCells.count == 469)
        var rowsSeen: [String: Set<Int>] = [:]
        for cell in SeedFigures.tableCells {
            let place = "\(cell.table) \(cell.side ?? "") \(cell.line.map(String.init) ?? "") \(cell.code ?? "-") "
                + "\(cell.name ?? "-") [\(cell.column)] (seed line \(cell.seedLine))"
            guard let kind = TableKind(id: cell.table), let table = disclosure.table(kind) else {
                Issue.record("no table \(cell.table)")
                continue
            }
            let index: Int?
            if let side = cell.side {
                index = table.rows.firstIndex { $0.side?.rawValue == side && $0.line == cell.line }
            } else {
                index = table.rows.firstIndex { $0.code == cell.code && $0.name == cell.name }
            }
            guard let index else {
                Issue.record("no row for \(place)")
                continue
            }
            rowsSeen[cell.table, default: []].insert(index)
            let row = table.rows[index]
            #expect(row.name == cell.name, "\(place): name \(row.name ?? "nil")")
            #expect(row.code == cell.code, "\(place): code \(row.code ?? "nil")")
            let expected = try Money(parsing: cell.value)
            #expect(row[cell.column] == expected, "\(place): \(row[cell.column]?.description ?? "blank") ≠ \(cell.value)")
            #expect(row[cell.column]?.description == cell.value, "\(place): rendering")
        }
        // No row of tables 01–07 is left unchecked, and every row has all of its columns filled.
        for table in disclosure.tables where table.kind.number <= 7 {
            #expect(rowsSeen[table.kind.id]?.count == table.rows.count,
                    "\(table.kind.id): \(table.rows.count) rows, \(rowsSeen[table.kind.id]?.count ?? 0) checked")
            let cellCount = SeedFigures.tableCells.filter { $0.table == table.kind.id }.count
            let columnCount = table.rows.reduce(0) { $0 + table.kind.columns(for: $1.side).count }
            #expect(cellCount == columnCount, "\(table.kind.id): \(cellCount) figures for \(columnCount) cells")
        }
    }

    @Test("cell counts per table")
    func cellCountsPerTable() {
        let counts = Dictionary(grouping: SeedFigures.tableCells, by: \.table).mapValues(\.count)
        #expect(counts == [
            "income_expenditure_summary": 42, "income": 98, "expenditure": 84, "appropriation_summary": 120,
            "general_budget_expenditure": 33, "general_budget_basic_expenditure": 80, "three_public": 12,
        ])
    }

    @Test("every scorecard figure: funds, funds scoring, indicators, total and grade")
    func scorecardFigures() throws {
        let disclosure = try Self.decodedSeed()
        #expect(SeedFigures.scorecardFigures.count == 372)
        #expect(disclosure.scorecards.map(\.id) == ["department", "yifa-zhiqu", "gonggong-falv-fuwu", "shequ-jiaozheng"])
        for figure in SeedFigures.scorecardFigures {
            let place = "\(figure.scorecard) \(figure.row) [\(figure.column)] (seed line \(figure.seedLine))"
            guard let card = disclosure.scorecard(id: figure.scorecard) else {
                Issue.record("no scorecard \(figure.scorecard)")
                continue
            }
            let actual: String?
            switch figure.row {
            case .funds(let key):
                let row: FundRow
                switch key {
                case "total": row = card.funds.total
                case "current_year_appropriation": row = card.funds.currentYearAppropriation
                case "prior_year_carryover": row = card.funds.priorYearCarryover
                case "other": row = card.funds.other
                default:
                    Issue.record("unknown funds row \(key)")
                    continue
                }
                switch figure.column {
                case "initial_budget": actual = row.initialBudget?.description
                case "full_year_budget": actual = row.fullYearBudget?.description
                case "executed": actual = row.executed?.description
                default:
                    Issue.record("unknown funds column \(figure.column)")
                    continue
                }
            case .fundsScoring:
                switch figure.column {
                case "weight": actual = card.funds.weight?.description
                case "published_execution_rate": actual = card.funds.publishedExecutionRate
                case "published_score": actual = card.funds.publishedScore?.description
                default:
                    Issue.record("unknown funds scoring column \(figure.column)")
                    continue
                }
            case .indicator(let index, let name):
                guard card.indicators.indices.contains(index) else {
                    Issue.record("\(place): card has only \(card.indicators.count) indicators")
                    continue
                }
                let indicator = card.indicators[index]
                #expect(indicator.name == name, "\(place): name \(indicator.name)")
                switch figure.column {
                case "target_text": actual = indicator.targetText
                case "actual_text": actual = indicator.actualText
                case "weight": actual = indicator.weight?.description
                case "published_score": actual = indicator.publishedScore?.description
                default:
                    Issue.record("unknown indicator column \(figure.column)")
                    continue
                }
                #expect(indicator.deviationNote == nil, "\(place): deviation note")
            case .total:
                switch figure.column {
                case "weight": actual = card.publishedTotal.weight?.description
                case "score": actual = card.publishedTotal.score?.description
                case "grade": actual = card.publishedGrade
                default:
                    Issue.record("unknown total column \(figure.column)")
                    continue
                }
            }
            #expect(actual == figure.value, "\(place): \(actual ?? "blank") ≠ \(figure.value ?? "blank")")
        }
        // Every indicator of every card is enumerated (4 figures each).
        for card in disclosure.scorecards {
            let enumerated = Set(SeedFigures.scorecardFigures.compactMap { figure -> Int? in
                guard figure.scorecard == card.id, case .indicator(let index, _) = figure.row else { return nil }
                return index
            })
            #expect(enumerated.count == card.indicators.count, "\(card.id): \(card.indicators.count) indicators")
        }
    }

    @Test("scorecard structure: indicator counts and weights per 一级指标, as published (errors kept)")
    func scorecardStructure() throws {
        let disclosure = try Self.decodedSeed()
        func weights(_ id: String) -> [String: String] {
            let card = disclosure.scorecard(id: id)
            var sums: [String: ExactDecimal] = [:]
            for indicator in card?.indicators ?? [] {
                sums[indicator.level1 ?? "", default: .zero] = sums[indicator.level1 ?? "", default: .zero]
                    + (indicator.weight ?? .zero)
            }
            return sums.mapValues(\.description)
        }
        #expect(disclosure.scorecards.map(\.indicators.count) == [34, 12, 18, 11])
        #expect(weights("department") == ["产出指标": "50", "效益指标": "30", "满意度指标": "10"])
        #expect(weights("yifa-zhiqu") == ["产出指标": "50", "效益指标": "30", "满意度指标": "10"])
        #expect(weights("gonggong-falv-fuwu") == ["产出指标": "50", "效益指标": "30", "满意度指标": "10"])
        // Seed error kept: the 社区矫正 满意度 indicator weighs 30 (the band is 10).
        #expect(weights("shequ-jiaozheng") == ["产出指标": "50", "效益指标": "30", "满意度指标": "30"])
        let department = try #require(disclosure.scorecard(id: "department"))
        #expect(department.kind == .department)
        #expect(department.name == "部门整体支出")
        let level2 = Dictionary(grouping: department.indicators, by: { $0.level2 ?? "" }).mapValues(\.count)
        #expect(level2 == ["数量指标": 11, "质量指标": 6, "时效指标": 1, "成本指标": 7, "社会效益指标": 4,
                           "可持续影响指标": 1, "服务对象满意度指标": 4])
        let project = try #require(disclosure.scorecard(id: "shequ-jiaozheng"))
        #expect(project.kind == .project)
        #expect(project.subProject == "社区矫正和安置帮教")
        #expect(project.totalInvestment == Money("16.61"))
        #expect(project.ofWhichAppropriation == Money("16.61"))
        #expect(project.period == "全年")
        #expect(disclosure.scorecards.allSatisfy { $0.goals.count == 1 })
        #expect(!disclosure.scorecards.flatMap(\.indicators).contains { $0.name.contains("\\geq") || $0.name.contains("\\leq") })
    }

    @Test("table numbers, titles, notes and empty tables as printed")
    func tablesAsPrinted() throws {
        let disclosure = try Self.decodedSeed()
        #expect(disclosure.tables.map(\.kind.id) == [
            "income_expenditure_summary", "income", "expenditure", "appropriation_summary", "general_budget_expenditure",
            "general_budget_basic_expenditure", "three_public", "government_fund", "state_capital",
        ])
        #expect(disclosure.tables.map(\.printedNumber) == [
            "公开 01 表", "公开 02 表", "公开 03 表", nil, nil, "公开表 06 表", "公开 07 表", "公开 08 表", "公开 08 表",
        ])
        #expect(disclosure.tables[6].title == "一般公共预算财政拨款“三公”经费支出决算表")
        #expect(disclosure.tables.prefix(7).allSatisfy { $0.state == .data })
        #expect(disclosure.tables[7].state == .empty(reason: "2020 年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。"))
        #expect(disclosure.tables[8].state == .empty(reason: "2020年度本单位无国有资本经营预算财政拨款支出。"))
        #expect(disclosure.tables[7].note == "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况")
        #expect(disclosure.tables[0].note == "注：1.本表反映部门本年度的总收入和年末结转结余情况。\n2.本套报表金额单位转换时可能存在尾数误差。")
        #expect(disclosure.tables[1].note == "注: 本表反映部门本年度取得的各项收入情况。")
        #expect(disclosure.tables.allSatisfy { $0.note != nil })
    }

    @Test("profile, staffing and stated facts as published")
    func profileAndFacts() throws {
        let disclosure = try Self.decodedSeed()
        let profile = disclosure.profile
        #expect(profile.duties.count == 9)
        #expect(profile.duties[6] == "(七) 负责指导、管理全区社区矫正工作。指导全区刑满释放人员帮教安置工作。")
        #expect(profile.internalUnits.count == 9)
        #expect(profile.unitsCovered == ["石峰区司法局本级"])
        // Seed error kept: 实有 25 although 20 + 1 + 5 = 26.
        #expect(profile.staffing == Staffing(establishmentKind: "行政编制", establishment: 21, actual: 25,
                                             inService: 20, retiredCadres: 1, retired: 5))
        #expect(disclosure.budgetLines.map(\.code) == ["2040601", "2040602", "2049901", "2040699", "2299901"])
        #expect(disclosure.budgetLines.map { $0.initialBudget?.description } == ["379.31", "60.00", "0.00", "0.00", "0.00"])
        // Seed error kept: 6.18 for 其他公共安全支出 (the tables say 4.30).
        #expect(disclosure.budgetLines.map { $0.finalAmount?.description } == ["412.64", "84.69", "6.18", "119.01", "21.91"])
        #expect(disclosure.budgetLines.map(\.statedExecutionPercent) == ["108.79", "141.15", "100", "100", "100"])
        #expect(disclosure.budgetLines[3].statedPath == "公司安全支出（类）司法（款）其他司法支出（项）")
        #expect(disclosure.operatingCosts?.amount == Money("35.15"))
        #expect(disclosure.meetingsTraining?.meetings == SpendingItem(amount: Money("0.04"), people: 30, purpose: "召开依法治区会议"))
        #expect(disclosure.meetingsTraining?.training?.amount == Money("0.38"))
        #expect(disclosure.meetingsTraining?.training?.people == 100)
        let procurement = try #require(disclosure.procurement)
        #expect([procurement.total, procurement.goods, procurement.works, procurement.services, procurement.sme, procurement.micro]
            .map { $0?.description } == ["61.77", "43.85", "0.00", "17.92", "61.77", "0.00"])
        let vehicles = try #require(disclosure.assets?.vehicles)
        #expect(vehicles.total == 1)
        #expect(vehicles.byUse.map(\.use) == ["主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "其他用车"])
        #expect(vehicles.byUse.map(\.count) == [0, 0, 0, 1, 0, 0])
        #expect(disclosure.assets?.generalEquipmentOver500k == 0)
        #expect(disclosure.assets?.specialEquipmentOver1m == 0)
    }

    @Test("narrative, glossary and performance report verbatim")
    func prose() throws {
        let disclosure = try Self.decodedSeed()
        #expect(disclosure.narrative.map(\.number) == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"])
        #expect(disclosure.narrative[0].title == "收入支出决算总体情况说明")
        #expect(disclosure.narrative[0].text == "2020年度收、支总计644.43万元。与上年相比，减少67.4万元，减少9.5%，主要是因为节约开支。")
        #expect(disclosure.narrative[14].text == "本单位没有独立网站，因此只在株洲市石峰区区政府门户网部门决算公开专栏中公开。")
        // Seed errors kept in the narrative text.
        #expect(disclosure.narrative[4].text.contains("4.公司安全支出（类）司法（款）其他司法支出（项）\n年初预算为0万元"))
        #expect(disclosure.narrative[6].text.contains("“三公”经费财政拨款支出预算为2.6万元"))
        #expect(disclosure.narrative[6].text.contains("公务接待费支出决算0万元,占0%,"))
        #expect(disclosure.narrative[13].text.contains("项目支出16.16万元"))
        #expect(disclosure.glossary.count == 8)
        #expect(disclosure.glossary[6].term == "“三公经费”支出")
        #expect(disclosure.glossary[0] == GlossaryEntry(term: "财政拨款收入", definition: "指单位从同级财政部门取得的财政预算资金。"))
        #expect(disclosure.performanceReport.map(\.title) == [
            "一、预算单位基本情况", "二、预算收支情况", "三、资金使用及绩效情况（包含单位管理的公共专项）",
            "四、绩效管理存在的问题及下一步改进措施", "五、其他需要说明的情况",
        ])
        #expect(disclosure.performanceReport[2].text.contains("一支政治坚定、业务精通、作风优良"))
        // No paragraph of the prose is empty (a PDF line break was joined or kept, never doubled).
        let prose = disclosure.narrative.map(\.text) + disclosure.performanceReport.map(\.text)
        #expect(!prose.contains { $0.contains("\n\n") || $0.hasPrefix("\n") || $0.hasSuffix("\n") })
    }
}
