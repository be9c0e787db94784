/// One section of the 绩效评价报告 (performance evaluation report) attached to a disclosure, verbatim.
public struct PerformanceReportSection: Sendable, Hashable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}
