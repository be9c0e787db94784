// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harness for the HTTP request parser, kept apart from the product package.
///
/// `Sources/JuesuanHTTP` holds relative symlinks to the parser (`Sources/JuesuanHTTP/Parser`) and to the
/// HTTP core types it uses, so the fuzzer builds exactly the product's parser code without the server
/// (and its socket layer). Build and run with `scripts/fuzz/run MINUTES`, which does
/// `swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path <repo>/.build-fuzz`.
let swiftSettings: [SwiftSetting] = [
    // The same upcoming features as the product package, so the symlinked sources compile identically.
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "juesuan-fuzz",
    targets: [
        .target(name: "JuesuanHTTP", path: "Sources/JuesuanHTTP", swiftSettings: swiftSettings),
        // main.swift contains only the @_cdecl("LLVMFuzzerTestOneInput") entry point; libFuzzer provides main.
        .executableTarget(name: "FuzzHTTPParser", dependencies: ["JuesuanHTTP"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
