import Testing
@testable import JuesuanApp

@Suite struct GzipTests {
    @Test func roundTripsAndShrinks() throws {
        let input = jsonBody(bytes: 8000)
        let compressed = try Gzip.compress(input)
        #expect(compressed.count < input.count / 3)
        #expect(Array(compressed.prefix(3)) == [0x1F, 0x8B, 0x08])
        #expect(try Gzip.decompress(compressed) == input)
    }

    @Test func isDeterministic() throws {
        let input = jsonBody(bytes: 3000)
        #expect(try Gzip.compress(input) == Gzip.compress(input))
    }

    @Test func compressesEmptyInput() throws {
        let compressed = try Gzip.compress([])
        #expect(try Gzip.decompress(compressed).isEmpty)
    }

    @Test func refusesGarbage() {
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress([1, 2, 3, 4]) }
    }
}
