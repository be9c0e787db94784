import ArgumentParser
import Foundation
import JuesuanStorage

/// `juesuan export DEPT YEAR` (导出): writes the stored canonical document of a disclosure's current revision (or
/// `--revision N`) to standard output or `--output FILE`, byte for byte as stored.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stored disclosure's canonical document.",
        discussion: "Exit status 1 when the database, the disclosure or the revision does not exist."
    )

    @OptionGroup var storage: StorageOptions

    @Option(help: "Revision number (default: the current revision).")
    var revision: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Argument(help: "Department id, e.g. shifeng-sifaju.")
    var department: String

    @Argument(help: "Fiscal year, e.g. 2020.")
    var year: Int

    func run() throws {
        let path = try storage.databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            StandardStreams.error("export: database \(path) does not exist")
            throw ExitCode.failure
        }
        let store = try storage.openStore(synchronous: .normal)
        let bytes: [UInt8]
        do {
            bytes = try store.export(department: department, year: year, revision: revision)
        } catch let error as StorageError {
            StandardStreams.error("export: \(error)")
            throw ExitCode.failure
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                StandardStreams.error("export: cannot write \(output)")
                throw ExitCode.failure
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
