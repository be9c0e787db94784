import ArgumentParser

/// The `juesuan` command line: `serve` runs the HTTP API; data commands (import, export, check) are added
/// one file each (`ImportCommand.swift`, …) and listed in `subcommands` below.
@main
struct JuesuanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "juesuan",
        abstract: "决算 — an HTTP JSON API over Chinese government departments' final-accounts disclosures.",
        subcommands: [ServeCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
