public import Logging

/// Writes the one structured access-log line per request: message `request` at info level with the
/// fields method, route (template), status, bytes (body bytes sent), duration_ms, request_id, peer.
///
/// The fields travel as one `AccessLogRecord` metadata value, which `JSONLogHandler` writes as top-level
/// members in that order (other handlers print its logfmt description), so a request costs one small
/// metadata dictionary instead of seven.
public struct AccessLogger: Sendable {
    public let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    /// Logs one finished request; `durationNanoseconds` is measured from receipt to response.
    public func log(
        method: String, route: String, status: Int, bytes: Int, durationNanoseconds: UInt64,
        requestID: String, peer: String
    ) {
        guard logger.logLevel <= .info else { return }
        let record = AccessLogRecord(
            method: method, route: route, status: status, bytes: bytes, durationMicroseconds: durationNanoseconds / 1000,
            requestID: requestID, peer: peer
        )
        logger.info("request", metadata: ["access": .stringConvertible(record)])
    }
}

/// A metadata value whose members `JSONLogHandler` writes at the top level of the line, in its own
/// order, instead of as one string member.
public protocol JSONLogFields: CustomStringConvertible, Sendable {
    /// Appends `,"name":value` for each member.
    func appendJSONMembers(to line: inout [UInt8])
}

/// The fields of one access-log line.
public struct AccessLogRecord: JSONLogFields {
    public var method: String
    public var route: String
    public var status: Int
    public var bytes: Int
    public var durationMicroseconds: UInt64
    public var requestID: String
    public var peer: String

    public func appendJSONMembers(to line: inout [UInt8]) {
        JSONText.appendLiteral(#","method":"#, to: &line)
        JSONText.appendString(method, to: &line)
        JSONText.appendLiteral(#","route":"#, to: &line)
        JSONText.appendString(route, to: &line)
        JSONText.appendLiteral(#","status":"#, to: &line)
        JSONText.appendInteger(status, to: &line)
        JSONText.appendLiteral(#","bytes":"#, to: &line)
        JSONText.appendInteger(bytes, to: &line)
        JSONText.appendLiteral(#","duration_ms":"#, to: &line)
        JSONText.appendFixed(Int64(clamping: durationMicroseconds), scale: 3, to: &line)
        JSONText.appendLiteral(#","request_id":"#, to: &line)
        JSONText.appendString(requestID, to: &line)
        JSONText.appendLiteral(#","peer":"#, to: &line)
        JSONText.appendString(peer, to: &line)
    }

    public var description: String {
        "method=\(method) route=\(route) status=\(status) bytes=\(bytes) duration_ms=\(FixedPointNumber(Int64(clamping: durationMicroseconds), scale: 3)) request_id=\(requestID) peer=\(peer)"
    }
}

/// An exact decimal number `value / 10^scale` for log fields (written unquoted by `JSONLogHandler`),
/// e.g. a duration of 1234 µs as `1.234` ms, without floating point.
public struct FixedPointNumber: Sendable, CustomStringConvertible {
    public let value: Int64
    public let scale: Int

    public init(_ value: Int64, scale: Int) {
        self.value = value
        self.scale = scale
    }

    public func append(to buffer: inout [UInt8]) {
        JSONText.appendFixed(value, scale: scale, to: &buffer)
    }

    public var description: String {
        var buffer: [UInt8] = []
        append(to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
