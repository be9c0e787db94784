import Foundation
@testable import JuesuanHTTP
import Testing

@Suite("Live server: keep-alive, pipelining, versions, bodies")
struct LiveServerTests {
    @Test func keepAliveServesManyRequestsOnOneConnection() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            for index in 1...20 {
                try client.send("GET /path?n=\(index) HTTP/1.1\r\nHost: a\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.bodyText == "/path|n=\(index)|\(index)")
                #expect(response.header("Connection") == nil)
                #expect(response.header("Date")?.hasSuffix(" GMT") == true)
                #expect(response.header("Content-Length") == String(response.body.count))
            }
        }
    }

    @Test func thousandPipelinedRequestsAreAnsweredInOrderByteExact() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            var batch = ""
            for index in 1...1000 { batch += "GET /path?i=\(index) HTTP/1.1\r\nHost: a\r\n\r\n" }
            try client.send(batch)
            for index in 1...1000 {
                let response = try client.readResponse()
                #expect(response.status == 200)
                let expectedBody = "/path|i=\(index)|\(index)"
                #expect(response.bodyText == expectedBody)
                let date = response.header("Date") ?? ""
                let expected = "HTTP/1.1 200 OK\r\nDate: \(date)\r\nContent-Type: text/plain\r\nX-Request-Index: \(index)\r\n"
                    + "Content-Length: \(expectedBody.utf8.count)\r\n\r\n\(expectedBody)"
                #expect(response.raw == Array(expected.utf8))
                if response.raw != Array(expected.utf8) { break }
            }
            #expect(client.unreadBytes.isEmpty)
        }
    }

    @Test func http10WithoutKeepAliveIsClosedAfterTheResponse() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /hello HTTP/1.0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.header("Connection") == "close")
            #expect(try client.waitForClose())
        }
    }

    @Test func http10WithKeepAliveStaysOpen() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            for _ in 0..<3 {
                try client.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.header("Connection") == "keep-alive")
            }
            try client.send("GET /hello HTTP/1.0\r\n\r\n")
            #expect(try client.readResponse().header("Connection") == "close")
            #expect(try client.waitForClose())
        }
    }

    @Test func connectionCloseFromClientOrResponderClosesAfterResponse() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /hello HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.header("Connection") == "close")
            #expect(try client.waitForClose())

            let second = try LiveTestClient(port: server.port)
            try second.send("GET /close HTTP/1.1\r\nHost: a\r\n\r\n")
            let closing = try second.readResponse()
            #expect(closing.bodyText == "bye")
            #expect(closing.headers.filter { $0.name == "Connection" }.map(\.value) == ["close"])
            #expect(try second.waitForClose())
        }
    }

    @Test func headGetsHeadersAndLengthButNoBody() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("HEAD /bytes/300 HTTP/1.1\r\nHost: a\r\n\r\nGET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let head = try client.readResponse(forHead: true)
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == "300")
            #expect(head.body.isEmpty)
            let next = try client.readResponse()
            #expect(next.bodyText == "hello")
        }
    }

    @Test(arguments: [204, 304, 101])
    func statusesWithoutBodyHaveNoBody(code: Int) throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /status/\(code) HTTP/1.1\r\nHost: a\r\n\r\nGET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == code)
            #expect(response.body.isEmpty)
            #expect(response.header("Content-Length") == nil)
            #expect(try client.readResponse().bodyText == "hello")
        }
    }

    @Test func contentLengthBodyIsDelivered() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello")
            try client.send(" world")
            let response = try client.readResponse()
            #expect(response.bodyText == "hello world")
            #expect(response.header("X-Method") == "POST")
        }
    }

    @Test func chunkedBodyWithTrailersIsDeliveredWithoutMergingTrailers() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Checksum: 42\r\nContent-Length: 99\r\n\r\n"
                + "GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello world")
            #expect(response.header("X-Trailers") == "X-Checksum=42,Content-Length=99")
            #expect(try client.readResponse().bodyText == "hello")
        }
    }

    @Test func expectContinueGetsInterimResponseThenFinalResponse() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            #expect(interim.raw == Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
            try client.send("ping")
            let final = try client.readResponse()
            #expect(final.status == 200)
            #expect(final.bodyText == "ping")
        }
    }

    @Test func expectContinueOverTheLimitGets413WithoutContinue() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000000\r\nExpect: 100-continue\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.header("Connection") == "close")
            #expect(try client.waitForClose())
            try expectServerAlive(server)
        }
    }

    @Test func perRouteBodyLimitFromTheResponderApplies() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /limit-small HTTP/1.1\r\nHost: a\r\nContent-Length: 17\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.header("X-Error-Reason") == "body-too-large")
            let ok = try LiveTestClient(port: server.port)
            try ok.send("POST /limit-small HTTP/1.1\r\nHost: a\r\nContent-Length: 16\r\n\r\n0123456789abcdef")
            #expect(try ok.readResponse().bodyText == "0123456789abcdef")
        }
    }

    @Test func unknownMethodGets501FromTheResponderWithClose() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("FOO /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 501)
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(response.header("X-Error-Reason") == "method-not-implemented")
            #expect(response.header("Connection") == "close")
            #expect(try client.waitForClose())
        }
    }

    @Test func getWithBodyAndPipelinedRequestGivesExactlyTwoResponses() throws {
        // RELIABILITY §1.6 #19 (CL.0): the body is consumed, never parsed as a request.
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            let body = "GET /path?smuggled HTTP/1.1\r\nH: x\r\n"
            try client.send("GET /path?a HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
                + body + "GET /path?b HTTP/1.1\r\nHost: a\r\n\r\n")
            let first = try client.readResponse()
            #expect(first.bodyText == "/path|a|1")
            let second = try client.readResponse()
            #expect(second.bodyText == "/path|b|2")
            #expect(try client.receivesNothing(within: 0.2))
        }
    }

    @Test func earlyErrorWithUnreadBodyNeverAnswersTheEmbeddedRequest() throws {
        // RELIABILITY §1.6 #20: an early answer closes rather than parse the body as a request.
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            let embedded = "GET /path?admin HTTP/1.1\r\nHost: a\r\n\r\n"
            try client.send("POST /limit-small HTTP/1.1\r\nHost: a\r\nContent-Length: \(embedded.utf8.count)\r\n\r\n" + embedded)
            let response = try client.readResponse()
            #expect(response.status == 413)
            let rest = try client.readUntilClosed()
            #expect(rest.isEmpty)
            try expectServerAlive(server)
        }
    }

    @Test func zeroLengthBodyFollowedByStrayByteGivesOkThen400() throws {
        // RELIABILITY §1.6 #21 (0.CL): `XGET` is never merged into a valid request.
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\nXGET / HTTP/1.1\r\nHost: a\r\n\r\n")
            let first = try client.readResponse()
            #expect(first.status == 200)
            #expect(first.body.isEmpty)
            let second = try client.readResponse()
            #expect(second.status == 501 || second.status == 400)
            #expect(second.header("Connection") == "close")
            #expect(try client.waitForClose())
        }
    }
}
