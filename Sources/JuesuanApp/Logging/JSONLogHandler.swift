public import Logging

/// A swift-log handler that writes each record as one JSON object per line:
/// `{"ts":"2026-11-29T01:15:03.123Z","level":"info","msg":"request",…metadata…}`.
///
/// Metadata members are sorted by key; a `JSONLogFields` value (the access record) is spliced in as
/// top-level members in its own order. Integers, `Bool` and `FixedPointNumber` values are written as
/// JSON numbers/booleans, everything else as strings; nested dictionaries and arrays become JSON.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level
    public let label: String
    private let sink: any LogSink

    public init(label: String, sink: any LogSink, logLevel: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.sink = sink
        self.logLevel = logLevel
        self.metadataProvider = metadataProvider
    }

    /// Level names as literals, so writing one copies bytes instead of going through `String`.
    static func levelName(_ level: Logger.Level) -> StaticString {
        switch level {
        case .trace: "trace"
        case .debug: "debug"
        case .info: "info"
        case .notice: "notice"
        case .warning: "warning"
        case .error: "error"
        case .critical: "critical"
        }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let eventMetadata = event.metadata {
            if merged.isEmpty { merged = eventMetadata } else { merged.merge(eventMetadata) { $1 } }
        }
        var line: [UInt8] = []
        line.reserveCapacity(256)
        JSONText.appendLiteral(#"{"ts":""#, to: &line)
        WallClockTimestamp.now().appendRFC3339(to: &line)
        JSONText.appendLiteral(#"","level":""#, to: &line)
        JSONText.appendLiteral(Self.levelName(event.level), to: &line)
        JSONText.appendLiteral(#"","msg":"#, to: &line)
        JSONText.appendString(event.message.description, to: &line)
        if let error = event.error {
            line.append(contentsOf: #","error":"#.utf8)
            JSONText.appendString(String(describing: error), to: &line)
        }
        if merged.count == 1, let (key, value) = merged.first {
            Self.appendMember(key, value, to: &line)
        } else {
            for (key, value) in merged.sorted(by: { $0.key < $1.key }) { Self.appendMember(key, value, to: &line) }
        }
        line.append(UInt8(ascii: "}"))
        sink.write(line: line, urgent: event.level >= .notice)
    }

    private static func appendMember(_ key: String, _ value: Logger.Metadata.Value, to line: inout [UInt8]) {
        if case .stringConvertible(let convertible) = value {
            // The concrete access record first: a cast to a struct type is a pointer comparison.
            if let record = convertible as? AccessLogRecord {
                record.appendJSONMembers(to: &line)
                return
            }
            if let fields = convertible as? any JSONLogFields {
                fields.appendJSONMembers(to: &line)
                return
            }
        }
        line.append(UInt8(ascii: ","))
        JSONText.appendKey(key, to: &line)
        appendValue(value, to: &line)
    }

    static func appendValue(_ value: Logger.Metadata.Value, to line: inout [UInt8]) {
        switch value {
        case .string(let text):
            JSONText.appendString(text, to: &line)
        case .stringConvertible(let convertible):
            switch convertible {
            case let number as FixedPointNumber: number.append(to: &line)
            case let number as Int: JSONText.appendInteger(number, to: &line)
            case let number as Int64: JSONText.appendInteger(Int(number), to: &line)
            case let number as UInt64: JSONText.appendDecimal(UInt(number), to: &line)
            case let number as UInt16: JSONText.appendDecimal(UInt(number), to: &line)
            case let number as Int32: JSONText.appendInteger(Int(number), to: &line)
            case let flag as Bool: line.append(contentsOf: (flag ? "true" : "false").utf8)
            default: JSONText.appendString(convertible.description, to: &line)
            }
        case .dictionary(let dictionary):
            line.append(UInt8(ascii: "{"))
            for (index, member) in dictionary.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                JSONText.appendKey(member.key, to: &line)
                appendValue(member.value, to: &line)
            }
            line.append(UInt8(ascii: "}"))
        case .array(let array):
            line.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                appendValue(element, to: &line)
            }
            line.append(UInt8(ascii: "]"))
        }
    }
}
