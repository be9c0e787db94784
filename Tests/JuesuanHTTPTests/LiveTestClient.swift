import Glibc
import Testing

/// A response read off the wire by `LiveTestClient`, parsed strictly (CRLF lines, `Content-Length` framing).
struct LiveResponse {
    var status: Int
    var reason: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// The exact bytes of this response as received.
    var raw: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Why the test client gave up.
struct LiveClientError: Error, CustomStringConvertible {
    var description: String
}

/// A blocking raw-socket HTTP/1.1 client for live tests: sends exact bytes, reads exact responses with
/// a bounded deadline (poll), detects the server closing. Never sleeps.
final class LiveTestClient {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    /// True once the server's end of input (or a reset) has been seen.
    private(set) var sawEndOfInput = false

    /// Connects; `receiveBuffer` shrinks `SO_RCVBUF` (slow-reader tests).
    init(port: UInt16, host: String = "127.0.0.1", receiveBuffer: Int32? = nil) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw LiveClientError(description: "socket: errno \(errno)") }
        if var size = receiveBuffer {
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let error = errno
            Glibc.close(descriptor)
            throw LiveClientError(description: "connect to \(host):\(port): errno \(error)")
        }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
    }

    /// Closes with `SO_LINGER` 0: the server sees a reset.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw LiveClientError(description: "send: errno \(errno)")
            }
            offset += written
        }
    }

    func shutdownWrite() { Glibc.shutdown(descriptor, Int32(SHUT_WR)) }

    /// Reads more bytes into the buffer; false at end of input or when the deadline passes.
    private func fill(deadline: UInt64) throws -> Bool {
        if sawEndOfInput { return false }
        var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let now = Self.now()
            guard now < deadline else { return false }
            let ready = poll(&pollDescriptor, 1, Int32(max(1, (deadline - now) / 1_000_000)))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                if errno == ECONNRESET {
                    sawEndOfInput = true
                    return false
                }
                throw LiveClientError(description: "recv: errno \(errno)")
            }
            if count == 0 {
                sawEndOfInput = true
                return false
            }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func deadline(seconds: Double) -> UInt64 { now() + UInt64(seconds * 1e9) }

    /// Reads one response. `forHead` means the response to a HEAD request (no body follows).
    func readResponse(forHead: Bool = false, timeout: Double = 5) throws -> LiveResponse {
        let deadline = Self.deadline(seconds: timeout)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find([13, 10, 13, 10], in: buffer)
            if headEnd == nil {
                guard try fill(deadline: deadline) else {
                    throw LiveClientError(description: "no complete response head (\(buffer.count) bytes: \(String(decoding: buffer, as: UTF8.self).prefix(200)))")
                }
            }
        }
        let headBytes = Array(buffer[0..<headEnd!])
        let lines = Self.split(headBytes)
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/1.1 "), statusLine.utf8.count >= 12 else {
            throw LiveClientError(description: "bad status line: \(lines.first ?? "")")
        }
        let codeText = statusLine.dropFirst(9).prefix(3)
        guard let status = Int(codeText), statusLine.dropFirst(12).first == " " else {
            throw LiveClientError(description: "bad status line: \(statusLine)")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw LiveClientError(description: "bad header line: \(line)") }
            headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: [" "])))
        }
        let lengths = headers.filter { $0.name.lowercased() == "content-length" }
        guard lengths.count <= 1 else { throw LiveClientError(description: "duplicate Content-Length") }
        let noBody = forHead || status < 200 || status == 204 || status == 304
        if (status < 200 || status == 204) && !lengths.isEmpty {
            throw LiveClientError(description: "Content-Length on a \(status)")
        }
        var length = 0
        if !noBody {
            guard let text = lengths.first?.value, let value = Int(text) else {
                throw LiveClientError(description: "response \(status) without Content-Length")
            }
            length = value
        }
        let total = headEnd! + 4 + length
        while buffer.count < total {
            guard try fill(deadline: deadline) else {
                throw LiveClientError(description: "body incomplete: \(buffer.count - headEnd! - 4) of \(length) bytes")
            }
        }
        let raw = Array(buffer[0..<total])
        let body = Array(buffer[(headEnd! + 4)..<total])
        buffer.removeFirst(total)
        let reason = String(statusLine.dropFirst(13))
        return LiveResponse(status: status, reason: reason, headers: headers, body: body, raw: raw)
    }

    /// Reads exactly `count` bytes.
    func readBytes(_ count: Int, timeout: Double = 5) throws -> [UInt8] {
        let deadline = Self.deadline(seconds: timeout)
        while buffer.count < count {
            guard try fill(deadline: deadline) else {
                throw LiveClientError(description: "only \(buffer.count) of \(count) bytes arrived")
            }
        }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    /// Waits for the server to close; returns every byte received before that. Throws at the deadline.
    func readUntilClosed(timeout: Double = 5) throws -> [UInt8] {
        let deadline = Self.deadline(seconds: timeout)
        while true {
            if try !fill(deadline: deadline) {
                guard sawEndOfInput else { throw LiveClientError(description: "server did not close within \(timeout) s") }
                defer { buffer.removeAll() }
                return buffer
            }
        }
    }

    /// Waits up to `timeout` for the server to close; true when it did (no bytes may arrive meanwhile).
    func waitForClose(timeout: Double = 5) throws -> Bool {
        let rest = try readUntilClosed(timeout: timeout)
        return rest.isEmpty
    }

    /// Whether anything at all (bytes or close) arrives within `timeout` (used to prove silence).
    func receivesNothing(within timeout: Double) throws -> Bool {
        let before = buffer.count
        let deadline = Self.deadline(seconds: timeout)
        let got = try fill(deadline: deadline)
        return !got && !sawEndOfInput && buffer.count == before
    }

    /// Bytes received but not yet returned.
    var unreadBytes: [UInt8] { buffer }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }

    private static func split(_ head: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < head.count {
            if head[index] == 13 && index + 1 < head.count && head[index + 1] == 10 {
                lines.append(String(decoding: head[start..<index], as: UTF8.self))
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        lines.append(String(decoding: head[start..<head.count], as: UTF8.self))
        return lines
    }
}
