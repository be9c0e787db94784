import Foundation
import Testing
@testable import JuesuanApp

/// The built `juesuan` executable, run as a user would: configuration errors exit 2 naming the key; `serve`
/// prints one ready line with the bound port, answers, and exits 0 on SIGTERM.
@Suite struct ExecutableLiveTests {
    /// `juesuan` next to the test bundle in the build directory.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("juesuan")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "juesuan-not-built")
    }()

    private func run(_ arguments: [String], environment: [String: String] = [:], directory: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JUESUAN_") }.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func invalidConfigurationExitsTwoNamingTheKey() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "juesuan is not built at \(Self.executable.path)")
        let directory = try temporaryDirectory()
        let fromEnvironment = try run(["serve"], environment: ["JUESUAN_LIMITS_BODY_BYTES": "1MB"], directory: directory)
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.stderr.contains("limits.body_bytes (from JUESUAN_LIMITS_BODY_BYTES): must be an integer"))
        let fromFlag = try run(["serve", "--port", "99999"], directory: directory)
        #expect(fromFlag.status == 2)
        #expect(fromFlag.stderr.contains("port (from --port): must be an integer from 0 to 65535, got 99999"))
        let missingFile = try run(["serve", "--config", directory + "/absent.json"], directory: directory)
        #expect(missingFile.status == 2)
        #expect(missingFile.stderr.contains("invalid configuration: config (from \(directory)/absent.json): the file cannot be read"))
    }

    @Test func serveAnswersAndStopsOnSIGTERM() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "juesuan is not built at \(Self.executable.path)")
        let directory = try temporaryDirectory()
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--database", directory + "/data/juesuan.sqlite"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JUESUAN_") }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Read standard output until the ready line (blocking reads; EOF means the process died).
        var text = ""
        while !text.contains(#""msg":"ready""#) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let readyLine = try #require(text.split(separator: "\n").first { $0.contains(#""msg":"ready""#) })
        let portText = try #require(readyLine.split(separator: ",").first { $0.hasPrefix(#""port":"#) }?.dropFirst(7))
        let port = try #require(UInt16(String(portText.prefix { $0.isNumber })))
        #expect(FileManager.default.fileExists(atPath: directory + "/data/juesuan.sqlite"))

        let connection = try LiveConnection(port: port)
        let health = try connection.request("GET", "/healthz")
        #expect(health.status == 200)
        let ready = try connection.request("GET", "/readyz")
        #expect(ready.status == 200)
        #expect(ready.text == #"{"status":"ready","checks":{"storage":"ok"}}"#)
        let openAPI = try connection.request("GET", "/openapi.yaml")
        #expect(openAPI.status == 200)
        #expect(openAPI.text.hasPrefix("openapi: 3.1."))
        // An empty database gets the embedded sample disclosure on start.
        let table = try connection.request("GET", "/v1/disclosures/shifeng-sifaju/2020/tables/05")
        #expect(table.status == 200)
        #expect(table.text.contains("622.52"))

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains(#""msg":"stopped""#))
    }
}
