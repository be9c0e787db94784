import Testing
@testable import JuesuanApp

@Suite struct WallClockTimestampTests {
    @Test func formatsEpochAndKnownInstants() {
        #expect(WallClockTimestamp(millisecondsSinceEpoch: 0).rfc3339 == "1970-01-01T00:00:00.000Z")
        // 2024-02-29T23:59:59.999Z, a leap day.
        #expect(WallClockTimestamp(millisecondsSinceEpoch: 1_709_251_199_999).rfc3339 == "2024-02-29T23:59:59.999Z")
        // 2000-03-01T00:00:00.007Z, after a century leap day.
        #expect(WallClockTimestamp(millisecondsSinceEpoch: 951_868_800_007).rfc3339 == "2000-03-01T00:00:00.007Z")
        #expect(WallClockTimestamp(millisecondsSinceEpoch: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
    }

    @Test func nowIsAfter2025() {
        #expect(WallClockTimestamp.now().millisecondsSinceEpoch > 1_735_689_600_000)
    }
}
