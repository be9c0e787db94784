import ArgumentParser
import Foundation
import JuesuanDomain
import JuesuanStorage

/// `juesuan check DEPT YEAR` (审核) checks a stored disclosure; `juesuan check --file FILE` checks a document
/// before it is imported. Prints the findings as a table (or `--format json`, the same object as
/// `GET /v1/disclosures/{dept}/{year}/checks`). Exit status: 0 no errors (warnings and rounding differences do not
/// count), 1 the disclosure has errors or the file is not a valid document, 2 it cannot be checked (no database,
/// no such disclosure, unreadable file).
///
/// `--repeat N` runs the checks N times more and prints the time per run to standard error (benchmark; see
/// scripts/bench-checks and docs/BENCHMARKS.md).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit a disclosure: table sums, cross-table agreement, narrative figures, scorecards, completeness.",
        discussion: """
            Rules and the rounding tolerance: docs/checks.md. Exit status 0 when there is no error, 1 when there are \
            errors (or FILE is not a valid document), 2 when the disclosure cannot be found or read.
            """
    )

    @OptionGroup var storage: StorageOptions

    @Option(help: "Check this document file instead of a stored disclosure.")
    var file: String?

    @Option(help: "Revision of the stored disclosure (default: current).")
    var revision: Int?

    @Option(help: ArgumentHelp("Output format.", valueName: "text|json"))
    var format: CheckOutputFormat = .text

    @Option(help: ArgumentHelp("Only these severities (comma-separated).", valueName: "error,warning,rounding"))
    var severity: String?

    @Option(help: ArgumentHelp("Only these families (comma-separated).", valueName: "table,cross_table,narrative,scorecard,completeness"))
    var family: String?

    @Option(name: .customLong("repeat"), help: "Run the checks N more times and print the time per run to stderr.")
    var repetitions: Int = 0

    @Argument(help: "Department id, e.g. shifeng-sifaju (stored disclosure).")
    var department: String?

    @Argument(help: "Fiscal year, e.g. 2020 (stored disclosure).")
    var year: Int?

    func validate() throws {
        if file != nil {
            guard department == nil, year == nil else { throw ValidationError("give either --file FILE or DEPT YEAR, not both") }
            guard revision == nil else { throw ValidationError("--revision applies to stored disclosures only") }
        } else {
            guard department != nil, year != nil else { throw ValidationError("give DEPT YEAR, or --file FILE") }
        }
        guard repetitions >= 0 else { throw ValidationError("--repeat must be 0 or more") }
        _ = try parsedSeverities()
        _ = try parsedFamilies()
    }

    func parsedSeverities() throws -> Set<CheckSeverity>? {
        try severity.map { text in
            Set(try text.split(separator: ",").map { name in
                guard let value = CheckSeverity(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--severity: unknown severity \(name) (error, warning, rounding)")
                }
                return value
            })
        }
    }

    func parsedFamilies() throws -> Set<CheckFamily>? {
        try family.map { text in
            Set(try text.split(separator: ",").map { name in
                guard let value = CheckFamily(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--family: unknown family \(name) (table, cross_table, narrative, scorecard, completeness)")
                }
                return value
            })
        }
    }

    func run() throws {
        let disclosure = try loadDisclosure()
        let checker = DisclosureChecker()
        let report = checker.check(disclosure).filtered(severities: try parsedSeverities(), families: try parsedFamilies())
        switch format {
        case .json:
            StandardStreams.output(JSONWriter(style: .pretty).string(report.jsonValue()).trimmingCharacters(in: .newlines))
        case .text:
            StandardStreams.output(CheckCommand.text(report))
        }
        if repetitions > 0 { CheckCommand.benchmark(checker, disclosure, repetitions) }
        if report.hasErrors { throw ExitCode.failure }
    }

    func loadDisclosure() throws -> Disclosure {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                StandardStreams.error("check: cannot read \(file)")
                throw ExitCode(2)
            }
            do {
                return try Disclosure(jsonBytes: [UInt8](data))
            } catch {
                for problem in error.errors { StandardStreams.error("\(file): \(problem)") }
                StandardStreams.error("check: \(file) is not a valid disclosure document; nothing was checked")
                throw ExitCode.failure
            }
        }
        guard let department, let year else { throw ExitCode(2) }
        let path = try storage.databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            StandardStreams.error("check: database \(path) does not exist")
            throw ExitCode(2)
        }
        let store = try storage.openStore(synchronous: .normal)
        do {
            guard let disclosure = try store.disclosure(department: department, year: year, revision: revision) else {
                StandardStreams.error("check: no disclosure for department \(department), year \(year)")
                throw ExitCode(2)
            }
            return disclosure
        } catch let error as StorageError {
            StandardStreams.error("check: \(error)")
            throw ExitCode(2)
        }
    }

    /// The human-readable report: a summary line, then one block per finding.
    static func text(_ report: CheckReport) -> String {
        var lines = [
            "\(report.departmentID) \(report.fiscalYear) (\(report.unit.rawValue)): \(report.count(.error)) errors, "
                + "\(report.count(.warning)) warnings, \(report.count(.rounding)) rounding",
        ]
        guard !report.findings.isEmpty else { return lines[0] + "\nno findings" }
        lines.append("")
        lines.append(pad("SEVERITY", 9) + pad("RULE", 30) + pad("STATED", 22) + pad("EXPECTED", 22) + "DIFF")
        for finding in report.findings {
            lines.append(
                pad(finding.severity.rawValue, 9) + pad(finding.ruleID, 30) + pad(finding.stated?.description ?? "-", 22)
                    + pad(finding.expected?.description ?? "-", 22) + (finding.difference?.description ?? "-"))
            lines.append("    \(finding.message)")
            for location in finding.locations { lines.append("    at \(location)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Left-aligns `text` in `width` display columns (a CJK character takes two).
    static func pad(_ text: String, _ width: Int) -> String {
        let columns = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        return text + String(repeating: " ", count: max(1, width - columns))
    }

    /// Runs the checks `repetitions` times and prints min / median / mean / p99 / max wall-clock milliseconds per
    /// run, and the mean thread CPU time per run (less sensitive to other processes on a busy machine).
    static func benchmark(_ checker: DisclosureChecker, _ disclosure: Disclosure, _ repetitions: Int) {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(repetitions)
        var findings = 0
        let cpuStart = threadCPUNanoseconds()
        for _ in 0..<repetitions {
            let start = clock.now
            findings &+= checker.check(disclosure).findings.count
            samples.append(clock.now - start)
        }
        let cpuPerRun = Double(threadCPUNanoseconds() - cpuStart) / Double(repetitions) / 1_000_000
        samples.sort()
        func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
            return String(format: "%.3f", Double(micros) / 1000)
        }
        let total = samples.reduce(Duration.zero, +)
        StandardStreams.error(
            "check: \(repetitions) runs, \(findings / max(repetitions, 1)) findings per run; per run ms: "
                + "min \(milliseconds(samples[0])) median \(milliseconds(samples[samples.count / 2])) "
                + "mean \(milliseconds(total / repetitions)) p99 \(milliseconds(samples[min(samples.count - 1, samples.count * 99 / 100)])) "
                + "max \(milliseconds(samples[samples.count - 1])) cpu \(String(format: "%.3f", cpuPerRun))")
    }

    /// CPU time consumed by the calling thread, nanoseconds.
    static func threadCPUNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

/// `juesuan check --format`.
enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
