import Foundation
import Testing
@testable import JuesuanDomain

/// Keeps docs/disclosure.schema.json in step with the table-kind registry and the encoder.
@Suite struct DisclosureSchemaTests {
    private func schema() throws -> JSONValue {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/disclosure.schema.json")
        return try JSONParser().parse(Array(try Data(contentsOf: url)))
    }

    @Test func kindsAndColumnsMatchTheRegistry() throws {
        let schema = try schema()
        let table = schema["$defs"]?["table"]
        let kinds = table?["properties"]?["kind"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        #expect(kinds == TableKind.all.map(\.id))
        let branches = table?["allOf"]?.arrayValue ?? []
        for kind in TableKind.all {
            let branch = branches.first { $0["if"]?["properties"]?["kind"]?["const"] == .string(kind.id) }
            let row = branch?["then"]?["properties"]?["rows"]?["items"]
            #expect(row != nil, "no row schema for \(kind.id)")
            if kind.isTwoSided {
                let sides = row?["allOf"]?.arrayValue ?? []
                for side in RowSide.allCases {
                    let sideBranch = sides.first { $0["if"]?["properties"]?["side"]?["const"] == .string(side.rawValue) }
                    let required = sideBranch?["then"]?["properties"]?["values"]?["required"]?.arrayValue?.compactMap(\.stringValue)
                    #expect(required == kind.columns(for: side).map(\.key), "\(kind.id) \(side)")
                }
            } else {
                let required = row?["properties"]?["values"]?["required"]?.arrayValue?.compactMap(\.stringValue)
                #expect(required == kind.allColumns.map(\.key), "\(kind.id)")
            }
        }
    }

    @Test func topLevelKeysMatchTheEncoder() throws {
        let schema = try schema()
        let required = schema["required"]?.arrayValue?.compactMap(\.stringValue)
        #expect(required == Disclosure.make().jsonValue().objectValue?.keys)
        let scorecard = schema["$defs"]?["scorecard"]?["required"]?.arrayValue?.compactMap(\.stringValue)
        #expect(scorecard == Disclosure.make().jsonValue()["scorecards"]?[0]?.objectValue?.keys)
        #expect(schema["properties"]?["fiscal_year"]?["minimum"] == .int(Disclosure.fiscalYearRange.lowerBound))
        #expect(schema["properties"]?["fiscal_year"]?["maximum"] == .int(Disclosure.fiscalYearRange.upperBound))
    }
}
