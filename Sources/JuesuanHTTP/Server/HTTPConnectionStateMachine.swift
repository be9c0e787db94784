/// The logic of one HTTP/1.1 connection as a pure state machine: bytes, end of input, write progress,
/// timer expiry and shutdown go in; response bytes (in `pendingOutput`) and an `Action` come out.
///
/// It does no I/O and reads no clock: every input carries `now` (monotonic nanoseconds), so it is unit
/// tested with a fake clock. It owns the request parser and calls the responder synchronously, one
/// request at a time, answering pipelined requests strictly in order into one output buffer (so they
/// leave in one write). It decides keep-alive, `100 Continue`, 413/501/417 before a body is read,
/// lingering close after errors, and the deadlines: header (from the first byte), body idle, keep-alive
/// idle, write stall, shutdown grace, linger.
struct HTTPConnectionStateMachine {
    /// What the driver must do next.
    enum Action: Equatable, Sendable {
        /// Nothing: wait for readiness or the deadline.
        case none
        /// Write `pendingOutput`, then report progress with `wrote(_:now:)`.
        case write
        /// Everything is written: `shutdown(SHUT_WR)`, keep reading (discarding) until end of input or the
        /// deadline — the lingering close that lets the client read an error instead of a reset.
        case shutdownWriteAndDrain
        /// Close the socket now.
        case close
    }

    /// Where the connection is in its life.
    enum Phase: Equatable, Sendable {
        /// Reading and answering requests.
        case open
        /// The last response is queued; close when it is written (lingering after errors).
        case closingAfterOutput(linger: Bool)
        /// Write side shut; reading and discarding input until end of input, `deadline` or the byte cap.
        case draining(deadline: UInt64, discarded: Int)
        /// Done; the driver closes.
        case closed
    }

    /// Limits and timeouts in the units the machine uses (nanoseconds, bytes).
    struct Settings: Sendable {
        var headerTimeout: UInt64
        var bodyIdleTimeout: UInt64
        var idleTimeout: UInt64
        var writeStallTimeout: UInt64
        var shutdownGrace: UInt64
        /// How long a lingering close drains input after the error response: 2 s.
        var lingerTimeout: UInt64 = 2_000_000_000
        /// Most input discarded during a lingering close before closing anyway: 1 MiB.
        var lingerByteLimit = 1024 * 1024
        var outputHighWater: Int
        var maxBufferedInput: Int
        var maxPipelinedResponses: Int
        var defaultBodyLimit: Int
        var limits: HTTPServerConfiguration.Limits

        init(_ configuration: HTTPServerConfiguration) {
            let timeouts = configuration.timeouts
            func nanoseconds(_ milliseconds: Int) -> UInt64 { UInt64(max(1, milliseconds)) * 1_000_000 }
            headerTimeout = nanoseconds(timeouts.headerMilliseconds)
            bodyIdleTimeout = nanoseconds(timeouts.bodyIdleMilliseconds)
            idleTimeout = nanoseconds(timeouts.idleMilliseconds)
            writeStallTimeout = nanoseconds(timeouts.writeStallMilliseconds)
            shutdownGrace = UInt64(max(0, timeouts.shutdownGraceMilliseconds)) * 1_000_000
            limits = configuration.limits
            outputHighWater = max(1, limits.outputHighWaterBytes)
            maxBufferedInput = max(1, limits.maxBufferedInputBytes)
            maxPipelinedResponses = max(1, limits.maxPipelinedRequests)
            defaultBodyLimit = max(0, limits.bodyBytes)
        }
    }

    /// The request whose head was read and whose body is arriving.
    struct InFlight {
        var head: HTTPRequestHead
        var body: [UInt8]
    }

    let settings: Settings
    let responder: any HTTPResponder
    let dateCache: HTTPDateCache
    /// Facts about the connection, copied into every request (`requestIndex` updated per request).
    private(set) var connection: ConnectionInfo

    private(set) var phase = Phase.open
    private(set) var parser: HTTPRequestParser
    private var inFlight: InFlight?
    /// Response bytes not yet written.
    private let output = HTTPOutputBuffer()
    /// Responses queued since the output was last empty (pipelining cap).
    private(set) var queuedResponses = 0
    /// Requests whose head was read on this connection.
    private(set) var requestCount = 0
    private(set) var isShuttingDown = false
    /// The peer sent end of input (half-close or close).
    private(set) var inputClosed = false

    private var headStartedAt: UInt64?
    private var lastInputAt: UInt64
    private var idleSince: UInt64
    private var lastWriteProgressAt: UInt64
    private var shutdownDeadline: UInt64?

    init(
        settings: Settings, responder: any HTTPResponder, connection: ConnectionInfo,
        dateCache: HTTPDateCache, now: UInt64
    ) {
        self.settings = settings
        self.responder = responder
        self.connection = connection
        self.dateCache = dateCache
        parser = HTTPRequestParser(limits: settings.limits)
        lastInputAt = now
        idleSince = now
        lastWriteProgressAt = now
    }

    // MARK: - Observations for the driver

    /// Bytes waiting to be written.
    var pendingOutputCount: Int { output.count }

    var hasPendingOutput: Bool { !output.isEmpty }

    /// Calls `body` with the bytes waiting to be written (valid only during the call).
    func withPendingOutput<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        body(output.readableBytes)
    }

    /// A copy of the bytes waiting to be written (tests).
    var pendingOutput: [UInt8] { output.bytes }

    /// Whether the driver should watch for input. False while the output is above the high-water mark,
    /// while `maxPipelinedRequests` responses wait to be written, while a response is pending and
    /// `maxBufferedInputBytes` of unparsed input are buffered, and once the connection is closing.
    var wantsToRead: Bool {
        switch phase {
        case .draining: return true
        case .closed, .closingAfterOutput: return false
        case .open: break
        }
        if inputClosed { return false }
        let pending = pendingOutputCount
        if pending >= settings.outputHighWater || queuedResponses >= settings.maxPipelinedResponses { return false }
        if pending > 0 && parser.bufferedByteCount >= settings.maxBufferedInput { return false }
        return true
    }

    /// The earliest moment at which `timerFired(now:)` has something to do, or nil.
    var deadline: UInt64? {
        var earliest = shutdownDeadline
        func consider(_ candidate: UInt64) {
            if let current = earliest, current <= candidate { return }
            earliest = candidate
        }
        switch phase {
        case .closed: return nil
        case .draining(let deadline, _):
            consider(deadline)
            return earliest
        case .open, .closingAfterOutput: break
        }
        if hasPendingOutput { consider(lastWriteProgressAt &+ settings.writeStallTimeout) }
        // Input deadlines run only while the machine waits for input, not while it has paused reading.
        if phase == .open && !inputClosed && wantsToRead {
            if let started = headStartedAt {
                consider(started &+ settings.headerTimeout)
            } else if inFlight != nil {
                consider(lastInputAt &+ settings.bodyIdleTimeout)
            } else if !hasPendingOutput && parser.isIdle {
                consider(idleSince &+ settings.idleTimeout)
            }
        }
        return earliest
    }

    // MARK: - Inputs

    /// Bytes arrived from the peer.
    mutating func receive(_ bytes: UnsafeRawBufferPointer, now: UInt64) -> Action {
        switch phase {
        case .closed:
            return .close
        case .draining(let deadline, let discarded):
            let total = discarded + bytes.count
            if total > settings.lingerByteLimit {
                phase = .closed
                return .close
            }
            phase = .draining(deadline: deadline, discarded: total)
            return .none
        case .closingAfterOutput:
            return nextAction(now: now)
        case .open:
            break
        }
        parser.append(bytes)
        lastInputAt = now
        processInput(now: now)
        return nextAction(now: now)
    }

    /// Bytes arrived from the peer (tests).
    mutating func receive(_ bytes: [UInt8], now: UInt64) -> Action {
        bytes.withUnsafeBytes { receive($0, now: now) }
    }

    /// The peer ended its input (read returned 0). Complete buffered requests are still answered; a
    /// partial request is dropped quietly.
    mutating func receiveEndOfInput(now: UInt64) -> Action {
        inputClosed = true
        switch phase {
        case .closed, .draining:
            phase = .closed
            return .close
        case .closingAfterOutput:
            return nextAction(now: now)
        case .open:
            processInput(now: now)
            return nextAction(now: now)
        }
    }

    /// `count` bytes of `pendingOutput` were written.
    mutating func wrote(_ count: Int, now: UInt64) -> Action {
        guard count > 0 else { return nextAction(now: now) }
        output.consume(count)
        lastWriteProgressAt = now
        if output.isEmpty {
            queuedResponses = 0
            if inFlight == nil { idleSince = now }
            // Reading may have been paused for the output: input deadlines restart from here.
            lastInputAt = now
            if headStartedAt != nil { headStartedAt = now }
            if phase == .open { processInput(now: now) }
        }
        return nextAction(now: now)
    }

    /// The driver's timer fired (possibly early: anything not yet due is left alone).
    mutating func timerFired(now: UInt64) -> Action {
        if let shutdownDeadline, now >= shutdownDeadline, phase != .closed {
            phase = .closed
            return .close
        }
        switch phase {
        case .closed:
            return .close
        case .draining(let deadline, _):
            if now >= deadline {
                phase = .closed
                return .close
            }
            return .none
        case .open, .closingAfterOutput:
            break
        }
        if hasPendingOutput && now >= lastWriteProgressAt &+ settings.writeStallTimeout {
            phase = .closed
            return .close
        }
        guard phase == .open, !inputClosed, wantsToRead else { return nextAction(now: now) }
        if let started = headStartedAt {
            if now >= started &+ settings.headerTimeout {
                fail(HTTPProtocolError(
                    status: .requestTimeout, reason: "header-timeout",
                    detail: "the request head did not arrive within \(settings.headerTimeout / 1_000_000) ms"),
                    head: nil)
            }
        } else if let flight = inFlight {
            if now >= lastInputAt &+ settings.bodyIdleTimeout {
                fail(HTTPProtocolError(
                    status: .requestTimeout, reason: "body-timeout",
                    detail: "no request body bytes arrived for \(settings.bodyIdleTimeout / 1_000_000) ms"),
                    head: flight.head)
            }
        } else if !hasPendingOutput && parser.isIdle && now >= idleSince &+ settings.idleTimeout {
            phase = .closed
            return .close
        }
        return nextAction(now: now)
    }

    /// Graceful shutdown: an idle connection closes now; a request in progress is finished and answered
    /// with `Connection: close`; whatever is left at the grace deadline is closed.
    mutating func beginShutdown(now: UInt64) -> Action {
        guard !isShuttingDown else { return nextAction(now: now) }
        isShuttingDown = true
        shutdownDeadline = now &+ settings.shutdownGrace
        switch phase {
        case .closed, .draining:
            phase = .closed
            return .close
        case .closingAfterOutput:
            return nextAction(now: now)
        case .open:
            if inFlight == nil && parser.isIdle {
                phase = hasPendingOutput ? .closingAfterOutput(linger: false) : .closed
            }
            return nextAction(now: now)
        }
    }

    // MARK: - Requests

    private mutating func processInput(now: UInt64) {
        while phase == .open && queuedResponses < settings.maxPipelinedResponses
            && pendingOutputCount < settings.outputHighWater
        {
            switch parser.next() {
            case .needMoreData:
                if parser.isReadingHead {
                    if headStartedAt == nil { headStartedAt = now }
                } else {
                    headStartedAt = nil
                }
                return
            case .head(let head, let framing):
                headStartedAt = nil
                startRequest(head, framing: framing)
            case .body(let bytes):
                inFlight?.body.append(contentsOf: bytes)
            case .end(let trailers):
                finishRequest(trailers: trailers)
            case .error(let error):
                fail(error, head: inFlight?.head)
            }
        }
    }

    private mutating func startRequest(_ head: HTTPRequestHead, framing: HTTPBodyFraming) {
        requestCount += 1
        connection.requestIndex = requestCount
        guard head.method == .get || head.method.isKnown else {
            fail(HTTPProtocolError(
                status: HTTPStatus(code: 501), reason: "method-not-implemented",
                detail: "the method '\(head.method.rawValue)' is not implemented by this server"), head: head)
            return
        }
        let limit = max(0, responder.bodyLimit(for: head) ?? settings.defaultBodyLimit)
        parser.setBodyLimit(limit)
        var declared = 0
        if case .contentLength(let length) = framing {
            declared = length
            if length > limit {
                fail(HTTPProtocolError(
                    status: .contentTooLarge, reason: "body-too-large",
                    detail: "the declared body of \(length) bytes exceeds the limit of \(limit) bytes"), head: head)
                return
            }
        }
        if let expectation = head.headers.first(name: "Expect"), head.version.minor >= 1 {
            guard HTTPHeaders.bytesEqualIgnoringASCIICase(expectation.utf8, "100-continue".utf8) else {
                fail(HTTPProtocolError(
                    status: .expectationFailed, reason: "expectation-unsupported",
                    detail: "the expectation '\(expectation)' is not supported; only 100-continue is"), head: head)
                return
            }
            // Only when the client is waiting: it has sent nothing of the body yet.
            if framing != .none && parser.bufferedByteCount == 0 {
                output.append(HTTPResponseSerializer.continueResponse)
            }
        }
        var body: [UInt8] = []
        if declared > 0 { body.reserveCapacity(min(declared, 64 * 1024)) }
        inFlight = InFlight(head: head, body: body)
    }

    private mutating func finishRequest(trailers: HTTPHeaders) {
        guard let flight = inFlight.take() else { return }
        let version = flight.head.version
        let headOnly = flight.head.method == .head
        let clientKeepAlive = Self.clientWantsKeepAlive(flight.head)
        let request = HTTPRequest(head: flight.head, body: flight.body, trailers: trailers, connection: connection)
        let response = responder.respond(to: request)
        let keepAlive = !isShuttingDown && clientKeepAlive && !Self.hasCloseToken(response.headers)
        let field: HTTPResponseSerializer.ConnectionField =
            !keepAlive ? .close : (version.minor == 0 ? .keepAlive : .omitted)
        HTTPResponseSerializer.append(
            response, headOnly: headOnly, connection: field, dateLine: dateCache.headerLine(), to: output)
        queuedResponses += 1
        if !keepAlive { phase = .closingAfterOutput(linger: false) }
    }

    /// Answers a request the core refuses (body from the responder) with `Connection: close`, then a
    /// lingering close.
    private mutating func fail(_ error: HTTPProtocolError, head: HTTPRequestHead?) {
        inFlight = nil
        headStartedAt = nil
        let response = responder.respond(toProtocolError: error, head: head, connection: connection)
        HTTPResponseSerializer.append(
            response, headOnly: head?.method == .head, connection: .close,
            dateLine: dateCache.headerLine(), to: output)
        queuedResponses += 1
        phase = .closingAfterOutput(linger: true)
    }

    /// `HTTPRequestHead.wantsKeepAlive`, without touching the fields when there is no `Connection` field.
    private static func clientWantsKeepAlive(_ head: HTTPRequestHead) -> Bool {
        if !hasConnectionField(head.headers) { return head.version.major == 1 && head.version.minor >= 1 }
        return head.wantsKeepAlive
    }

    /// Whether a `Connection` field lists `close`.
    private static func hasCloseToken(_ headers: HTTPHeaders) -> Bool {
        hasConnectionField(headers) && headers.containsToken("close", inField: "Connection")
    }

    /// A cheap pre-check: any field named `Connection` (10 bytes) at all.
    private static func hasConnectionField(_ headers: HTTPHeaders) -> Bool {
        for field in headers.fields where field.name.utf8.count == 10 && HTTPHeaders.namesEqual(field.name, "Connection") {
            return true
        }
        return false
    }

    private mutating func nextAction(now: UInt64) -> Action {
        switch phase {
        case .closed: return .close
        case .draining: return .none
        case .open, .closingAfterOutput: break
        }
        if hasPendingOutput { return .write }
        if case .closingAfterOutput(let linger) = phase {
            if linger && !inputClosed {
                phase = .draining(deadline: now &+ settings.lingerTimeout, discarded: 0)
                return .shutdownWriteAndDrain
            }
            phase = .closed
            return .close
        }
        if inputClosed {
            // Nothing more can arrive: buffered complete requests were answered, a partial one never completes.
            phase = .closed
            return .close
        }
        return .none
    }
}
