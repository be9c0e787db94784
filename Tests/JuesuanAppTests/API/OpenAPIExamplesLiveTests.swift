import Foundation
import JuesuanDomain
import Testing
@testable import JuesuanApp

/// Every example of openapi.yaml that names its request (`x-request: PATH`) is the live response of the wired
/// server on the seed database: same status and same body (JSON compared as values, numbers by literal; CSV
/// examples as text). Regenerate deliberately changed examples with `scripts/openapi-examples`.
@Suite struct OpenAPIExamplesLiveTests {
    struct Example {
        var line: Int
        var status: Int
        var request: String
        var value: String
    }

    /// The examples, with the response status they are documented under.
    static func examples() throws -> [Example] {
        let text = try String(contentsOfFile: repositoryRoot + "/openapi.yaml", encoding: .utf8)
        var examples: [Example] = []
        var status = 0
        var pending: (line: Int, request: String)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("\""), trimmed.hasSuffix("\":"), let code = Int(trimmed.dropFirst().dropLast(2)) {
                status = code
            } else if trimmed.hasPrefix("x-request: ") {
                pending = (index + 1, String(trimmed.dropFirst("x-request: ".count)))
            } else if trimmed.hasPrefix("value: "), let request = pending {
                examples.append(Example(line: request.line, status: status, request: request.request,
                                        value: String(trimmed.dropFirst("value: ".count))))
                pending = nil
            }
        }
        return examples
    }

    @Test func everyExampleIsTheLiveResponseOfTheSeed() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 20, "openapi.yaml lost its live examples")
        let seeded = try SeededStore()
        let assembly = try seeded.startServer()
        defer {
            assembly.shutdown()
            assembly.waitUntilStopped()
        }
        let connection = try LiveConnection(port: assembly.server.port)
        for example in examples {
            let response = try connection.request("GET", example.request, headers: ["X-Request-Id: openapi-example"])
            #expect(response.status == example.status, "openapi.yaml:\(example.line) \(example.request): status \(response.status)")
            let documented = try JSONParser().parse(example.value)
            if let csv = documented.stringValue {
                #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true)
                #expect(response.text == csv, "openapi.yaml:\(example.line) \(example.request): CSV differs")
            } else {
                let live = try JSONParser().parse(response.body)
                #expect(live == documented, "openapi.yaml:\(example.line) \(example.request): body differs from the example; live: \(response.text.prefix(400))")
            }
        }
    }

    @Test func documentsEveryReadEndpoint() throws {
        let text = try String(contentsOfFile: repositoryRoot + "/openapi.yaml", encoding: .utf8)
        for path in ["/v1/departments", "/v1/departments/{id}", "/v1/disclosures", "/v1/disclosures/{dept}/{year}",
                     "/v1/disclosures/{dept}/{year}/tables", "/v1/disclosures/{dept}/{year}/tables/{no}",
                     "/v1/disclosures/{dept}/{year}/summary", "/v1/disclosures/{dept}/{year}/three-public",
                     "/v1/disclosures/{dept}/{year}/budget-execution", "/v1/disclosures/{dept}/{year}/scorecards",
                     "/v1/disclosures/{dept}/{year}/scorecards/{id}", "/v1/classifications/{scheme}"] {
            #expect(text.contains("\n  \(path):\n"), "\(path) is not described")
        }
    }
}
