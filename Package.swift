// swift-tools-version:6.0
import PackageDescription

/// Settings shared by every Swift target.
let swiftSettings: [SwiftSetting] = [
    // Swift 6 language mode is the package default; strict concurrency checking is complete in it.
    // Reject any code that would need a newer feature flag to compile quietly.
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "juesuan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "juesuan", targets: ["juesuan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C libraries, reached through system-library targets with a shim for macros and variadics.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // Linux epoll and eventfd, which Swift's Glibc module does not include.
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),

        // Transport: sockets, readiness (epoll), event loops. Knows nothing of HTTP.
        .target(name: "JuesuanTransport", dependencies: ["CEpoll"], swiftSettings: swiftSettings),

        // HTTP core: parsing, limits, keep-alive, writing. Takes one responder; knows no routes.
        .target(name: "JuesuanHTTP", dependencies: ["JuesuanTransport"], swiftSettings: swiftSettings),

        // Domain: the disclosure model, money, ratios, checks, scoring. Pure: no I/O, imports nothing of ours.
        .target(name: "JuesuanDomain", swiftSettings: swiftSettings),

        // Storage: maps domain types to SQLite.
        .target(name: "JuesuanStorage", dependencies: ["JuesuanDomain", "CSQLite"], swiftSettings: swiftSettings),

        // Application: router, middleware, handlers, problem+json, gzip.
        .target(
            name: "JuesuanApp",
            dependencies: [
                "JuesuanHTTP", "JuesuanDomain", "JuesuanStorage", "CZlib",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // The executable only wires the layers together and parses the command line.
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "JuesuanApp", "JuesuanHTTP", "JuesuanTransport", "JuesuanDomain", "JuesuanStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Tests, one target per layer, plus live tests against the wired server on port 0.
        .testTarget(name: "JuesuanTransportTests", dependencies: ["JuesuanTransport"], swiftSettings: swiftSettings),
        .testTarget(name: "JuesuanHTTPTests", dependencies: ["JuesuanHTTP", "JuesuanTransport"], swiftSettings: swiftSettings),
        .testTarget(name: "JuesuanDomainTests", dependencies: ["JuesuanDomain"], swiftSettings: swiftSettings),
        .testTarget(name: "JuesuanStorageTests", dependencies: ["JuesuanStorage", "JuesuanDomain"], swiftSettings: swiftSettings),
        .testTarget(
            name: "JuesuanAppTests",
            dependencies: ["JuesuanApp", "JuesuanHTTP", "JuesuanTransport", "JuesuanDomain", "JuesuanStorage", "CZlib"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
