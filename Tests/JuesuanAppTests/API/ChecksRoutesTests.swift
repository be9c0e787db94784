import Foundation
import JuesuanDomain
import JuesuanHTTP
import Logging
import Testing
@testable import JuesuanApp

/// `GET /v1/disclosures/{dept}/{year}/checks` over the seed database, through the whole middleware chain.
@Suite struct ChecksRoutesTests {
    static func application(_ seeded: SeededStore) -> Application {
        var configuration = AppConfiguration()
        configuration.accessLog = false
        configuration.cache.maxEntries = 0
        let store = seeded.store
        return Application(configuration: configuration, routes: [ChecksRoutes(store: store)], logger: Logger(label: "test"),
                           dataVersion: { UInt64((try? store.dataVersion()) ?? 0) })
    }

    @Test func seedFindingsWithCounts() throws {
        let seeded = try SeededStore()
        let response = Self.application(seeded).get("/v1/disclosures/shifeng-sifaju/2020/checks")
        #expect(response.status == .ok)
        let json = response.json
        #expect(json["department"]?["id"]?.stringValue == "shifeng-sifaju")
        #expect(json["unit"]?.stringValue == "万元")
        #expect(json["counts"]?["error"]?.numberValue?.literal == "35")
        #expect(json["counts"]?["warning"]?.numberValue?.literal == "3")
        #expect(json["counts"]?["rounding"]?.numberValue?.literal == "21")
        #expect(json["findings"]?.arrayValue?.count == 59)
        #expect(json["filters"]?["severity"]?.isNull == true)
    }

    @Test func filtersBySeverityAndFamily() throws {
        let seeded = try SeededStore()
        let response = Self.application(seeded).get("/v1/disclosures/shifeng-sifaju/2020/checks?severity=error&family=scorecard,cross_table")
        #expect(response.status == .ok)
        let json = response.json
        let rules = json["findings"]?.arrayValue?.compactMap { $0["rule"]?.stringValue } ?? []
        #expect(rules == ["cross.scorecard_carryover", "cross.scorecard_carryover", "scorecard.total_weight", "scorecard.total_score",
                          "scorecard.block_weight", "scorecard.total_weight", "scorecard.total_score"])
        #expect(json["filters"]?["family"]?.arrayValue?.compactMap(\.stringValue) == ["cross_table", "scorecard"])
    }

    @Test func csvHasOneLinePerFinding() throws {
        let seeded = try SeededStore()
        let response = Self.application(seeded).get("/v1/disclosures/shifeng-sifaju/2020/checks?format=csv&severity=warning")
        #expect(response.status == .ok)
        #expect(response.headers.first(name: "Content-Type")?.hasPrefix("text/csv") == true)
        let lines = response.text.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "rule,family,severity,title,message,locations,stated,expected,difference,tolerance")
        #expect(lines[3].hasPrefix("completeness.table_number,completeness,warning,"))
    }

    @Test func badParametersAndUnknownDisclosures() throws {
        let seeded = try SeededStore()
        let application = Self.application(seeded)
        let badSeverity = application.get("/v1/disclosures/shifeng-sifaju/2020/checks?severity=fatal")
        #expect(badSeverity.status == .badRequest)
        #expect(badSeverity.json["errors"]?[0]?["path"]?.stringValue == "severity")
        #expect(application.get("/v1/disclosures/shifeng-sifaju/2020/checks?family=tables").status == .badRequest)
        #expect(application.get("/v1/disclosures/shifeng-sifaju/2020/checks?verbose=1").status == .badRequest)
        #expect(application.get("/v1/disclosures/nobody/2020/checks").status == .notFound)
        #expect(application.get("/v1/disclosures/shifeng-sifaju/2019/checks").json["type"]?.stringValue == "urn:juesuan:problem:unknown-year")
    }
}
