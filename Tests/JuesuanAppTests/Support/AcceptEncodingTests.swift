import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct AcceptEncodingTests {
    private func allows(_ values: String...) -> Bool {
        AcceptEncoding(headers: HTTPHeaders(values.map { ("Accept-Encoding", $0) })).allowsGzip
    }

    @Test func plainListsAllowGzip() {
        #expect(allows("gzip"))
        #expect(allows("br, gzip, deflate"))
        #expect(allows("GZIP"))
        #expect(allows("x-gzip"))
        #expect(allows("gzip;q=0.5"))
        #expect(allows("gzip ; q=1.000"))
        #expect(allows("deflate", "gzip"))
    }

    @Test func zeroQualityRefuses() {
        #expect(!allows("gzip;q=0"))
        #expect(!allows("gzip;q=0.000"))
        #expect(!allows("*;q=0"))
        #expect(!allows("gzip;q=0, deflate"))
    }

    @Test func starCoversUnlistedGzip() {
        #expect(allows("*"))
        #expect(allows("br, *;q=0.1"))
        #expect(!allows("gzip;q=0, *"))
    }

    @Test func absentOrOtherCodingsRefuse() {
        #expect(!AcceptEncoding(headers: HTTPHeaders()).allowsGzip)
        #expect(!allows("identity"))
        #expect(!allows("br, deflate"))
        #expect(!allows(""))
    }

    @Test func malformedQualityIsIgnored() {
        #expect(!allows("gzip;q=2"))
        #expect(!allows("gzip;q=0.0001"))
        #expect(!allows("gzip;q=abc"))
        #expect(!allows("gzip;q"))
    }

    @Test func qualityGrammar() {
        #expect(AcceptEncoding.qualityIsPositive(Array("0.001".utf8)) == true)
        #expect(AcceptEncoding.qualityIsPositive(Array("0.".utf8)) == false)
        #expect(AcceptEncoding.qualityIsPositive(Array("1.001".utf8)) == nil)
        #expect(AcceptEncoding.qualityIsPositive(Array(".5".utf8)) == nil)
    }
}
