/// A route path template such as `/v1/disclosures/{dept}/{year}/tables/{no}`: literal segments and
/// `{name}` parameters that each match exactly one non-empty decoded segment.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    /// One segment of a template.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    /// The template text as registered; the route label in logs and metrics.
    public let text: String
    public let segments: [Segment]

    /// Parses a template; a malformed template is a programming error and stops the process.
    public init(_ text: String) {
        precondition(text.hasPrefix("/"), "route template must begin with '/': \(text)")
        self.text = text
        var segments: [Segment] = []
        var names: Set<String> = []
        if text != "/" {
            for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
                precondition(!raw.isEmpty, "route template has an empty segment: \(text)")
                if raw.hasPrefix("{") {
                    precondition(raw.hasSuffix("}") && raw.count > 2, "route template parameter is malformed: \(text)")
                    let name = String(raw.dropFirst().dropLast())
                    precondition(
                        name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F },
                        "route parameter names are [a-z0-9_]: \(text)"
                    )
                    precondition(names.insert(name).inserted, "route template repeats parameter \(name): \(text)")
                    segments.append(.parameter(name))
                } else {
                    precondition(!raw.contains("{") && !raw.contains("}") && !raw.contains("%"), "route literal is malformed: \(text)")
                    segments.append(.literal(String(raw)))
                }
            }
        }
        self.segments = segments
    }

    /// The parameter names in order of appearance.
    public var parameterNames: [String] {
        segments.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
    }

    public var description: String { text }
}
