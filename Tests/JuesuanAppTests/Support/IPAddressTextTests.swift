import Testing
@testable import JuesuanApp

@Suite struct IPAddressTextTests {
    @Test func canonicalisesLiterals() {
        #expect(IPAddressText.canonical("127.0.0.1") == "127.0.0.1")
        #expect(IPAddressText.canonical("::1") == "::1")
        #expect(IPAddressText.canonical("0:0:0:0:0:0:0:1") == "::1")
        #expect(IPAddressText.canonical("2001:DB8::1") == "2001:db8::1")
    }

    @Test func refusesOthers() {
        #expect(IPAddressText.canonical("localhost") == nil)
        #expect(IPAddressText.canonical("1.2.3") == nil)
        #expect(IPAddressText.canonical("1.2.3.4 ") == nil)
        #expect(IPAddressText.canonical("") == nil)
        #expect(IPAddressText.canonical("256.0.0.1") == nil)
    }
}
