import Testing
@testable import JuesuanApp

@Suite struct FNV1a64Tests {
    @Test func matchesPublishedVectors() {
        // Reference values of 64-bit FNV-1a (draft-eastlake-fnv test vectors).
        #expect(FNV1a64.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a64.hash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test func incrementalEqualsWhole() {
        var hasher = FNV1a64()
        hasher.update(Array("foo".utf8))
        hasher.update(Array("bar".utf8)[...])
        #expect(hasher.value == FNV1a64.hash(Array("foobar".utf8)))
    }
}
