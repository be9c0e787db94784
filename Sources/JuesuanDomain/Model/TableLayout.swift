/// How the rows of a table kind are identified.
public enum TableLayout: String, Sendable, Hashable {
    /// Income lines beside expenditure lines, each with a 行次 (line number): tables 01 and 04. Rows carry `side`
    /// and `line`; the columns may differ per side.
    case twoSided = "two_sided"
    /// Rows keyed by functional classification code 类/款/项 (支出功能分类科目编码): tables 02, 03, 05, 08, 09.
    case functionalCoded = "functional_coded"
    /// Rows keyed by economic classification code 类/款 (部门支出经济分类科目编码): table 06.
    case economicCoded = "economic_coded"
    /// A single row of figures: the 三公 table 07.
    case singleRow = "single_row"
}
