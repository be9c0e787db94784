import Testing
@testable import JuesuanDomain

@Suite struct JSONWriterTests {
    private let sample: JSONValue = .object(JSONObject([
        ("name", .string("石峰区司法局")),
        ("amount", .number(JSONNumber(literal: "622.52")!)),
        ("rows", .array([.int(1), .null, .bool(false)])),
        ("empty", .array([])),
        ("nested", .object(JSONObject())),
    ]))

    @Test func prettyOutputIsTwoSpaceIndentedWithTrailingNewline() {
        let text = JSONWriter(style: .pretty).string(sample)
        #expect(text == """
        {
          "name": "石峰区司法局",
          "amount": 622.52,
          "rows": [
            1,
            null,
            false
          ],
          "empty": [],
          "nested": {}
        }

        """)
    }

    @Test func compactOutputHasNoWhitespace() {
        #expect(JSONWriter(style: .compact).string(sample) == #"{"name":"石峰区司法局","amount":622.52,"rows":[1,null,false],"empty":[],"nested":{}}"#)
    }

    @Test func escapesOnlyWhatJSONRequires() {
        let value = JSONValue.string("\"\\/\n\r\t\u{08}\u{0C}\u{01}\u{1F}é（境）\u{2028}")
        #expect(JSONWriter(style: .compact).string(value) == "\"\\\"\\\\/\\n\\r\\t\\b\\f\\u0001\\u001fé（境）\u{2028}\"")
    }

    @Test func writeThenParseIsIdentity() throws {
        let bytes = JSONWriter().write(sample)
        let parsed = try JSONParser().parse(bytes)
        #expect(parsed == sample)
        #expect(JSONWriter().write(parsed) == bytes)
    }

    @Test func objectKeepsInsertionOrderAndReplacesInPlace() {
        var object = JSONObject([("z", .int(1)), ("a", .int(2))])
        object.set("z", .int(3))
        object.set("m", .int(4))
        #expect(object.keys == ["z", "a", "m"])
        #expect(object["z"] == .int(3))
        object.remove("a")
        #expect(object.keys == ["z", "m"])
        #expect(object["m"] == .int(4))
        #expect(JSONObject([("a", .int(1)), ("b", .int(2))]) != JSONObject([("b", .int(2)), ("a", .int(1))]))
    }

    @Test func pathDescriptions() {
        let path = JSONPath.root / "tables" / 3 / "rows" / 2 / "values" / "total"
        #expect(path.description == "$.tables[3].rows[2].values.total")
        #expect((JSONPath.root / "by_use" / "执法执勤用车").description == #"$.by_use["执法执勤用车"]"#)
        #expect((JSONPath.root / "a b" / "1x").description == #"$["a b"]["1x"]"#)
    }
}
