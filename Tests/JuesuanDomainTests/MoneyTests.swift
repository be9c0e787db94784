import Testing
@testable import JuesuanDomain

@Suite struct MoneyTests {
    @Test(arguments: [
        ("622.52", Int64(62252)), ("60", 6000), ("192.8", 19280), ("0", 0), ("-0", 0), ("0.0", 0),
        ("-0.05", -5), ("1.500", 150), ("6.2252e2", 62252), ("999999999999.99", 99_999_999_999_999),
    ])
    func parsesExactly(text: String, cents: Int64) throws {
        #expect(try Money(parsing: text).cents == cents)
    }

    @Test func rendersTwoDecimals() {
        #expect(Money(cents: 62252).description == "622.52")
        #expect(Money(cents: 19280).description == "192.80")
        #expect(Money(cents: 0).description == "0.00")
        #expect(Money(cents: -5).description == "-0.05")
        #expect(Money(cents: -150).description == "-1.50")
        #expect(Money(units: 60).description == "60.00")
    }

    @Test func moreThanTwoDecimalsIsRejected() {
        #expect(throws: ExactNumberError.tooManyDecimals("1.005", allowed: 2)) { try Money(parsing: "1.005") }
        #expect(throws: ExactNumberError.tooManyDecimals("0.001", allowed: 2)) { try Money(parsing: "0.001") }
        #expect(throws: ExactNumberError.tooManyDecimals("1e-3", allowed: 2)) { try Money(parsing: "1e-3") }
    }

    @Test func nonNumbersAndHugeValuesAreRejected() {
        #expect(throws: ExactNumberError.notANumber("12,5")) { try Money(parsing: "12,5") }
        #expect(throws: ExactNumberError.notANumber("")) { try Money(parsing: "") }
        #expect(throws: ExactNumberError.notANumber(" 1")) { try Money(parsing: " 1") }
        #expect(throws: ExactNumberError.outOfRange("1e400")) { try Money(parsing: "1e400") }
        #expect(throws: ExactNumberError.outOfRange("1000000000000")) { try Money(parsing: "1000000000000") }
    }

    @Test func arithmeticIsExact() throws {
        let sum = try Money(parsing: "0.1") + Money(parsing: "0.2")
        #expect(sum == Money(cents: 30))
        #expect(sum.description == "0.30")
        let parts = try ["412.64", "209.88", "21.91"].map { try Money(parsing: $0) }
        #expect(parts.sum().description == "644.43")
        #expect((Money(cents: 100) - Money(cents: 250)).description == "-1.50")
        #expect((Money(cents: 108) * 3).description == "3.24")
        #expect([Money]().sum() == .zero)
    }

    @Test func ratiosAreRoundedHalfUp() throws {
        let income = try Money(parsing: "644.43")
        let appropriation = try Money(parsing: "622.52")
        #expect(appropriation.percent(of: income, places: 1)?.description == "96.6")
        #expect(appropriation.percent(of: income, places: 2)?.formatted(places: 2) == "96.60")
        #expect(income.percent(of: try Money(parsing: "439.31"), places: 2)?.description == "146.69")
        #expect(try Money(parsing: "377.49").percent(of: Money(parsing: "412.64"), places: 2)?.description == "91.48")
        #expect(try Money(parsing: "1.08").percent(of: Money(parsing: "2.6"), places: 2)?.description == "41.54")
        #expect(Money(cents: 1).dividedRounded(by: Money(cents: 8), places: 2)?.description == "0.13")  // 0.125 → 0.13
        #expect(Money(cents: 100).percent(of: .zero, places: 2) == nil)
        #expect(try Money(parsing: "48.92").percentChange(from: Money(parsing: "62.69"), places: 2)?.description == "-21.97")
    }

    @Test func multipliesByRateRoundingToCents() throws {
        let rate = try ExactDecimal(parsing: "0.3333")
        #expect(Money(cents: 1000).multiplied(by: rate)?.description == "3.33")
        #expect(try Money(cents: 1500).multiplied(by: ExactDecimal(parsing: "0.5"))?.description == "7.50")
    }

    @Test func hugeLiteralsAreRejectedInLinearTime() throws {
        let manyZeros = "0." + String(repeating: "0", count: 50_000) + "1"
        #expect(throws: ExactNumberError.tooManyDecimals(manyZeros, allowed: 2)) { try Money(parsing: manyZeros) }
        let manyDigits = "1" + String(repeating: "0", count: 50_000)
        #expect(throws: ExactNumberError.outOfRange(manyDigits)) { try Money(parsing: manyDigits) }
        let trailing = "5." + String(repeating: "0", count: 50_000)
        #expect(try Money(parsing: trailing) == Money(cents: 500))
    }
}
