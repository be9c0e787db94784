@testable import JuesuanDomain

/// Test helper: edit a JSON tree at a path ("tables", 0, "rows") to build invalid documents from valid ones.
extension JSONValue {
    func setting(_ path: [JSONPath.Component], to newValue: JSONValue?) -> JSONValue {
        guard let first = path.first else { return newValue ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var object), .key(let key)):
            if rest.isEmpty, newValue == nil {
                object.remove(key)
            } else {
                object.set(key, (object[key] ?? .null).setting(rest, to: newValue))
            }
            return .object(object)
        case (.array(var elements), .index(let index)):
            if rest.isEmpty, newValue == nil {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].setting(rest, to: newValue)
            }
            return .array(elements)
        default:
            return self
        }
    }

    func setting(_ keys: JSONPathLiteral..., to newValue: JSONValue?) -> JSONValue {
        setting(keys.map(\.component), to: newValue)
    }

    func removing(_ keys: JSONPathLiteral...) -> JSONValue {
        setting(keys.map(\.component), to: nil)
    }

    static func literal(_ text: String) -> JSONValue {
        .number(JSONNumber(literal: text)!)
    }
}

/// A path step written as a string (key) or integer (index) literal.
struct JSONPathLiteral: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    let component: JSONPath.Component
    init(stringLiteral value: String) { component = .key(value) }
    init(integerLiteral value: Int) { component = .index(value) }
}
