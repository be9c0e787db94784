import Testing
@testable import JuesuanApp

@Suite struct JSONTextTests {
    private func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        JSONText.appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashAndControls() {
        #expect(escaped(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(escaped("line\nnext\ttab\r") == #""line\nnext\ttab\r""#)
        #expect(escaped("\u{0}\u{1F}") == #""\u0000\u001f""#)
    }

    @Test func keepsUnicodeAsUTF8() {
        #expect(escaped("部门决算 🧾") == "\"部门决算 🧾\"")
    }

    @Test func fixedPointHasExactDigits() {
        func fixed(_ value: Int64, _ scale: Int) -> String {
            var out: [UInt8] = []
            JSONText.appendFixed(value, scale: scale, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(fixed(1234, 3) == "1.234")
        #expect(fixed(5, 3) == "0.005")
        #expect(fixed(62252, 2) == "622.52")
        #expect(fixed(-62252, 2) == "-622.52")
        #expect(fixed(7, 0) == "7")
    }
}
