#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Incremental RFC 9112 request parser over bytes. One per connection. Pure value type, no I/O.
///
/// Bytes are appended as they arrive; `next()` turns them into events (`head`, `body` pieces, `end`)
/// and never rescans a byte it has already looked at, so a head sent one byte at a time costs O(n).
/// Everything is parsed as `UInt8`: no `String`/`Character` processing, no `Int(String)`, ASCII-only case
/// folding, bounded digit counts (`Content-Length` ≤ 18 digits, chunk size ≤ 15 hex digits).
///
/// Policy (strict, like llhttp without leniency flags; see `shared/RELIABILITY.md` §1):
/// - CRLF only: bare LF and bare CR are 400; NUL and other control bytes are 400 wherever they appear
///   outside a body.
/// - `HTTP/1.x` with a minor version above 1 is served with HTTP/1.1 semantics and reported as
///   `HTTP/1.1` (RFC 9110 §2.5); other majors get 505; malformed versions get 400.
/// - Request line longer than `limits.requestLineBytes` → 414; a field line above `headerFieldBytes`,
///   a head above `headerBytes` or more than `headerCount` fields → 431; bodies above the body limit → 413.
/// - `Transfer-Encoding` must be exactly `chunked` (501 for other codings, 400 when chunked is doubled or
///   not final, or when combined with `Content-Length` or sent on HTTP/1.0).
public struct HTTPRequestParser: Sendable {
    /// Where the parser is in the message it is reading.
    enum State: Sendable {
        case requestLine
        case headerLines
        /// `.head` was returned; the next call applies the body limit and starts the body.
        case headDelivered
        case fixedBody(remaining: Int)
        case chunkSizeLine
        case chunkData(remaining: Int)
        /// The CRLF that must follow a chunk's data.
        case chunkDataEnd
        case trailerLines
        /// Everything was read; the next call returns `.end`.
        case messageEnd
        /// A protocol error was reported (`failure`); the parser is dead.
        case failed
    }

    /// What is known about the request being read; reset after each `.end`.
    struct Partial: Sendable {
        /// Bytes of the head read so far (request line, fields, CRLFs, skipped empty lines).
        var headBytes = 0
        var line: RequestLine?
        var headers = HTTPHeaders()
        var hostCount = 0
        var contentLength: Int?
        var transferCoding: TransferCoding?
        var framing = HTTPBodyFraming.none
        /// De-chunked body bytes delivered so far (chunked bodies).
        var bodyReceived = 0
        var trailers = HTTPHeaders()
        var trailerBytes = 0
    }

    let limits: HTTPServerConfiguration.Limits
    /// Received bytes; those before `readIndex` are consumed and dropped by occasional compaction.
    var buffer: [UInt8] = []
    var readIndex = 0
    /// Bytes of the current line (starting at `readIndex`) already searched for LF without success.
    var lineScanned = 0
    var state = State.requestLine
    /// The error reported when `state` became `.failed` (kept out of `State` so it stays trivially copyable).
    var failure: HTTPProtocolError?
    var bodyLimit: Int
    var partial = Partial()

    public init(limits: HTTPServerConfiguration.Limits) {
        self.limits = limits
        self.bodyLimit = limits.bodyBytes
    }

    // MARK: Input

    /// Appends received bytes to the parser's internal buffer (it copies them).
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compactBeforeAppend()
        buffer.append(contentsOf: bytes)
    }

    /// Appends received bytes to the parser's internal buffer (convenience for tests).
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        compactBeforeAppend()
        buffer.append(contentsOf: bytes)
    }

    /// Drops consumed bytes when that costs no more than the bytes consumed since the last compaction
    /// (amortised O(1) per byte). An emptied buffer keeps its storage unless a burst grew it beyond
    /// `retainedCapacity`, so idle connections do not pin large buffers.
    private mutating func compactBeforeAppend() {
        guard readIndex > 0 else { return }
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            readIndex = 0
        } else if readIndex >= buffer.count - readIndex {
            buffer.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }

    // MARK: State queries

    /// After `.head`, the server may lower/raise the body limit for this request. A declared
    /// `Content-Length` above it is reported as `.error(413)` by the next `next()` call without consuming
    /// the body; a chunked body crossing it gives `.error(413)` as soon as a chunk size crosses it.
    public mutating func setBodyLimit(_ bytes: Int) {
        bodyLimit = Swift.max(0, bytes)
    }

    /// Bytes buffered but not yet consumed by any event (for the pipelining cap).
    public var bufferedByteCount: Int { buffer.count - readIndex }

    /// True when the parser is between requests with nothing buffered (idle connection).
    public var isIdle: Bool {
        if case .requestLine = state { return partial.headBytes == 0 && readIndex == buffer.count }
        return false
    }

    /// True when the parser has seen the first byte of a request head but not the end of it.
    public var isReadingHead: Bool {
        switch state {
        case .requestLine: return partial.headBytes > 0 || readIndex < buffer.count
        case .headerLines: return true
        default: return false
        }
    }

    /// True while a body is being read (the server's body-idle timeout applies).
    public var isReadingBody: Bool {
        switch state {
        case .headDelivered: return partial.framing != .none
        case .fixedBody, .chunkSizeLine, .chunkData, .chunkDataEnd, .trailerLines: return true
        default: return false
        }
    }

    // MARK: Events

    /// Advances as far as the buffered bytes allow and returns the next event, or `.needMoreData`.
    /// Call repeatedly until `.needMoreData` (or `.error`).
    public mutating func next() -> HTTPParserEvent {
        while true {
            let event: HTTPParserEvent?
            switch state {
            case .requestLine: event = readRequestLine()
            case .headerLines: event = readFieldLine(trailer: false)
            case .headDelivered: event = startBody()
            case .fixedBody(let remaining): event = readFixedBody(remaining: remaining)
            case .chunkSizeLine: event = readChunkSizeLine()
            case .chunkData(let remaining): event = readChunkData(remaining: remaining)
            case .chunkDataEnd: event = readChunkDataEnd()
            case .trailerLines: event = readFieldLine(trailer: true)
            case .messageEnd: event = finishMessage()
            case .failed: return .error(failure ?? Self.invalidMethod)
            }
            if let event { return event }
        }
    }

    mutating func fail(_ error: HTTPProtocolError) -> HTTPParserEvent {
        state = .failed
        failure = error
        return .error(error)
    }

    // MARK: Lines

    /// The outcome of looking for the LF that ends the current line.
    enum LineSearch {
        /// The LF is this many bytes after `readIndex`.
        case found(Int)
        case needMore
        /// No LF within the window: the line is longer than allowed.
        case tooLong
    }

    /// Looks for LF in the first `window` bytes of the current line, resuming where the last search
    /// stopped. The outcome depends only on the bytes, never on how they were split into reads.
    mutating func searchLine(window: Int) -> LineSearch {
        let available = buffer.count - readIndex
        let end = Swift.min(available, Swift.max(window, 0))
        if lineScanned < end {
            let start = readIndex + lineScanned
            let count = end - lineScanned
            let hit: Int? = buffer.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, let found = memchr(base + start, 0x0A, count) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }
            if let hit {
                lineScanned = 0
                return .found(hit - readIndex)
            }
            lineScanned = end
        }
        return available >= window ? .tooLong : .needMore
    }

    /// The bytes to search for the LF of a line whose content may have `limit` bytes: the content and
    /// CRLF, saturating so that a huge configured limit cannot overflow.
    static func lineWindow(_ limit: Int) -> Int {
        let (window, overflow) = limit.addingReportingOverflow(2)
        return overflow ? Int.max : window
    }

    /// The length of a line's content (without CRLF) whose LF is `lfOffset` bytes after `readIndex`,
    /// and whether it ended in a bare LF.
    func lineContent(lfOffset: Int) -> (count: Int, bareLF: Bool) {
        if lfOffset > 0 && buffer[readIndex + lfOffset - 1] == HTTPByte.cr { return (lfOffset - 1, false) }
        return (lfOffset, true)
    }

    /// Largest buffer capacity, in bytes, kept across an emptied buffer: 64 KiB.
    static let retainedCapacity = 64 * 1024

    /// Header fields reserved per request up front (typical browsers and load balancers send fewer).
    static let expectedFieldCount = 12

    static let invalidMethod = HTTPProtocolError.badRequest(
        "invalid-method", "The request line must start with a method token."
    )

    static let bareLF = HTTPProtocolError.badRequest("bare-lf", "Lines must end with CRLF; a bare LF was received.")

    // MARK: Request line and fields

    mutating func readRequestLine() -> HTTPParserEvent? {
        // Reject binary garbage (TLS handshakes, random bytes) at its first byte instead of waiting for an LF.
        if lineScanned == 0 && readIndex < buffer.count {
            let first = buffer[readIndex]
            if !HTTPByte.isTokenChar(first) && first != HTTPByte.cr && first != HTTPByte.lf {
                return fail(Self.invalidMethod)
            }
        }
        let limit = limits.requestLineBytes
        switch searchLine(window: Self.lineWindow(limit)) {
        case .needMore: return .needMoreData
        case .tooLong: return fail(.requestLineTooLong(limit: limit))
        case .found(let lfOffset):
            let (count, bareLF) = lineContent(lfOffset: lfOffset)
            if count > limit { return fail(.requestLineTooLong(limit: limit)) }
            if bareLF { return fail(Self.bareLF) }
            partial.headBytes += lfOffset + 1
            if partial.headBytes > limits.headerBytes { return fail(headTooLarge) }
            let start = readIndex
            readIndex += lfOffset + 1
            // RFC 9112 §2.2: empty lines before a request line are ignored (they count towards the head).
            if count == 0 { return nil }
            do {
                partial.line = try buffer.withUnsafeBufferPointer { bytes throws(HTTPProtocolError) in
                    try Self.parseRequestLine(UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
                }
            } catch {
                return fail(error)
            }
            partial.headers.reserveCapacity(Self.expectedFieldCount)
            state = .headerLines
            return nil
        }
    }

    var fieldTooLarge: HTTPProtocolError {
        .headerFieldsTooLarge(
            "header-field-too-large", "A header field line exceeds the limit of \(limits.headerFieldBytes) bytes."
        )
    }

    var headTooLarge: HTTPProtocolError {
        .headerFieldsTooLarge("head-too-large", "The request head exceeds the limit of \(limits.headerBytes) bytes.")
    }

    /// Reads one field line of the head or of the trailer section, or the empty line that ends it.
    mutating func readFieldLine(trailer: Bool) -> HTTPParserEvent? {
        let used = trailer ? partial.trailerBytes : partial.headBytes
        let fieldLimit = limits.headerFieldBytes
        let budget = limits.headerBytes - used
        let fieldWindow = Self.lineWindow(fieldLimit)
        let window = Swift.min(fieldWindow, budget)
        switch searchLine(window: window) {
        case .needMore: return .needMoreData
        case .tooLong: return fail(window == fieldWindow ? fieldTooLarge : headTooLarge)
        case .found(let lfOffset):
            let (count, bareLF) = lineContent(lfOffset: lfOffset)
            if count > fieldLimit { return fail(fieldTooLarge) }
            if bareLF { return fail(Self.bareLF) }
            let start = readIndex
            readIndex += lfOffset + 1
            if trailer { partial.trailerBytes += lfOffset + 1 } else { partial.headBytes += lfOffset + 1 }
            if count == 0 {
                if trailer {
                    state = .messageEnd
                    return nil
                }
                return finishHead()
            }
            let fieldCount = trailer ? partial.trailers.count : partial.headers.count
            if fieldCount >= limits.headerCount {
                return fail(.headerFieldsTooLarge(
                    "too-many-fields", "The request has more than \(limits.headerCount) header fields."
                ))
            }
            let field: ParsedField
            do {
                field = try buffer.withUnsafeBufferPointer { bytes throws(HTTPProtocolError) in
                    try Self.parseField(UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]), framing: !trailer)
                }
            } catch {
                return fail(error)
            }
            if trailer {
                partial.trailers.add(name: field.name, value: field.value)
                return nil
            }
            return addHeader(field)
        }
    }

    mutating func addHeader(_ field: ParsedField) -> HTTPParserEvent? {
        switch field.kind {
        case .other:
            break
        case .host:
            if partial.hostCount > 0 {
                return fail(.badRequest("duplicate-host", "The request has more than one Host field."))
            }
            partial.hostCount += 1
        case .contentLength(let length):
            if partial.contentLength != nil {
                return fail(.badRequest("duplicate-content-length", "The request has more than one Content-Length field."))
            }
            partial.contentLength = length
        case .transferEncoding(let coding):
            if partial.transferCoding != nil {
                return fail(.badRequest(
                    "duplicate-transfer-encoding", "The request has more than one Transfer-Encoding field."
                ))
            }
            partial.transferCoding = coding
        }
        partial.headers.add(name: field.name, value: field.value)
        return nil
    }

    /// Decides the framing once the head is complete and returns the `.head` event.
    mutating func finishHead() -> HTTPParserEvent? {
        var taken: RequestLine?
        swap(&taken, &partial.line)
        guard let line = taken else {
            return fail(.badRequest("missing-request-line", "The request has no request line."))
        }
        if line.version.minor >= 1 && partial.hostCount == 0 {
            return fail(.badRequest("missing-host", "An HTTP/1.1 request must have exactly one Host field."))
        }
        let framing: HTTPBodyFraming
        if let coding = partial.transferCoding {
            if partial.contentLength != nil {
                return fail(.badRequest(
                    "content-length-and-transfer-encoding",
                    "The request has both Content-Length and Transfer-Encoding."
                ))
            }
            if line.version.minor == 0 {
                return fail(.badRequest("transfer-encoding-http10", "Transfer-Encoding is not allowed in HTTP/1.0 requests."))
            }
            switch coding {
            case .chunked: framing = .chunked
            case .invalid(let error): return fail(error)
            case .unsupported: return fail(.unsupportedTransferCoding)
            }
        } else if let length = partial.contentLength, length > 0 {
            framing = .contentLength(length)
        } else {
            framing = .none
        }
        partial.framing = framing
        var headers = HTTPHeaders()
        swap(&headers, &partial.headers)
        state = .headDelivered
        let head = HTTPRequestHead(
            method: line.method, target: line.target, path: line.path, query: line.query,
            version: line.version, headers: headers
        )
        return .head(head, framing: framing)
    }

    // MARK: Body

    mutating func startBody() -> HTTPParserEvent? {
        switch partial.framing {
        case .none:
            state = .messageEnd
        case .contentLength(let length):
            if length > bodyLimit { return fail(.bodyTooLarge(limit: bodyLimit)) }
            state = .fixedBody(remaining: length)
        case .chunked:
            state = .chunkSizeLine
        }
        return nil
    }

    /// Takes up to `remaining` buffered bytes as one body piece, or nil when nothing is buffered.
    mutating func takeBodyBytes(upTo remaining: Int) -> [UInt8]? {
        let count = Swift.min(buffer.count - readIndex, remaining)
        guard count > 0 else { return nil }
        let piece = Array(buffer[readIndex..<(readIndex + count)])
        readIndex += count
        return piece
    }

    mutating func readFixedBody(remaining: Int) -> HTTPParserEvent? {
        guard let piece = takeBodyBytes(upTo: remaining) else { return .needMoreData }
        let left = remaining - piece.count
        state = left == 0 ? .messageEnd : .fixedBody(remaining: left)
        return .body(piece)
    }

    mutating func finishMessage() -> HTTPParserEvent? {
        let trailers = partial.trailers
        partial = Partial()
        bodyLimit = limits.bodyBytes
        state = .requestLine
        lineScanned = 0
        return .end(trailers: trailers)
    }
}
