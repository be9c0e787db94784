import Foundation
import JuesuanDomain

/// The embedded seed disclosure (Sources/juesuan/Resources/seed/shifeng-sifaju-2020.json), decoded once.
enum SeedDocument {
    /// Path of the seed JSON, found from this file's location.
    static let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/juesuan/Resources/seed/shifeng-sifaju-2020.json")

    /// The decoded seed; traps with the decoder's errors when the seed does not decode (the test fails loudly).
    static let disclosure: Disclosure = {
        do {
            let data = try Data(contentsOf: url)
            return try Disclosure(jsonBytes: [UInt8](data))
        } catch {
            fatalError("seed disclosure does not load: \(error)")
        }
    }()
}
