import Foundation
import JuesuanHTTP
import Testing

/// Replays the fuzzer's seed corpus and every saved crash input (`scripts/fuzz/FailCases/`) the way the
/// fuzz target feeds them: the first byte picks up to two split points, the rest is the HTTP stream.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/fuzz")

    static func inputs(in folder: String) -> [URL] {
        let directory = fuzzDirectory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The three pieces the fuzz target makes of an input.
    static func pieces(_ input: [UInt8]) -> [[UInt8]] {
        guard let selector = input.first else { return [] }
        let data = Array(input.dropFirst())
        let first = Int(selector >> 4) * data.count / 15
        let second = first + Int(selector & 0x0F) * (data.count - first) / 15
        return [Array(data[..<first]), Array(data[first..<second]), Array(data[second...])]
    }

    static func check(_ url: URL) throws {
        let input = try [UInt8](Data(contentsOf: url))
        let pieces = Self.pieces(input)
        let whole = ParserHarness.parse([pieces.flatMap { $0 }], limits: fuzzLimits)
        let split = ParserHarness.parse(pieces, limits: fuzzLimits)
        #expect(ParserHarness.sameResult(whole, split), "\(url.lastPathComponent): \(split) vs \(whole)")
        for request in whole.requests where request.ended {
            if case .contentLength(let length) = request.framing { #expect(request.body.count == length) }
        }
    }

    /// The limits the fuzz target uses (scripts/fuzz/Sources/FuzzHTTPParser/FuzzCheck.swift).
    static let fuzzLimits: HTTPServerConfiguration.Limits = {
        var limits = HTTPServerConfiguration.Limits()
        limits.requestLineBytes = 256
        limits.headerFieldBytes = 256
        limits.headerBytes = 1024
        limits.headerCount = 16
        limits.bodyBytes = 1024
        limits.chunkExtensionBytes = 64
        return limits
    }()

    @Test func seedCorpusReplaysConsistently() throws {
        let seeds = Self.inputs(in: "corpus")
        #expect(seeds.count >= 90)
        for url in seeds { try Self.check(url) }
    }

    @Test func savedFailCasesNoLongerFail() throws {
        for url in Self.inputs(in: "FailCases") { try Self.check(url) }
    }
}
