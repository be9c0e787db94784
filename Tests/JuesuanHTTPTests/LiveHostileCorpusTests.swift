@testable import JuesuanHTTP
import Testing

/// The §1.6 hostile corpus (shared with the parser's unit tests) sent to the real server over a socket:
/// the expected status with `Connection: close` and a close, exactly one response per complete request,
/// no response for anything smuggled, one correct follow-up on a kept connection, and a fresh connection
/// answered 200 after every case.
@Suite("Live server: hostile corpus over real sockets")
struct LiveHostileCorpusTests {
    /// Cases that run with the server's default limits (the rest pin parser limits only).
    static let liveCases = HostileCorpus.cases.filter { $0.limits == HTTPServerConfiguration.Limits() && $0.bodyLimit == nil }

    @Test(arguments: liveCases)
    func caseGetsItsAnswerOverTheWire(_ hostile: HostileCase) throws {
        try withLiveServer(loops: 1) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send(hostile.bytes)
            var delivered: [ExpectedRequest] = []
            var refusal: Int?
            switch hostile.expectation {
            case .rejected(let status): refusal = status
            case .accepted(let requests): delivered = requests
            case .acceptedThenRejected(let requests, let status):
                delivered = requests
                refusal = status
            case .waiting: break
            }
            var lastKeptAlive = true
            for request in delivered where request.ended {
                let response = try client.readResponse(forHead: request.method == "HEAD")
                guard HTTPMethod(request.method).isKnown else {
                    #expect(response.status == 501)
                    #expect(response.header("Connection") == "close")
                    refusal = nil
                    lastKeptAlive = false
                    break
                }
                #expect(response.status < 400 || response.status == 404, "\(response.status) for \(request.target)")
                lastKeptAlive = response.header("Connection") != "close"
                if !lastKeptAlive { break }
            }
            if let status = refusal {
                let response = try client.readResponse()
                #expect(response.status == status)
                #expect(response.header("Connection") == "close")
                #expect(try client.readUntilClosed().isEmpty)
            } else if !lastKeptAlive {
                #expect(try client.readUntilClosed().isEmpty)
            } else if delivered.allSatisfy(\.ended) && !delivered.isEmpty {
                #expect(try client.receivesNothing(within: 0.05))
                try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
                #expect(try client.readResponse().bodyText == "hello")
                #expect(try client.receivesNothing(within: 0.05))
            } else {
                #expect(try client.receivesNothing(within: 0.1))
            }
            try expectServerAlive(server)
        }
    }

    @Test func corpusIsLargeEnoughToMeanSomething() {
        #expect(Self.liveCases.count >= 80)
    }
}
