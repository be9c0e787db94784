import Logging

extension ConfigurationKey {
    private static let kib = 1024
    private static let mib = 1024 * 1024
    private static let gib = 1024 * 1024 * 1024
    private static let hourMilliseconds = 3_600_000

    private static func int(
        _ path: String, _ range: ClosedRange<Int>, _ summary: String,
        _ keyPath: any (WritableKeyPath<AppConfiguration, Int> & Sendable)
    ) -> ConfigurationKey {
        ConfigurationKey(
            path, .integer(range), summary,
            get: { .integer($0[keyPath: keyPath]) },
            set: { $0[keyPath: keyPath] = $1.integerValue }
        )
    }

    private static func bool(
        _ path: String, _ summary: String, _ keyPath: any (WritableKeyPath<AppConfiguration, Bool> & Sendable)
    ) -> ConfigurationKey {
        ConfigurationKey(path, .bool, summary, get: { .bool($0[keyPath: keyPath]) }, set: { $0[keyPath: keyPath] = $1.boolValue })
    }

    /// Every configuration key, in the order of `Config/default.json`.
    public static let all: [ConfigurationKey] = [
        ConfigurationKey(
            "host", .string, "Address to listen on: an IPv4 or IPv6 literal (127.0.0.1 behind nginx, 0.0.0.0 in a container).",
            get: { .string($0.server.host) }, set: { $0.server.host = $1.stringValue },
            check: { IPAddressText.canonical($0.stringValue) == nil ? "must be an IPv4 or IPv6 address literal, got \($0.jsonText)" : nil }
        ),
        ConfigurationKey(
            "port", .integer(0...65535), "TCP port to listen on; 0 picks a free port (printed in the ready line).",
            get: { .integer(Int($0.server.port)) }, set: { $0.server.port = UInt16($1.integerValue) }
        ),
        ConfigurationKey(
            "backlog", .integer(1...65535), "listen(2) backlog of not-yet-accepted connections.",
            get: { .integer(Int($0.server.backlog)) }, set: { $0.server.backlog = Int32($1.integerValue) }
        ),
        int("event_loops", 0...256, "Event-loop threads; 0 means one per CPU core.", \.server.eventLoopCount),
        ConfigurationKey(
            "database", .string, "Path of the SQLite database file (created on first import).",
            get: { .string($0.databasePath) }, set: { $0.databasePath = $1.stringValue },
            check: { $0.stringValue.isEmpty ? "must not be empty" : nil }
        ),
        ConfigurationKey(
            "log.level", .choice(Logger.Level.allCases.map(\.rawValue)), "Lowest log level written (trace … critical).",
            get: { .string($0.logLevel.rawValue) }, set: { $0.logLevel = Logger.Level(rawValue: $1.stringValue) ?? .info }
        ),
        bool("log.access", "Whether one JSON access-log line is written per request.", \.accessLog),

        int("limits.request_line_bytes", 64...(1 * mib), "Longest request line, bytes; longer → 414.", \.server.limits.requestLineBytes),
        int("limits.header_field_bytes", 64...(1 * mib), "Longest header field line, bytes; longer → 431.", \.server.limits.headerFieldBytes),
        int("limits.header_bytes", 256...(16 * mib), "Largest request head, bytes; larger → 431.", \.server.limits.headerBytes),
        int("limits.header_count", 1...10_000, "Most header fields per request; more → 431.", \.server.limits.headerCount),
        int("limits.body_bytes", 0...gib, "Largest request body, bytes; larger → 413 before it is read.", \.server.limits.bodyBytes),
        int("limits.chunk_extension_bytes", 0...(64 * kib), "Longest chunk extension, bytes; longer → 400.", \.server.limits.chunkExtensionBytes),
        int("limits.max_connections", 1...1_000_000, "Most open client connections; beyond it new ones get 503 and close.", \.server.limits.maxConnections),
        int("limits.max_pipelined_requests", 1...1024, "Most requests parsed ahead of the one being answered per connection.", \.server.limits.maxPipelinedRequests),
        int("limits.max_buffered_input_bytes", 1 * kib...(64 * mib), "Most unparsed input buffered per connection while a response is pending, bytes.", \.server.limits.maxBufferedInputBytes),
        int("limits.output_high_water_bytes", 4 * kib...gib, "Unsent output per connection above which reading pauses, bytes.", \.server.limits.outputHighWaterBytes),

        int("timeouts.header_ms", 1...hourMilliseconds, "A request head must arrive within this time of its first byte, ms; else 408.", \.server.timeouts.headerMilliseconds),
        int("timeouts.body_idle_ms", 1...hourMilliseconds, "Longest silence while a body is being received, ms; else 408.", \.server.timeouts.bodyIdleMilliseconds),
        int("timeouts.idle_ms", 1...(24 * hourMilliseconds), "Idle keep-alive lifetime between requests, ms (keep above nginx's 60 s).", \.server.timeouts.idleMilliseconds),
        int("timeouts.write_stall_ms", 1...hourMilliseconds, "Longest time a write may make no progress, ms; then the connection closes.", \.server.timeouts.writeStallMilliseconds),
        int("timeouts.shutdown_grace_ms", 0...(10 * 60_000), "On SIGTERM/SIGINT, how long in-flight requests may finish, ms.", \.server.timeouts.shutdownGraceMilliseconds),

        ConfigurationKey(
            "cors.allowed_origins", .list, "Origins allowed to read responses cross-site, exact match (https://dash.example.org); \"*\" for any; empty disables CORS.",
            get: { .list($0.cors.allowedOrigins) }, set: { $0.cors.allowedOrigins = $1.listValue },
            check: { value in value.listValue.lazy.compactMap(OriginText.problem).first }
        ),
        bool("cors.allow_credentials", "Whether allowed origins may send credentials (never together with \"*\").", \.cors.allowCredentials),
        ConfigurationKey(
            "cors.allowed_headers", .list, "Request headers a preflight may ask for.",
            get: { .list($0.cors.allowedHeaders) }, set: { $0.cors.allowedHeaders = $1.listValue },
            check: { value in value.listValue.first { !OriginText.isToken($0) }.map { "must list header names, got \"\($0)\"" } }
        ),
        ConfigurationKey(
            "cors.exposed_headers", .list, "Response headers scripts from allowed origins may read.",
            get: { .list($0.cors.exposedHeaders) }, set: { $0.cors.exposedHeaders = $1.listValue },
            check: { value in value.listValue.first { !OriginText.isToken($0) }.map { "must list header names, got \"\($0)\"" } }
        ),
        int("cors.max_age_seconds", 0...86_400, "How long browsers may cache a preflight answer, seconds.", \.cors.maxAgeSeconds),

        bool("gzip.enabled", "Whether the server gzips responses (turn off if nginx in front compresses).", \.compression.enabled),
        int("gzip.min_bytes", 0...gib, "Smallest response body compressed, bytes.", \.compression.minimumBytes),
        int("gzip.level", 1...9, "zlib compression level: 1 fastest … 9 smallest.", \.compression.level),

        int("cache.entries", 0...1_000_000, "Responses kept in the in-process response cache; 0 disables it.", \.cache.maxEntries),
        int("cache.max_entry_bytes", 0...(256 * mib), "Largest response body kept in the response cache, bytes.", \.cache.maxEntryBytes),
        int("cache.max_age_seconds", 0...31_536_000, "max-age sent with public data responses, seconds.", \.cache.maxAgeSeconds),

        ConfigurationKey(
            "trusted_proxies", .list, "IP addresses or CIDR blocks of reverse proxies whose X-Forwarded-For / X-Real-IP are believed.",
            get: { .list($0.trustedProxies) }, set: { $0.trustedProxies = $1.listValue },
            check: { value in value.listValue.lazy.compactMap(ClientAddressResolver.problem(with:)).first }
        ),
    ]

    /// The key with this dotted path.
    public static func named(_ path: String) -> ConfigurationKey? { all.first { $0.path == path } }
}

/// Checks for CORS origins and header names.
enum OriginText {
    /// Why `origin` is not a valid allowlist entry, or nil: `*`, or `http(s)://host[:port]` with no path.
    static func problem(_ origin: String) -> String? {
        if origin == "*" { return nil }
        let refusal = "must list origins like https://dash.example.org (scheme, host, optional port; no path) or \"*\", got \"\(origin)\""
        let rest: Substring
        if origin.hasPrefix("https://") { rest = origin.dropFirst(8) } else if origin.hasPrefix("http://") { rest = origin.dropFirst(7) } else { return refusal }
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains("?"), !rest.contains("#"), !rest.contains("@"),
              rest.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }), rest == rest.lowercased()[...] else { return refusal }
        return nil
    }

    static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }
}
