import Testing
@testable import JuesuanDomain

@Suite struct JSONParserTests {
    private func parse(_ text: String, maximumDepth: Int = 64) throws(JSONParseError) -> JSONValue {
        try JSONParser(maximumDepth: maximumDepth).parse(text)
    }

    private func parseError(_ bytes: [UInt8], maximumDepth: Int = 64) -> JSONParseError? {
        do {
            _ = try JSONParser(maximumDepth: maximumDepth).parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func parseError(_ text: String, maximumDepth: Int = 64) -> JSONParseError? {
        parseError(Array(text.utf8), maximumDepth: maximumDepth)
    }

    @Test func parsesNestedDocumentKeepingKeyOrderAndLiterals() throws {
        let value = try parse(#"{"b": [1, 622.52, -0, 1e400, true, null], "a": "石峰区", "c": {}}"#)
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["a"] == .string("石峰区"))
        let numbers = object["b"]?.arrayValue?.compactMap { $0.numberValue?.literal }
        #expect(numbers == ["1", "622.52", "-0", "1e400"])
        #expect(object["b"]?[4] == .bool(true))
        #expect(object["b"]?[5] == .null)
        #expect(object["c"] == .object(JSONObject()))
    }

    @Test func duplicateKeyIsRejectedWithItsPathAndPosition() {
        let error = parseError("{\n  \"tables\": [\n    {\"kind\": \"income\", \"kind\": \"expenditure\"}\n  ]\n}")
        #expect(error?.message == "duplicate key \"kind\"")
        #expect(error?.path.description == "$.tables[0].kind")
        #expect(error?.line == 3)
        #expect(error?.column == 24)
    }

    @Test func errorPathNamesNestedMembersAndIndices() {
        let error = parseError(#"{"tables": [{}, {}, {}, {"rows": [1, 2, {"values": {"total": 1.}}]}]}"#)
        #expect(error?.path.description == "$.tables[3].rows[2].values.total")
        #expect(error?.message == "invalid number: '.' must be followed by a digit")
    }

    @Test func nonIdentifierKeysAreBracketedInPaths() {
        let error = parseError(#"{"by_use": {"执法执勤用车": tru}}"#)
        #expect(error?.path.description == #"$.by_use["执法执勤用车"]"#)
        #expect(error?.column == 23)
    }

    @Test func depthLimitIsEnforced() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(parseError(deep)?.message == "nesting deeper than 64 levels")
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(parseError(allowed) == nil)
        #expect(parseError(#"{"a": {"b": []}}"#, maximumDepth: 2)?.path.description == "$.a.b")
    }

    @Test func invalidUTF8IsRejected() {
        // Lone continuation byte, overlong "/", encoded surrogate, truncated sequence.
        for bytes: [UInt8] in [[0x22, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE7, 0x9F]] {
            let error = parseError(bytes)
            #expect(error?.message.hasPrefix("invalid UTF-8") == true, "bytes \(bytes): \(String(describing: error))")
            #expect(error?.byteOffset == 1)
        }
        #expect(parseError([0x22, 0xE7, 0x9F, 0xB3, 0x22]) == nil)  // 石
    }

    @Test func byteOrderMarkIsRejected() {
        let error = parseError([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(error?.message.contains("byte order mark") == true)
        #expect(error?.line == 1)
        #expect(error?.column == 1)
    }

    @Test func trailingCommasAreRejected() {
        #expect(parseError("[1, 2,]")?.message == "trailing comma before ']'")
        #expect(parseError(#"{"a": 1,}"#)?.message == "trailing comma before '}'")
    }

    @Test func numberGrammarIsStrict() {
        #expect(parseError("01")?.message == "invalid number: leading zeros are not allowed")
        #expect(parseError("-")?.message == "invalid number: '-' must be followed by a digit")
        #expect(parseError("1e")?.message == "invalid number: exponent needs digits")
        #expect(parseError("+1") != nil)
        #expect(parseError(".5") != nil)
        #expect(parseError("NaN") != nil)
        #expect(parseError("1.5x") != nil)
        #expect((try? parse("-0")) == .number(JSONNumber(literal: "-0")!))
        #expect((try? parse("1E+2")) == .number(JSONNumber(literal: "1E+2")!))
    }

    @Test func stringEscapesAndSurrogatePairs() throws {
        let value = try parse(#""a\"b\\c\/d\n\t\u00e9\u77f3\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\n\té石😀"))
        #expect(parseError(#""\ud83d""#)?.message.contains("lone high surrogate") == true)
        #expect(parseError(#""\ude00""#)?.message.contains("lone low surrogate") == true)
        #expect(parseError(#""\x""#)?.message == "invalid escape sequence '\\x'")
        #expect(parseError("\"a\u{01}b\"")?.message == "control character U+0001 must be escaped in a string")
        #expect(parseError("\"abc")?.message == "unterminated string")
    }

    @Test func lineAndColumnCountCharactersNotBytes() {
        let error = parseError("{\n  \"名称\": 石}")
        #expect(error?.line == 2)
        #expect(error?.column == 9)
        #expect(error?.message == "unexpected character '石': expected a value")
    }

    @Test func trailingContentAndEmptyInputAreRejected() {
        #expect(parseError("{} x")?.message == "unexpected character 'x' after the end of the document")
        #expect(parseError("   ")?.message == "empty document: expected a JSON value")
        #expect(parseError("[1 2]")?.message == "unexpected character '2': expected ',' or ']'")
        #expect(parseError(#"{"a" 1}"#)?.message == "unexpected character '1': expected ':' after key")
        #expect(parseError("tru")?.message == "invalid literal: expected 'true'")
    }
}
