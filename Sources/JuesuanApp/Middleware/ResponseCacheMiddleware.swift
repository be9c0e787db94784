public import JuesuanHTTP
import Synchronization

/// Keeps finished 200 responses of `CachePolicy.publicData` routes in memory — body already compressed
/// and ETag already computed — keyed by request target and whether gzip was acceptable, and valid for
/// one data version; a cache hit skips the handler, gzip and hashing.
///
/// Bounded by entry count and entry size; when full, an arbitrary entry is evicted. A data version
/// change (a finished import) empties the cache.
public struct ResponseCacheMiddleware: Middleware {
    public let configuration: ResponseCacheConfiguration
    private let dataVersion: @Sendable () -> UInt64
    private let storage: Storage

    /// The cached responses, shared by every copy of the middleware and every event loop.
    final class Storage: Sendable {
        /// The entries of one data version, and hit/miss counts.
        struct State {
            var version: UInt64
            var entries: [Key: HTTPResponse] = [:]
            var hits: UInt64 = 0
            var misses: UInt64 = 0
        }

        let state: Mutex<State>
        init(version: UInt64) { state = Mutex(State(version: version)) }
    }

    /// Request target (path and query as sent) and whether the gzip representation was chosen.
    struct Key: Hashable {
        var target: String
        var gzip: Bool
        /// The `Accept` field: routes that negotiate CSV (`Vary: Accept`) answer differently per value.
        var accept: String
    }

    /// - Parameter dataVersion: the version of the stored data; responses cached under an older
    ///   version are dropped.
    public init(configuration: ResponseCacheConfiguration, dataVersion: @escaping @Sendable () -> UInt64) {
        self.configuration = configuration
        self.dataVersion = dataVersion
        storage = Storage(version: dataVersion())
    }

    public func handle(_ context: inout RequestContext, next: MiddlewareNext) throws -> HTTPResponse {
        guard configuration.maxEntries > 0, context.isGetOrHead, let route = context.route,
              route.cachePolicy.isCacheableInProcess else { return try next(&context) }
        let key = Key(target: context.request.head.target, gzip: AcceptEncoding(headers: context.request.headers).allowsGzip,
                      accept: context.request.headers.first(name: "Accept") ?? "")
        let version = dataVersion()
        let cached: HTTPResponse? = storage.state.withLock { state in
            if state.version != version {
                state.entries.removeAll(keepingCapacity: true)
                state.version = version
            }
            let found = state.entries[key]
            if found != nil { state.hits += 1 } else { state.misses += 1 }
            return found
        }
        if let cached { return cached }

        var response = try next(&context)
        guard response.status.code == 200, response.body.count <= configuration.maxEntryBytes else { return response }
        if !response.headers.has("ETag") {
            response.headers.add(name: "ETag", value: EntityTag(body: response.body).headerValue)
        }
        let stored = response
        storage.state.withLock { state in
            guard state.version == version else { return }
            if state.entries.count >= configuration.maxEntries, let victim = state.entries.keys.first {
                state.entries.removeValue(forKey: victim)
            }
            state.entries[key] = stored
        }
        return response
    }

    /// Hits and misses so far, and the number of entries held.
    public var statistics: (hits: UInt64, misses: UInt64, entries: Int) {
        storage.state.withLock { ($0.hits, $0.misses, $0.entries.count) }
    }
}

/// In-process response cache settings (configuration keys `cache.*`).
public struct ResponseCacheConfiguration: Sendable, Hashable {
    /// Most responses kept; 0 disables the cache.
    public var maxEntries: Int = 1024
    /// Largest body kept, bytes.
    public var maxEntryBytes: Int = 1024 * 1024
    /// `max-age` sent with cacheable data responses, seconds.
    public var maxAgeSeconds: Int = 60

    public init() {}
}
