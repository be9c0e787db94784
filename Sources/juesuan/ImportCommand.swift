import ArgumentParser
import Foundation
import JuesuanApp
import JuesuanDomain
import JuesuanStorage

/// `juesuan import FILE…` (导入): validates disclosure documents with the domain decoder and stores each one as a
/// new revision of its department × fiscal year. Every file is checked before anything is written: if any is
/// invalid, each problem is printed with its file and JSON path, nothing is stored, and the exit status is 1.
/// Otherwise each file is imported in its own transaction and acknowledged on standard output only after its
/// commit, one line per file:
///
///     imported department=shifeng-sifaju year=2020 revision=2 change=replaced sha256=<64 hex> file=<path>
///
/// `change` is `created`, `replaced` or `unchanged` (same content as the current revision: nothing written).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate disclosure documents and store each as a new revision.",
        discussion: """
            Each FILE is a canonical disclosure document (juesuan.disclosure/1, see docs/canonical-format.md).
            All files are validated first; any error (with its JSON path) means nothing is written and exit status 1.
            Each import is one transaction, acknowledged on stdout after it committed.
            """
    )

    @OptionGroup var storage: StorageOptions

    @Option(name: .customLong("imported-by"), help: "Importer recorded with each revision (default: cli:$USER).")
    var importedBy: String?

    @Option(help: ArgumentHelp(
        "Commit durability: full (survives an OS crash or power loss; default) or normal (survives a crash of this process).",
        valueName: "full|normal"))
    var synchronous: SynchronousMode = .full

    @Argument(help: "Disclosure documents (JSON).")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE to import") }
        if let importedBy, importedBy.isEmpty { throw ValidationError("--imported-by must not be empty") }
    }

    func run() throws {
        // Pass 1: validate everything; nothing is opened or written unless every file is valid.
        var invalid = 0
        for file in files {
            do {
                _ = try Disclosure(jsonBytes: try Self.read(file))
            } catch let error as DisclosureDecodingError {
                invalid += 1
                for problem in error.errors { StandardStreams.error("\(file): \(problem)") }
            }
        }
        guard invalid == 0 else {
            StandardStreams.error("import: \(invalid) of \(files.count) files invalid; nothing was imported")
            throw ExitCode.failure
        }

        // Pass 2: import each file in its own transaction. Documents are decoded again rather than held in memory,
        // so a batch of thousands of files needs no more memory than one.
        let store = try storage.openStore(synchronous: synchronous.value)
        let importer = importedBy ?? "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")"
        for file in files {
            let result = try store.importDisclosure(jsonBytes: try Self.read(file), importedBy: importer)
            let change = switch result.change {
            case .created: "created"
            case .replaced: "replaced"
            case .unchanged: "unchanged"
            }
            StandardStreams.output("imported department=\(result.departmentID) year=\(result.fiscalYear) "
                + "revision=\(result.revision.number) change=\(change) sha256=\(result.revision.contentSHA256) file=\(file)")
        }
    }

    /// The bytes of `path`; a missing or unreadable file is reported like a document error.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DisclosureDecodingError(errors: [DocumentError(path: "$", message: "the file cannot be read")])
        }
        return [UInt8](data)
    }
}

/// The options every data command shares: which database, found like `serve` finds it (`--database`, else the
/// configuration's `database` key from `--config` / `$JUESUAN_CONFIG` / `Config/default.json`, else
/// `$JUESUAN_DATABASE`, else `./data/juesuan.sqlite`).
struct StorageOptions: ParsableArguments {
    @Option(help: "SQLite database file; key 'database'.")
    var database: String?

    @Option(help: "Configuration file (JSON); default $JUESUAN_CONFIG or ./Config/default.json.")
    var config: String?

    /// The database path from the flag, configuration file or environment; a bad configuration exits 2.
    func databasePath() throws -> String {
        var overrides: [ConfigurationLoader.Override] = []
        if let database { overrides.append(.init(key: "database", flag: "--database", value: database)) }
        do {
            return try ConfigurationLoader().load(configPath: config, overrides: overrides).databasePath
        } catch {
            StandardStreams.error("juesuan: \(error.description)")
            throw ExitCode(2)
        }
    }

    /// Opens the store, creating the database's directory and schema if needed.
    func openStore(synchronous: DatabaseConfiguration.Synchronous) throws -> DisclosureStore {
        let path = try databasePath()
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = DatabaseConfiguration()
        configuration.synchronous = synchronous
        configuration.readerCount = 1
        return try DisclosureStore.open(path: path, configuration: configuration)
    }
}

/// Unbuffered writes of whole lines to standard output and standard error: a line is out of the process as soon
/// as the call returns (an import acknowledgement must not sit in a buffer when the process is killed).
enum StandardStreams {
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The `--synchronous` values of `juesuan import`.
enum SynchronousMode: String, ExpressibleByArgument, CaseIterable {
    case full
    case normal

    var value: DatabaseConfiguration.Synchronous {
        switch self {
        case .full: .full
        case .normal: .normal
        }
    }
}
