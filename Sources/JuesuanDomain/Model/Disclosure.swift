/// A whole 部门决算公开 disclosure: one department's final accounts for one fiscal year, with its profile, tables,
/// stated facts, narrative, glossary, performance report and scorecards. All amounts are in `unit`.
///
/// Decode from bytes with `Disclosure(jsonBytes:)` (every error with its JSON path); encode with `jsonValue()` /
/// `canonicalJSON(style:)`. See docs/canonical-format.md.
public struct Disclosure: Sendable, Hashable {
    /// The document format identifier this model reads and writes.
    public static let formatIdentifier = "juesuan.disclosure/1"
    /// Accepted fiscal years.
    public static let fiscalYearRange = 1990...2100

    public var department: Department
    /// 决算年度, 1990…2100.
    public var fiscalYear: Int
    /// Unit of every amount.
    public var unit: AmountUnit
    /// 公开日期, when known.
    public var publishedOn: CalendarDate?
    public var source: SourceReference
    public var profile: Profile
    /// Tables in published order; each kind at most once.
    public var tables: [DisclosureTable]
    public var budgetLines: [BudgetLine]
    public var operatingCosts: OperatingCosts?
    public var meetingsTraining: MeetingsTraining?
    public var procurement: Procurement?
    public var assets: Assets?
    public var narrative: [NarrativeSection]
    public var glossary: [GlossaryEntry]
    public var performanceReport: [PerformanceReportSection]
    public var scorecards: [Scorecard]

    public init(
        department: Department, fiscalYear: Int, unit: AmountUnit = .tenThousandYuan, publishedOn: CalendarDate? = nil,
        source: SourceReference, profile: Profile = Profile(), tables: [DisclosureTable] = [],
        budgetLines: [BudgetLine] = [], operatingCosts: OperatingCosts? = nil, meetingsTraining: MeetingsTraining? = nil,
        procurement: Procurement? = nil, assets: Assets? = nil, narrative: [NarrativeSection] = [],
        glossary: [GlossaryEntry] = [], performanceReport: [PerformanceReportSection] = [], scorecards: [Scorecard] = []
    ) {
        self.department = department
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.publishedOn = publishedOn
        self.source = source
        self.profile = profile
        self.tables = tables
        self.budgetLines = budgetLines
        self.operatingCosts = operatingCosts
        self.meetingsTraining = meetingsTraining
        self.procurement = procurement
        self.assets = assets
        self.narrative = narrative
        self.glossary = glossary
        self.performanceReport = performanceReport
        self.scorecards = scorecards
    }

    /// The table of this kind, if the document has one.
    public func table(_ kind: TableKind) -> DisclosureTable? {
        tables.first { $0.kind == kind }
    }

    /// The scorecard with this id.
    public func scorecard(id: String) -> Scorecard? {
        scorecards.first { $0.id == id }
    }
}
