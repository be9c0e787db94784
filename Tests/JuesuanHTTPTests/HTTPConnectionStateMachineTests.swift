@testable import JuesuanHTTP
import Testing

/// A responder that records what it was asked and answers `200` with the path as body.
final class RecordingResponder: HTTPResponder, @unchecked Sendable {
    // @unchecked: used from one test's thread only.
    var requests: [HTTPRequest] = []
    var errors: [HTTPProtocolError] = []
    var limit: Int?

    func respond(to request: HTTPRequest) -> HTTPResponse {
        requests.append(request)
        return HTTPResponse(status: .ok, body: Array(request.path.utf8))
    }

    func respond(toProtocolError error: HTTPProtocolError, head: HTTPRequestHead?, connection: ConnectionInfo) -> HTTPResponse {
        errors.append(error)
        return HTTPResponse(status: error.status, body: Array(error.reason.utf8))
    }

    func bodyLimit(for head: HTTPRequestHead) -> Int? { limit }
}

/// A state machine with a fake clock (`now`, in milliseconds here) and a fixed `Date`.
struct MachineHarness {
    var machine: HTTPConnectionStateMachine
    let responder: RecordingResponder
    var nowMilliseconds: UInt64 = 1_000

    static let date = "Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n"

    init(configure: (inout HTTPServerConfiguration) -> Void = { _ in }) {
        var configuration = HTTPServerConfiguration()
        configuration.timeouts.headerMilliseconds = 100
        configuration.timeouts.bodyIdleMilliseconds = 200
        configuration.timeouts.idleMilliseconds = 1_000
        configuration.timeouts.writeStallMilliseconds = 300
        configuration.timeouts.shutdownGraceMilliseconds = 500
        configure(&configuration)
        responder = RecordingResponder()
        machine = HTTPConnectionStateMachine(
            settings: .init(configuration), responder: responder, connection: ConnectionInfo(id: 7),
            dateCache: HTTPDateCache(clock: { 0 }), now: 1_000 * 1_000_000)
    }

    var now: UInt64 { nowMilliseconds * 1_000_000 }

    mutating func advance(to milliseconds: UInt64) { nowMilliseconds = milliseconds }

    mutating func receive(_ text: String) -> HTTPConnectionStateMachine.Action {
        machine.receive(Array(text.utf8), now: now)
    }

    /// Takes everything pending as written; returns it as text.
    mutating func writeAll() -> (String, HTTPConnectionStateMachine.Action) {
        let bytes = machine.pendingOutput
        let action = machine.wrote(bytes.count, now: now)
        return (String(decoding: bytes, as: UTF8.self), action)
    }

    /// The machine's deadline in milliseconds, -1 when it has none. (Not an optional: comparing an
    /// `Optional<UInt64>` inside `#expect` trips a false stack-buffer-overflow report under ASan.)
    var deadlineMilliseconds: Int { machine.deadline.map { Int($0 / 1_000_000) } ?? -1 }

    mutating func fire() -> HTTPConnectionStateMachine.Action { machine.timerFired(now: now) }
}

@Suite("HTTPConnectionStateMachine with a fake clock")
struct HTTPConnectionStateMachineTests {
    @Test func simpleRequestProducesExactResponseAndStaysOpen() {
        var harness = MachineHarness()
        #expect(harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n") == .write)
        let (text, action) = harness.writeAll()
        #expect(text == "HTTP/1.1 200 OK\r\n\(MachineHarness.date)Content-Length: 2\r\n\r\n/a")
        #expect(action == .none)
        #expect(harness.machine.phase == .open)
        #expect(harness.machine.wantsToRead)
        #expect(harness.responder.requests.first?.connection.requestIndex == 1)
        #expect(harness.responder.requests.first?.connection.id == 7)
    }

    @Test func pipelinedRequestsAreQueuedInOrderIntoOneOutput() {
        var harness = MachineHarness()
        #expect(harness.receive("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n") == .write)
        let (text, _) = harness.writeAll()
        let bodies = text.components(separatedBy: "\r\n\r\n").dropFirst().map { String($0.prefix(2)) }
        #expect(bodies == ["/1", "/2", "/3"])
        #expect(harness.responder.requests.map(\.connection.requestIndex) == [1, 2, 3])
    }

    @Test func pipeliningCapPausesReadingUntilOutputIsWritten() {
        var harness = MachineHarness { $0.limits.maxPipelinedRequests = 2 }
        let four = String(repeating: "GET /p HTTP/1.1\r\nHost: x\r\n\r\n", count: 4)
        #expect(harness.receive(four) == .write)
        #expect(harness.responder.requests.count == 2)
        #expect(!harness.machine.wantsToRead)
        _ = harness.writeAll()
        #expect(harness.responder.requests.count == 4)
        _ = harness.writeAll()
        #expect(harness.machine.wantsToRead)
    }

    @Test func outputHighWaterMarkStopsReadingAndProcessing() {
        var harness = MachineHarness { $0.limits.outputHighWaterBytes = 10 }
        #expect(harness.receive("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n") == .write)
        #expect(harness.responder.requests.count == 1)
        #expect(!harness.machine.wantsToRead)
        #expect(harness.machine.wrote(5, now: harness.now) == .write)
        #expect(!harness.machine.wantsToRead)
        _ = harness.writeAll()
        #expect(harness.responder.requests.map(\.path) == ["/first", "/second"])
    }

    @Test func bufferedInputCapStopsReadingWhileAResponseIsPending() {
        var harness = MachineHarness {
            $0.limits.maxBufferedInputBytes = 64
            $0.limits.outputHighWaterBytes = 10
        }
        let request = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        _ = harness.receive(request + String(repeating: request, count: 4))
        #expect(harness.machine.hasPendingOutput)
        #expect(harness.machine.parser.bufferedByteCount >= 64)
        #expect(!harness.machine.wantsToRead)
    }

    @Test func headerDeadlineRunsFromTheFirstByteAndAnswers408() {
        var harness = MachineHarness()
        #expect(harness.receive("GET /slow HTTP/1.1\r\nHo") == .none)
        #expect(harness.deadlineMilliseconds == 1_100)
        harness.advance(to: 1_050)
        #expect(harness.receive("st: x\r\n") == .none)
        #expect(harness.deadlineMilliseconds == 1_100)
        harness.advance(to: 1_099)
        #expect(harness.fire() == .none)
        harness.advance(to: 1_100)
        #expect(harness.fire() == .write)
        let (text, action) = harness.writeAll()
        #expect(text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(text.contains("Connection: close\r\n"))
        #expect(harness.responder.errors.map(\.reason) == ["header-timeout"])
        #expect(action == .shutdownWriteAndDrain)
        #expect(harness.deadlineMilliseconds == 1_100 + 2_000)
        harness.advance(to: 3_100)
        #expect(harness.fire() == .close)
    }

    @Test func bodyIdleTimeoutAnswers408WithTheHead() {
        var harness = MachineHarness()
        _ = harness.receive("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n01234")
        #expect(harness.deadlineMilliseconds == 1_200)
        harness.advance(to: 1_150)
        _ = harness.receive("5")
        #expect(harness.deadlineMilliseconds == 1_350)
        harness.advance(to: 1_350)
        #expect(harness.fire() == .write)
        #expect(harness.responder.errors.map(\.reason) == ["body-timeout"])
        #expect(harness.writeAll().0.hasPrefix("HTTP/1.1 408 "))
    }

    @Test func idleKeepAliveConnectionClosesQuietlyAtTheIdleTimeout() {
        var harness = MachineHarness()
        #expect(harness.deadlineMilliseconds == 2_000)
        _ = harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        harness.advance(to: 1_500)
        _ = harness.writeAll()
        #expect(harness.deadlineMilliseconds == 2_500)
        harness.advance(to: 2_499)
        #expect(harness.fire() == .none)
        harness.advance(to: 2_500)
        #expect(harness.fire() == .close)
        #expect(harness.machine.pendingOutput.isEmpty)
    }

    @Test func writeStallClosesWhenNoProgressIsMade() {
        var harness = MachineHarness()
        _ = harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(harness.deadlineMilliseconds == 1_300)
        harness.advance(to: 1_200)
        #expect(harness.machine.wrote(3, now: harness.now) == .write)
        #expect(harness.deadlineMilliseconds == 1_500)
        harness.advance(to: 1_500)
        #expect(harness.fire() == .close)
    }

    @Test func declaredBodyOverTheLimitIs413BeforeAnyBodyAndNoContinue() {
        var harness = MachineHarness()
        harness.responder.limit = 10
        #expect(harness.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n") == .write)
        let (text, action) = harness.writeAll()
        #expect(text.hasPrefix("HTTP/1.1 413 Content Too Large\r\n"))
        #expect(!text.contains("100 Continue"))
        #expect(action == .shutdownWriteAndDrain)
        #expect(harness.responder.requests.isEmpty)
    }

    @Test func expectContinueIsSentOnlyWhileTheClientWaits() {
        var waiting = MachineHarness()
        #expect(waiting.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n") == .write)
        #expect(waiting.writeAll().0 == "HTTP/1.1 100 Continue\r\n\r\n")
        _ = waiting.receive("ok")
        #expect(waiting.writeAll().0.hasPrefix("HTTP/1.1 200 OK"))

        var eager = MachineHarness()
        _ = eager.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nok")
        #expect(eager.writeAll().0.hasPrefix("HTTP/1.1 200 OK"))

        var http10 = MachineHarness()
        _ = http10.receive("POST /u HTTP/1.0\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n")
        #expect(!http10.machine.hasPendingOutput)
    }

    @Test func unsupportedExpectationIs417() {
        var harness = MachineHarness()
        _ = harness.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: fancy\r\n\r\n")
        #expect(harness.writeAll().0.hasPrefix("HTTP/1.1 417 Expectation Failed\r\n"))
        #expect(harness.responder.errors.map(\.reason) == ["expectation-unsupported"])
    }

    @Test func unknownMethodIs501FromTheResponder() {
        var harness = MachineHarness()
        _ = harness.receive("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n")
        let (text, _) = harness.writeAll()
        #expect(text.hasPrefix("HTTP/1.1 501 Not Implemented\r\n"))
        #expect(text.hasSuffix("method-not-implemented"))
        #expect(harness.responder.requests.isEmpty)
    }

    @Test func framingErrorAnswersWithCloseAndLingers() {
        var harness = MachineHarness()
        _ = harness.receive("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        let (text, action) = harness.writeAll()
        #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(text.contains("Connection: close\r\n"))
        #expect(action == .shutdownWriteAndDrain)
        #expect(harness.machine.wantsToRead)
        #expect(harness.receive("more junk") == .none)
        #expect(harness.machine.receiveEndOfInput(now: harness.now) == .close)
    }

    @Test func lingeringDrainClosesAfterTheByteCap() {
        var harness = MachineHarness()
        _ = harness.receive("GET / HTTP/1.1\r\n\r\n")
        #expect(harness.writeAll().1 == .shutdownWriteAndDrain)
        let chunk = String(repeating: "x", count: 600 * 1024)
        #expect(harness.receive(chunk) == .none)
        #expect(harness.receive(chunk) == .close)
    }

    @Test func http10KeepAliveAndCloseDecisions() {
        var keep = MachineHarness()
        _ = keep.receive("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let (text, action) = keep.writeAll()
        #expect(text.contains("Connection: keep-alive\r\n"))
        #expect(action == .none)

        var close = MachineHarness()
        _ = close.receive("GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.0\r\n\r\n")
        let (closing, closeAction) = close.writeAll()
        #expect(closing.contains("Connection: close\r\n"))
        #expect(closeAction == .close)
        #expect(close.responder.requests.count == 1)
    }

    @Test func endOfInputAfterCompleteRequestsAnswersThemThenCloses() {
        var harness = MachineHarness()
        _ = harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HT")
        #expect(harness.machine.receiveEndOfInput(now: harness.now) == .write)
        let (text, action) = harness.writeAll()
        #expect(text.hasSuffix("/a"))
        #expect(action == .close)
    }

    @Test func endOfInputMidHeadClosesQuietly() {
        var harness = MachineHarness()
        _ = harness.receive("GET /a HTTP/1.1\r\nHo")
        #expect(harness.machine.receiveEndOfInput(now: harness.now) == .close)
        #expect(harness.machine.pendingOutput.isEmpty)
    }

    @Test func shutdownClosesAnIdleConnectionAtOnce() {
        var harness = MachineHarness()
        #expect(harness.machine.beginShutdown(now: harness.now) == .close)
    }

    @Test func shutdownLetsTheInFlightRequestFinishWithConnectionClose() {
        var harness = MachineHarness()
        _ = harness.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab")
        #expect(harness.machine.beginShutdown(now: harness.now) == .none)
        #expect(harness.deadlineMilliseconds == 1_200)
        harness.advance(to: 1_100)
        #expect(harness.receive("cd") == .write)
        let (text, action) = harness.writeAll()
        #expect(text.contains("Connection: close\r\n"))
        #expect(text.hasSuffix("/u"))
        #expect(action == .close)
    }

    @Test func shutdownGraceDeadlineClosesWhatIsLeft() {
        var harness = MachineHarness { $0.timeouts.bodyIdleMilliseconds = 10_000 }
        _ = harness.receive("POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab")
        _ = harness.machine.beginShutdown(now: harness.now)
        #expect(harness.deadlineMilliseconds == 1_500)
        harness.advance(to: 1_500)
        #expect(harness.fire() == .close)
    }

    @Test func headResponseKeepsContentLengthAndDropsBody() {
        var harness = MachineHarness()
        _ = harness.receive("HEAD /abc HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(harness.writeAll().0 == "HTTP/1.1 200 OK\r\n\(MachineHarness.date)Content-Length: 4\r\n\r\n")
    }

    @Test func chunkedBodyAndTrailersReachTheResponderSeparately() {
        var harness = MachineHarness()
        _ = harness.receive("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n")
        let request = harness.responder.requests.first
        #expect(request?.body == Array("abc".utf8))
        #expect(request?.trailers["X-T"] == "1")
        #expect(request?.headers["X-T"] == nil)
    }
}

@Suite("HTTPResponseSerializer")
struct HTTPResponseSerializerTests {
    @Test func coreOwnedAndUnsafeFieldsAreDropped() {
        var headers = HTTPHeaders()
        headers.add(name: "content-length", value: "999")
        headers.add(name: "Date", value: "yesterday")
        headers.add(name: "Transfer-Encoding", value: "chunked")
        headers.add(name: "X-Split", value: "a\r\nSet-Cookie: evil=1")
        headers.add(name: "Bad Name", value: "x")
        headers.add(name: "X-Ok", value: "fine\tvalue")
        var output: [UInt8] = []
        HTTPResponseSerializer.append(
            HTTPResponse(status: .ok, headers: headers, body: Array("hi".utf8)), headOnly: false,
            connection: .close, dateLine: Array("Date: D\r\n".utf8), to: &output)
        #expect(String(decoding: output, as: UTF8.self)
            == "HTTP/1.1 200 OK\r\nDate: D\r\nX-Ok: fine\tvalue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
    }

    @Test(arguments: [0, 7, 10, 99, 2648, 1_048_576, 1_234_567_890_123])
    func decimalDigitsAreExact(value: Int) {
        let output = HTTPOutputBuffer()
        output.append(decimal: value)
        #expect(String(decoding: output.bytes, as: UTF8.self) == String(value))
    }

    @Test func dateIsIMFFixdate() {
        #expect(HTTPDateCache.imfFixdate(secondsSinceEpoch: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDateCache.imfFixdate(secondsSinceEpoch: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    @Test func dateLineIsCachedPerSecond() {
        final class Clock: @unchecked Sendable { var second = 0 }
        let clock = Clock()
        let cache = HTTPDateCache(clock: { clock.second })
        let first = cache.headerLine()
        #expect(first == Array("Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n".utf8))
        clock.second = 1
        #expect(cache.headerLine() == Array("Date: Thu, 01 Jan 1970 00:00:01 GMT\r\n".utf8))
    }
}

@Suite("HTTPConnectionStateMachine: input deadlines pause with reading")
struct HTTPConnectionStateMachinePauseTests {
    @Test func bodyDeadlineDoesNotRunWhileReadingIsPausedForOutput() {
        var harness = MachineHarness { $0.limits.outputHighWaterBytes = 10 }
        _ = harness.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab")
        #expect(!harness.machine.wantsToRead)
        // Only the write-stall deadline applies while paused (body idle would be 1_200).
        #expect(harness.deadlineMilliseconds == 1_300)
        harness.advance(to: 1_250)
        #expect(harness.fire() == .write)
        #expect(harness.responder.errors.isEmpty)
        #expect(harness.machine.phase == .open)
        _ = harness.writeAll()
        #expect(harness.machine.wantsToRead)
        #expect(harness.deadlineMilliseconds == 1_450)
    }
}

@Suite("HTTPOutputBuffer")
struct HTTPOutputBufferTests {
    @Test func appendsConsumesAndCompactsInOrder() {
        let buffer = HTTPOutputBuffer()
        #expect(buffer.isEmpty)
        buffer.append("abc")
        buffer.append([0x64, 0x65])
        buffer.append(byte: 0x66)
        #expect(buffer.bytes == Array("abcdef".utf8))
        buffer.consume(2)
        #expect(buffer.bytes == Array("cdef".utf8))
        // Growing past the capacity keeps the unwritten bytes first.
        let large = [UInt8](repeating: 0x7A, count: 10_000)
        buffer.append(large)
        #expect(buffer.count == 4 + 10_000)
        #expect(Array(buffer.bytes.prefix(4)) == Array("cdef".utf8))
        buffer.consume(buffer.count)
        #expect(buffer.isEmpty)
        #expect(buffer.capacity <= HTTPOutputBuffer.retainedCapacity)
    }

    @Test func largeBufferIsReleasedOnceEmpty() {
        let buffer = HTTPOutputBuffer()
        buffer.append([UInt8](repeating: 1, count: 300_000))
        #expect(buffer.capacity >= 300_000)
        buffer.consume(100)
        #expect(buffer.capacity >= 300_000)
        buffer.consume(300_000)
        #expect(buffer.capacity == 0)
        buffer.append("x")
        #expect(buffer.bytes == [0x78])
    }

    @Test func frontSpaceIsReusedBeforeGrowing() {
        let buffer = HTTPOutputBuffer()
        buffer.append([UInt8](repeating: 1, count: 4000))
        let capacity = buffer.capacity
        buffer.consume(3000)
        buffer.append([UInt8](repeating: 2, count: 2000))
        #expect(buffer.capacity == capacity)
        #expect(buffer.bytes == [UInt8](repeating: 1, count: 1000) + [UInt8](repeating: 2, count: 2000))
    }

    @Test func nonASCIIAndBridgedStringsAreCopiedAsUTF8() {
        let buffer = HTTPOutputBuffer()
        buffer.append("决算 ok")
        #expect(buffer.bytes == Array("决算 ok".utf8))
    }
}
