import Foundation
import Logging
import Testing
@testable import JuesuanApp

@Suite struct JSONLogHandlerTests {
    @Test func writesValidJSONWithTypedValues() throws {
        let sink = MemoryLogSink()
        var logger = Logger.memory(sink)
        logger[metadataKey: "component"] = "test"
        logger.warning(
            "odd \"thing\"\nhappened",
            metadata: [
                "count": .stringConvertible(3), "ok": .stringConvertible(true),
                "ms": .stringConvertible(FixedPointNumber(1500, scale: 3)),
                "nested": .dictionary(["b": "2", "a": .array(["x", .stringConvertible(1)])]),
            ]
        )
        let line = try #require(sink.lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["msg"] as? String == "odd \"thing\"\nhappened")
        #expect(object["level"] as? String == "warning")
        #expect(object["component"] as? String == "test")
        #expect(object["count"] as? Int == 3)
        #expect(object["ok"] as? Bool == true)
        #expect(line.contains(#""ms":1.500"#))
        #expect(line.contains(#""nested":{"a":["x",1],"b":"2"}"#))
        #expect(!line.contains("\n"))
    }

    @Test func respectsLevel() {
        let sink = MemoryLogSink()
        let logger = Logger.memory(sink, level: .notice)
        logger.info("hidden")
        logger.error("shown")
        #expect(sink.lines.count == 1)
    }

    @Test func standardOutputSinkWritesLinesInOrder() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        let sink = StandardOutputLogSink(fileDescriptor: pipe[1], flushThresholdBytes: 64, flushIntervalMilliseconds: 10_000)
        sink.write(line: Array("first".utf8), urgent: false)
        sink.write(line: Array("second".utf8), urgent: true)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(pipe[0], &buffer, buffer.count)
        #expect(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self) == "first\nsecond\n")
        close(pipe[0])
        close(pipe[1])
    }
}
