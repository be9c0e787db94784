import Testing
@testable import JuesuanDomain

@Suite struct ExactDecimalTests {
    @Test func parsesAndPrintsShortestForm() throws {
        #expect(try ExactDecimal(parsing: "2.50").description == "2.5")
        #expect(try ExactDecimal(parsing: "10.0").description == "10")
        #expect(try ExactDecimal(parsing: "-0.05").description == "-0.05")
        #expect(try ExactDecimal(parsing: "1e2").description == "100")
        #expect(try ExactDecimal(parsing: "-0").description == "0")
        #expect(try ExactDecimal(parsing: "86.1").scale == 1)
        #expect(throws: ExactNumberError.self) { try ExactDecimal(parsing: "1e400") }
        #expect(throws: ExactNumberError.self) { try ExactDecimal(parsing: "abc") }
    }

    @Test func equalityIsByValue() throws {
        #expect(try ExactDecimal(parsing: "2.50") == ExactDecimal(parsing: "2.5"))
        #expect(Set([ExactDecimal(significand: 250, scale: 2), ExactDecimal(significand: 25, scale: 1)]).count == 1)
        #expect(ExactDecimal(significand: 999, scale: 3) < ExactDecimal(1))
        #expect(ExactDecimal(significand: -1, scale: 18) < ExactDecimal.zero)
        #expect(ExactDecimal(significand: Int64.max, scale: 18) > ExactDecimal(significand: 9, scale: 0))
    }

    @Test func roundsHalfUpAwayFromZero() {
        #expect(ExactDecimal(significand: 2345, scale: 3).rounded(places: 2).description == "2.35")
        #expect(ExactDecimal(significand: -2345, scale: 3).rounded(places: 2).description == "-2.35")
        #expect(ExactDecimal(significand: 2344, scale: 3).rounded(places: 2).description == "2.34")
        #expect(ExactDecimal(significand: 5, scale: 1).rounded(places: 0).description == "1")
        #expect(ExactDecimal(significand: 1466862, scale: 4).formatted(places: 2) == "146.69")
        #expect(ExactDecimal(100).formatted(places: 2) == "100.00")
        #expect(ExactDecimal(significand: 5, scale: 2).formatted(places: 3) == "0.050")
    }

    @Test func divisionIsExactLongDivision() throws {
        let one = ExactDecimal(1)
        #expect(one.dividedRounded(by: ExactDecimal(3), places: 4)?.description == "0.3333")
        #expect(ExactDecimal(2).dividedRounded(by: ExactDecimal(3), places: 4)?.description == "0.6667")
        #expect(ExactDecimal(-2).dividedRounded(by: ExactDecimal(3), places: 2)?.description == "-0.67")
        #expect(ExactDecimal(1).dividedRounded(by: ExactDecimal(0), places: 2) == nil)
        #expect(try ExactDecimal(parsing: "209.88").dividedRounded(by: ExactDecimal(parsing: "209.88"), places: 4)?.description == "1")
        // Large denominators: the quotient rounds to zero instead of overflowing.
        #expect(ExactDecimal(1).dividedRounded(by: ExactDecimal(significand: Int64.max, scale: 0), places: 2) == .zero)
        // Results that do not fit give nil.
        #expect(ExactDecimal(significand: Int64.max, scale: 0).dividedRounded(by: ExactDecimal(significand: 1, scale: 2), places: 2) == nil)
        // Many places with a scaled denominator.
        #expect(try ExactDecimal(parsing: "0.000001").dividedRounded(by: ExactDecimal(parsing: "0.000003"), places: 6)?.description == "0.333333")
    }

    @Test func percentHelpers() throws {
        #expect(ExactDecimal.percent(ExactDecimal(12), of: ExactDecimal(40), places: 2)?.formatted(places: 2) == "30.00")
        #expect(ExactDecimal.percent(ExactDecimal(1), of: ExactDecimal(0), places: 2) == nil)
        #expect(ExactDecimal.parsePercent("100%") == ExactDecimal(100))
        #expect(ExactDecimal.parsePercent("100.00 %") == ExactDecimal(100))
        #expect(ExactDecimal.parsePercent("86.1%")?.description == "86.1")
        #expect(ExactDecimal.parsePercent("41.54％")?.description == "41.54")
        #expect(ExactDecimal.parsePercent("拨付完成") == nil)
        #expect(ExactDecimal.parsePercent("95") == nil)
    }

    @Test func checkedArithmetic() throws {
        let a = try ExactDecimal(parsing: "0.1")
        let b = try ExactDecimal(parsing: "0.2")
        #expect((a + b).description == "0.3")
        #expect((a - b).description == "-0.1")
        #expect(a.multiplied(by: b)?.description == "0.02")
        #expect(ExactDecimal(significand: Int64.max, scale: 0).adding(ExactDecimal(1)) == nil)
        #expect(ExactDecimal(significand: 1, scale: 18).multiplied(by: ExactDecimal(significand: 1, scale: 18)) == nil)
        #expect(ExactDecimal(12).capped(at: ExactDecimal(10)) == ExactDecimal(10))
        #expect(ExactDecimal(significand: 25, scale: 1).capped(at: ExactDecimal(10)).description == "2.5")
    }
}
