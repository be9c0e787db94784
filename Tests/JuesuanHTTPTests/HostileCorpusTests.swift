import JuesuanHTTP
import Testing

/// The §1.6 hostile corpus: each case gives its expected outcome, whole, split at every offset and
/// byte by byte.
@Suite("Hostile corpus")
struct HostileCorpusTests {
    @Test("expected outcome when sent whole", arguments: HostileCorpus.cases)
    func expectedOutcome(_ testCase: HostileCase) {
        let outcome = ParserHarness.whole(testCase.bytes, limits: testCase.limits, bodyLimit: testCase.bodyLimit)
        Self.check(outcome, against: testCase.expectation)
    }

    @Test("same outcome at every split offset and byte by byte", arguments: HostileCorpus.cases)
    func splitIndependence(_ testCase: HostileCase) {
        let difference = ParserHarness.firstDifference(testCase.bytes, limits: testCase.limits, bodyLimit: testCase.bodyLimit)
        #expect(difference == nil)
    }

    @Test func corpusCoversEveryParsingRowWithMoreThanNinetyCases() {
        #expect(HostileCorpus.cases.count > 90)
        let rows = Set(HostileCorpus.cases.compactMap { testCase -> Int? in
            guard testCase.name.hasPrefix("#") else { return nil }
            return Int(testCase.name.dropFirst().prefix { $0 != " " })
        })
        // Rows 20, 22 and 40–42 concern the server too; each still has its byte-level part here.
        #expect(rows == Set(1...42))
        #expect(Set(HostileCorpus.cases.map(\.name)).count == HostileCorpus.cases.count)
    }

    static func check(_ outcome: ParseOutcome, against expectation: Expectation, sourceLocation: SourceLocation = #_sourceLocation) {
        switch expectation {
        case .rejected(let status):
            #expect(outcome.requests.isEmpty, "no request expected, got \(outcome.requests)", sourceLocation: sourceLocation)
            #expect(outcome.error?.status.code == status, "expected \(status), got \(outcome)", sourceLocation: sourceLocation)
        case .accepted(let requests):
            #expect(outcome.error == nil, "unexpected error: \(outcome)", sourceLocation: sourceLocation)
            check(outcome.requests, against: requests, sourceLocation: sourceLocation)
            if requests.last?.ended ?? true {
                #expect(outcome.leftover == 0, "bytes left over: \(outcome.leftover)", sourceLocation: sourceLocation)
            }
        case let .acceptedThenRejected(requests, status):
            check(outcome.requests, against: requests, sourceLocation: sourceLocation)
            #expect(outcome.error?.status.code == status, "expected \(status), got \(outcome)", sourceLocation: sourceLocation)
        case .waiting:
            #expect(outcome.requests.isEmpty && outcome.error == nil, "expected to wait, got \(outcome)", sourceLocation: sourceLocation)
        }
    }

    static func check(_ actual: [ParsedRequest], against expected: [ExpectedRequest], sourceLocation: SourceLocation) {
        #expect(actual.count == expected.count, "requests: \(actual)", sourceLocation: sourceLocation)
        for (request, want) in zip(actual, expected) {
            #expect(request.method == want.method, sourceLocation: sourceLocation)
            #expect(request.target == want.target, sourceLocation: sourceLocation)
            let defaultPath = String(want.target.prefix { $0 != "?" })
            #expect(request.path == (want.path ?? defaultPath), sourceLocation: sourceLocation)
            #expect(request.query == want.query, sourceLocation: sourceLocation)
            #expect(request.version == want.version, sourceLocation: sourceLocation)
            #expect(request.body == want.body, "body: \(String(decoding: request.body, as: UTF8.self))", sourceLocation: sourceLocation)
            #expect(request.ended == want.ended, sourceLocation: sourceLocation)
            #expect(request.trailers.count == want.trailerCount, sourceLocation: sourceLocation)
        }
    }
}
