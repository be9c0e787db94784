import Foundation
import JuesuanHTTP
import Testing
@testable import JuesuanApp

/// The repository root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url.path
}()

/// A fresh temporary directory per call.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "juesuan-config-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite struct ConfigurationLoaderTests {
    private func loader(_ environment: [String: String] = [:], directory: String = "/nonexistent-dir") -> ConfigurationLoader {
        ConfigurationLoader(environment: environment, workingDirectory: directory)
    }

    private func writeConfig(_ json: String) throws -> String {
        let path = try temporaryDirectory() + "/config.json"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func error(_ body: () throws -> Void) -> ConfigurationError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func defaultFileEqualsBuiltInDefaults() throws {
        #expect(FileManager.default.fileExists(atPath: repositoryRoot + "/Config/default.json"))
        let fromFile = try loader(directory: repositoryRoot).load()
        #expect(fromFile == AppConfiguration())
        #expect(fromFile.server.limits == HTTPServerConfiguration.Limits())
        #expect(fromFile.server.timeouts == HTTPServerConfiguration.Timeouts())
        #expect(fromFile.databasePath == "./data/juesuan.sqlite")
    }

    @Test func defaultFileListsEveryKeyWithItsDefault() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Config/default.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var flattened: [String: Any] = [:]
        func flatten(_ dictionary: [String: Any], _ prefix: String) {
            for (key, value) in dictionary {
                if let nested = value as? [String: Any] { flatten(nested, prefix + key + ".") } else { flattened[prefix + key] = value }
            }
        }
        flatten(object, "")
        #expect(Set(flattened.keys) == Set(ConfigurationKey.all.map(\.path)))
    }

    @Test func readmeDocumentsEveryKeyAndVariable() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/Config/README.md", encoding: .utf8)
        for key in ConfigurationKey.all {
            #expect(readme.contains("| `\(key.path)` | `\(key.environmentVariable)` |"), "\(key.path) is not documented")
            let expected = key.value(in: AppConfiguration()).jsonText
            #expect(readme.contains("| `\(key.path)` | `\(key.environmentVariable)` | `\(expected)` |"), "\(key.path) default differs")
        }
    }

    @Test func environmentVariableNamesFollowTheRule() {
        #expect(ConfigurationKey.named("port")?.environmentVariable == "JUESUAN_PORT")
        #expect(ConfigurationKey.named("database")?.environmentVariable == "JUESUAN_DATABASE")
        #expect(ConfigurationKey.named("limits.body_bytes")?.environmentVariable == "JUESUAN_LIMITS_BODY_BYTES")
        #expect(ConfigurationKey.named("cors.allowed_origins")?.environmentVariable == "JUESUAN_CORS_ALLOWED_ORIGINS")
    }

    @Test func precedenceIsFileThenEnvironmentThenFlags() throws {
        let path = try writeConfig(#"{"port": 9000, "host": "0.0.0.0", "database": "/file.sqlite", "limits": {"body_bytes": 2048}, "log": {"level": "debug"}}"#)
        let fileOnly = try loader().load(configPath: path)
        #expect(fileOnly.server.port == 9000)
        #expect(fileOnly.server.host == "0.0.0.0")
        #expect(fileOnly.server.limits.bodyBytes == 2048)
        #expect(fileOnly.logLevel == .debug)
        #expect(fileOnly.server.limits.headerCount == 100)

        let environment = ["JUESUAN_PORT": "9100", "JUESUAN_DATABASE": "/env.sqlite", "JUESUAN_LIMITS_BODY_BYTES": "4096",
                           "JUESUAN_CORS_ALLOWED_ORIGINS": "https://a.example, https://b.example:8443",
                           "JUESUAN_GZIP_ENABLED": "0", "JUESUAN_UNRELATED": "ignored"]
        let withEnvironment = try loader(environment).load(configPath: path)
        #expect(withEnvironment.server.port == 9100)
        #expect(withEnvironment.databasePath == "/env.sqlite")
        #expect(withEnvironment.server.limits.bodyBytes == 4096)
        #expect(withEnvironment.cors.allowedOrigins == ["https://a.example", "https://b.example:8443"])
        #expect(withEnvironment.compression.enabled == false)
        #expect(withEnvironment.server.host == "0.0.0.0")

        let withFlags = try loader(environment).load(configPath: path, overrides: [
            .init(key: "port", flag: "--port", value: "9200"), .init(key: "database", flag: "--database", value: "/flag.sqlite"),
        ])
        #expect(withFlags.server.port == 9200)
        #expect(withFlags.databasePath == "/flag.sqlite")
        #expect(withFlags.server.limits.bodyBytes == 4096)
    }

    @Test func configFileComesFromEnvironmentOrWorkingDirectory() throws {
        let path = try writeConfig(#"{"port": 9300}"#)
        #expect(try loader(["JUESUAN_CONFIG": path]).load().server.port == 9300)
        let directory = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/Config", withIntermediateDirectories: true)
        try Data(#"{"port": 9400}"#.utf8).write(to: URL(fileURLWithPath: directory + "/Config/default.json"))
        #expect(try loader(directory: directory).load().server.port == 9400)
        #expect(try loader().load() == AppConfiguration())
    }

    @Test func emptyListFromEnvironment() throws {
        #expect(try loader(["JUESUAN_TRUSTED_PROXIES": ""]).load().trustedProxies == [])
    }

    /// Each way a configuration can be wrong, with the key and source the message must name.
    @Test(arguments: [
        (#"{"port": 70000}"#, [:], "port", "must be an integer from 0 to 65535, got 70000"),
        (#"{"port": "80"}"#, [:], "port", "must be an integer from 0 to 65535, got \"80\""),
        (#"{"port": 80.5}"#, [:], "port", "must be an integer from 0 to 65535, got 80.5"),
        (#"{"host": "localhost"}"#, [:], "host", "must be an IPv4 or IPv6 address literal, got \"localhost\""),
        (#"{"database": ""}"#, [:], "database", "must not be empty"),
        (#"{"database": null}"#, [:], "database", "must be a string, got null"),
        (#"{"log": {"level": "loud"}}"#, [:], "log.level", "must be one of trace, debug, info, notice, warning, error, critical, got \"loud\""),
        (#"{"log": {"access": "yes"}}"#, [:], "log.access", "must be true or false, got \"yes\""),
        (#"{"limits": {"body_bytes": -1}}"#, [:], "limits.body_bytes", "must be an integer from 0 to 1073741824, got -1"),
        (#"{"limits": {"header_count": 0}}"#, [:], "limits.header_count", "must be an integer from 1 to 10000, got 0"),
        (#"{"limits": {"header_bytes": 1024}}"#, [:], "limits.header_bytes", "must be at least limits.request_line_bytes and limits.header_field_bytes (1024 < 8192)"),
        (#"{"timeouts": {"idle_ms": 0}}"#, [:], "timeouts.idle_ms", "must be an integer from 1 to 86400000, got 0"),
        (#"{"cors": {"allowed_origins": ["https://a.example/"]}}"#, [:], "cors.allowed_origins", "must list origins like https://dash.example.org (scheme, host, optional port; no path) or \"*\", got \"https://a.example/\""),
        (#"{"cors": {"allowed_origins": "https://a.example"}}"#, [:], "cors.allowed_origins", "must be a list of strings, got \"https://a.example\""),
        (#"{"cors": {"allowed_origins": ["*"], "allow_credentials": true}}"#, [:], "cors.allow_credentials", "cannot be true while cors.allowed_origins contains \"*\" (browsers refuse credentials with a wildcard origin)"),
        (#"{"cors": {"allowed_headers": ["X Bad"]}}"#, [:], "cors.allowed_headers", "must list header names, got \"X Bad\""),
        (#"{"gzip": {"level": 10}}"#, [:], "gzip.level", "must be an integer from 1 to 9, got 10"),
        (#"{"cache": {"entries": -5}}"#, [:], "cache.entries", "must be an integer from 0 to 1000000, got -5"),
        (#"{"trusted_proxies": ["nginx"]}"#, [:], "trusted_proxies", "trusted proxy \"nginx\" is not an IPv4 or IPv6 address or CIDR block"),
        (#"{"trusted_proxies": ["10.1.2.3/8"]}"#, [:], "trusted_proxies", "trusted proxy \"10.1.2.3/8\" has address bits set past the /8 prefix; the block is 10.0.0.0/8"),
        (#"{"trusted_proxies": [1]}"#, [:], "trusted_proxies", "must be a list of strings, got a list containing a non-string"),
        (#"{"prot": 8080}"#, [:], "prot", "is not a configuration key (see Config/README.md)"),
        (#"{"limits": {"body": 1}}"#, [:], "limits.body", "is not a configuration key (see Config/README.md)"),
        (#"{"limits": 5}"#, [:], "limits", "is not a configuration key (see Config/README.md)"),
        ("{}", ["JUESUAN_PORT": "+80"], "port", "must be an integer from 0 to 65535, got \"+80\""),
        ("{}", ["JUESUAN_PORT": "8080 "], "port", "must be an integer from 0 to 65535, got \"8080 \""),
        ("{}", ["JUESUAN_LIMITS_BODY_BYTES": "1MB"], "limits.body_bytes", "must be an integer from 0 to 1073741824, got \"1MB\""),
        ("{}", ["JUESUAN_GZIP_ENABLED": "yes"], "gzip.enabled", "must be true or false, got \"yes\""),
    ] as [(String, [String: String], String, String)])
    func invalidValuesNameTheKey(json: String, environment: [String: String], key: String, reason: String) throws {
        let path = try writeConfig(json)
        let failure = error { _ = try loader(environment).load(configPath: path) }
        #expect(failure?.key == key)
        #expect(failure?.reason == reason)
        let expectedSource = environment.isEmpty ? path : (environment.keys.first ?? "")
        if key != "limits.header_bytes" && key != "cors.allow_credentials" {
            #expect(failure?.source == expectedSource)
        }
        #expect(failure?.description.hasPrefix("invalid configuration: \(key) (from ") == true)
    }

    @Test func unreadableOrMalformedFiles() throws {
        let missing = error { _ = try loader().load(configPath: "/no/such/juesuan.json") }
        #expect(missing?.key == "config")
        #expect(missing?.reason == "the file cannot be read")
        let malformed = error { _ = try loader().load(configPath: try writeConfig(#"{"port": 80,"#)) }
        #expect(malformed?.key == "config")
        #expect(malformed?.reason.hasPrefix("the file is not valid JSON") == true)
        let array = error { _ = try loader().load(configPath: try writeConfig("[1]")) }
        #expect(array?.reason == "the file must contain a JSON object")
    }

    @Test func badFlagValueNamesTheFlag() {
        let failure = error { _ = try loader().load(overrides: [.init(key: "port", flag: "--port", value: "http")]) }
        #expect(failure?.description == "invalid configuration: port (from --port): must be an integer from 0 to 65535, got \"http\"")
    }
}
