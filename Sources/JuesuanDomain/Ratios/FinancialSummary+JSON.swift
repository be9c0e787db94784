extension FinancialSummary {
    /// The response members `previous_year`, `income`, `expenditure`, `basic_expenditure`; ratio messages go to
    /// `encoder` with paths from the response root.
    public func jsonMembers(_ encoder: inout AnalysisEncoder) -> [(String, JSONValue)] {
        func lines(_ list: [AmountLine], _ path: String) -> JSONValue {
            .array(list.enumerated().map { index, line in line.jsonValue(&encoder, path: "\(path)[\(index)]") })
        }
        let incomeJSON = JSONObject([
            ("total", incomeTotal.jsonValue(&encoder, path: "$.income.total")), ("lines", lines(income, "$.income.lines")),
        ])
        let expenditureJSON = JSONObject([
            ("total", expenditureTotal.jsonValue(&encoder, path: "$.expenditure.total")),
            ("by_class", lines(expenditureByClass, "$.expenditure.by_class")),
            ("by_type", lines(expenditureByType, "$.expenditure.by_type")),
        ])
        let basicJSON = JSONObject([
            ("total", basicExpenditureTotal.jsonValue(&encoder, path: "$.basic_expenditure.total")),
            ("grouping", .string(grouping.id)),
            ("groups", lines(economicGroups, "$.basic_expenditure.groups")),
        ])
        return [
            ("previous_year", previousYear.map { .int($0) } ?? .null), ("income", .object(incomeJSON)),
            ("expenditure", .object(expenditureJSON)), ("basic_expenditure", .object(basicJSON)),
        ]
    }
}
