import JuesuanHTTP
import Synchronization
import Testing
@testable import JuesuanApp

@Suite struct ResponseCacheMiddlewareTests {
    final class Counter: Sendable {
        let calls = Atomic<Int>(0)
        let version = Atomic<UInt64>(1)
    }

    private func setUp(entries: Int = 8) -> (ResponseCacheMiddleware, Counter, [any Middleware]) {
        let counter = Counter()
        var configuration = ResponseCacheConfiguration()
        configuration.maxEntries = entries
        let cache = ResponseCacheMiddleware(configuration: configuration) { counter.version.load(ordering: .relaxed) }
        let compression = CompressionMiddleware(configuration: CompressionConfiguration(), logger: .memory(MemoryLogSink()))
        return (cache, counter, [ETagMiddleware(), cache, compression])
    }

    private func request(_ target: String, gzip: Bool = true, headers: [(String, String)] = []) -> HTTPRequest {
        .make(.get, target, headers: (gzip ? [("Accept-Encoding", "gzip")] : []) + headers)
    }

    private func get(_ chain: [any Middleware], _ counter: Counter, _ request: HTTPRequest, cache: CachePolicy = .publicData) throws -> HTTPResponse {
        try run(chain, request, resolution: foundResolution(cache: cache)) { context in
            counter.calls.add(1, ordering: .relaxed)
            var body = jsonBody(bytes: 3000)
            body.append(contentsOf: Array(context.request.head.target.utf8))
            return .json(body)
        }
    }

    @Test func secondRequestIsServedFromCacheWithSameTag() throws {
        let (cache, counter, chain) = setUp()
        let first = try get(chain, counter, request("/things/1"))
        let second = try get(chain, counter, request("/things/1"))
        #expect(counter.calls.load(ordering: .relaxed) == 1)
        #expect(first.body == second.body)
        #expect(second.header("Content-Encoding") == "gzip")
        #expect(first.header("ETag") != nil && first.header("ETag") == second.header("ETag"))
        #expect(cache.statistics.hits == 1 && cache.statistics.misses == 1)
    }

    @Test func identityAndGzipAreSeparateEntriesWithDifferentTags() throws {
        let (_, counter, chain) = setUp()
        let zipped = try get(chain, counter, request("/things/1"))
        let plain = try get(chain, counter, request("/things/1", gzip: false))
        #expect(counter.calls.load(ordering: .relaxed) == 2)
        #expect(plain.header("Content-Encoding") == nil)
        #expect(plain.header("ETag") != zipped.header("ETag"))
        #expect(try Gzip.decompress(zipped.body) == plain.body)
    }

    @Test func cachedTagAnswers304() throws {
        let (_, counter, chain) = setUp()
        let first = try get(chain, counter, request("/things/1"))
        let tag = try #require(first.header("ETag"))
        let again = try get(chain, counter, request("/things/1", headers: [("If-None-Match", tag)]))
        #expect(again.status == .notModified)
        #expect(again.body.isEmpty)
        #expect(counter.calls.load(ordering: .relaxed) == 1)
    }

    @Test func dataVersionChangeEmptiesTheCache() throws {
        let (cache, counter, chain) = setUp()
        _ = try get(chain, counter, request("/things/1"))
        counter.version.store(2, ordering: .relaxed)
        _ = try get(chain, counter, request("/things/1"))
        #expect(counter.calls.load(ordering: .relaxed) == 2)
        #expect(cache.statistics.entries == 1)
    }

    @Test func boundedByEntryCount() throws {
        let (cache, counter, chain) = setUp(entries: 3)
        for index in 0..<10 { _ = try get(chain, counter, request("/things/\(index)")) }
        #expect(cache.statistics.entries == 3)
    }

    @Test func onlyPublicDataRoutesAndSuccessesAreCached() throws {
        let (cache, counter, chain) = setUp()
        _ = try get(chain, counter, request("/things/1"), cache: .noStore)
        _ = try get(chain, counter, request("/things/1"), cache: .noStore)
        #expect(counter.calls.load(ordering: .relaxed) == 2)
        #expect(cache.statistics.entries == 0)

        let failing = try run(chain, request("/things/2"), resolution: foundResolution(cache: .publicData)) { _ in
            HTTPResponse(status: .notFound)
        }
        #expect(failing.status == .notFound)
        #expect(cache.statistics.entries == 0)
    }
}
