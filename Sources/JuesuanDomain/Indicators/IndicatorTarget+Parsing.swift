/// Parsing of published target / actual text and of indicator-name hints.
extension IndicatorTarget {
    /// Reads `text` (a 年度指标值 or 实际完成值) using `nameHint` (the 三级指标 name) for a direction and unit the
    /// text does not state. Never fails: text that is not a number, range or date is qualitative.
    public static func parse(text: String, nameHint: String? = nil) -> IndicatorTarget {
        let compact = normalize(text)
        if compact.isEmpty {
            return IndicatorTarget(text: text, kind: .empty)
        }
        if let date = parseDate(compact) {
            return IndicatorTarget(text: text, kind: .date, year: date.year, month: date.month, day: date.day)
        }
        var scanner = Scanner(compact)
        let textDirection = scanner.direction()
        guard let value = scanner.number() else {
            return IndicatorTarget(text: text, kind: .qualitative)
        }
        var upper: ExactDecimal?
        let afterValue = scanner
        if scanner.consume("-"), let second = scanner.number() {
            upper = second
        } else {
            scanner = afterValue
        }
        let rest = scanner.remainder
        guard rest.count <= 8, !rest.contains(where: \.isASCIIDigit) else {
            return IndicatorTarget(text: text, kind: .qualitative)
        }
        let hint = rest.isEmpty || (textDirection == nil && upper == nil) ? nameHint.flatMap(NameHint.init(name:)) : nil
        let unit = rest.isEmpty ? hint?.unit : rest
        let direction = textDirection ?? (upper == nil ? hint?.direction : nil)
        let source: DirectionSource? = textDirection != nil ? .text : (direction != nil ? .nameHint : nil)
        return IndicatorTarget(
            text: text, kind: upper == nil ? .quantitative : .range, direction: upper == nil ? direction : nil,
            directionSource: upper == nil ? source : nil, value: value, upperValue: upper, unit: unit
        )
    }

    /// Folds the variants PDF extraction produces into one spelling and removes all whitespace: full-width digits
    /// and signs, `>=`/`\geq`/`≧` → `≥`, `<=`/`\leq`/`≦` → `≤`, range dashes and `~`/`至` → `-`, LaTeX `$`,
    /// thousands separators between digits. One pass over the Unicode scalars.
    static func normalize(_ text: String) -> String {
        let input = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "\\" {
                if let (replacement, length) = latexSign(input, at: index) {
                    output.append(replacement)
                    index += length
                    continue
                }
                if let length = latexSizing(input, at: index) {
                    index += length
                    continue
                }
            }
            if (scalar == ">" || scalar == "<"), index + 1 < input.count, input[index + 1] == "=" {
                output.append(scalar == ">" ? "≥" : "≤")
                index += 2
                continue
            }
            index += 1
            if scalar.properties.isWhitespace { continue }
            switch scalar.value {
            case 0xFF10...0xFF19:
                output.append(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 0x30)))
                continue
            default:
                break
            }
            switch scalar {
            case "≧": output.append("≥")
            case "≦": output.append("≤")
            case "＞": output.append(">")
            case "＜": output.append("<")
            case "＝": output.append("=")
            case "％": output.append("%")
            case "～", "~", "—", "–", "－", "至": output.append("-")
            case "（": output.append("(")
            case "）": output.append(")")
            case "，": output.append(",")
            case "．": output.append(".")
            case "$": continue
            default: output.append(scalar)
            }
        }
        // Drop a comma used as thousands separator: digit, comma, exactly three digits.
        var cleaned: [Unicode.Scalar] = []
        cleaned.reserveCapacity(output.count)
        for (position, scalar) in output.enumerated() {
            if scalar == ",", position > 0, output[position - 1].isASCIIDigit, position + 3 < output.count,
               output[position + 1].isASCIIDigit, output[position + 2].isASCIIDigit, output[position + 3].isASCIIDigit,
               position + 4 == output.count || !output[position + 4].isASCIIDigit {
                continue
            }
            cleaned.append(scalar)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: cleaned)
        return String(result)
    }

    /// `\left` / `\right` (LaTeX bracket sizing) at `index`: the number of scalars to drop.
    private static func latexSizing(_ input: [Unicode.Scalar], at index: Int) -> Int? {
        for word in ["left", "right"] {
            let letters = Array(word.unicodeScalars)
            let end = index + letters.count + 1
            guard end <= input.count, input[(index + 1)..<end].elementsEqual(letters) else { continue }
            return letters.count + 1
        }
        return nil
    }

    /// `\geq`, `\geqslant`, `\ge` (and the `le` forms) at `index`: the sign and the number of scalars consumed.
    private static func latexSign(_ input: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        for (word, sign) in [("geqslant", "≥"), ("leqslant", "≤"), ("geq", "≥"), ("leq", "≤"), ("ge", "≥"), ("le", "≤")] as [(String, Unicode.Scalar)] {
            let letters = Array(word.unicodeScalars)
            guard index + letters.count < input.count else { continue }
            let end = index + letters.count + 1
            let followedByLetter = end < input.count && input[end].properties.isAlphabetic && input[end].isASCII
            if input[(index + 1)..<end].elementsEqual(letters), !followedByLetter {
                return (sign, letters.count + 1)
            }
        }
        return nil
    }

    /// `2020年12月`, `2020年12月31日`, `2020年12` (truncated), `2020年`, `2020-12-31`.
    static func parseDate(_ compact: String) -> (year: Int, month: Int?, day: Int?)? {
        if let date = CalendarDate(parsing: compact) { return (date.year, date.month, date.day) }
        var scanner = Scanner(compact)
        guard let year = scanner.integer(digits: 4), scanner.consume("年") else { return nil }
        guard (1900...2200).contains(year) else { return nil }
        if scanner.isAtEnd { return (year, nil, nil) }
        guard let month = scanner.integer(maximumDigits: 2), (1...12).contains(month) else { return nil }
        if scanner.isAtEnd { return (year, month, nil) }
        guard scanner.consume("月") else { return nil }
        if scanner.isAtEnd || (scanner.consume("底") && scanner.isAtEnd) || (scanner.consume("末") && scanner.isAtEnd) {
            return (year, month, nil)
        }
        guard let day = scanner.integer(maximumDigits: 2), CalendarDate(year: year, month: month, day: day) != nil,
              scanner.consume("日") || scanner.consume("号"), scanner.isAtEnd
        else { return nil }
        return (year, month, day)
    }
}

/// The direction / unit hint at the end of an indicator name: `(≥,件)`, `(>= %)`, `(\geq , 件)`, `(次)`, `（≥，人）`.
struct NameHint: Hashable {
    let direction: TargetDirection?
    let unit: String?

    init?(name: String) {
        let compact = IndicatorTarget.normalize(name)
        guard compact.hasSuffix(")"), let open = compact.lastIndex(of: "(") else { return nil }
        var inside = String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)])
        inside.removeAll { $0 == "," }
        guard !inside.isEmpty, inside.count <= 8, !inside.contains(where: \.isASCIIDigit) else { return nil }
        var scanner = Scanner(inside)
        let direction = scanner.direction()
        let unit = scanner.remainder
        guard direction != nil || !unit.isEmpty else { return nil }
        self.direction = direction
        self.unit = unit.isEmpty ? nil : unit
    }
}

/// A cursor over normalized indicator text.
struct Scanner {
    private let characters: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        characters = Array(text.unicodeScalars)
    }

    var isAtEnd: Bool { position >= characters.count }

    var remainder: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: characters[min(position, characters.count)...])
        return String(view)
    }

    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard position < characters.count, characters[position] == character else { return false }
        position += 1
        return true
    }

    mutating func direction() -> TargetDirection? {
        guard position < characters.count, let direction = TargetDirection(scalar: characters[position]) else {
            return nil
        }
        position += 1
        return direction
    }

    /// An unsigned decimal number (`400`, `100.00`, `0.5`).
    mutating func number() -> ExactDecimal? {
        let start = position
        while position < characters.count, characters[position].isASCIIDigit { position += 1 }
        guard position > start else { return nil }
        if position + 1 < characters.count, characters[position] == ".", characters[position + 1].isASCIIDigit {
            position += 1
            while position < characters.count, characters[position].isASCIIDigit { position += 1 }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: characters[start..<position])
        var literal = String(view)
        while literal.count > 1, literal.hasPrefix("0"), !literal.hasPrefix("0.") { literal.removeFirst() }
        guard let value = ExactDecimal(literal) else {
            position = start
            return nil
        }
        return value
    }

    mutating func integer(digits: Int) -> Int? {
        guard position + digits <= characters.count,
              characters[position..<(position + digits)].allSatisfy(\.isASCIIDigit) else { return nil }
        if position + digits < characters.count, characters[position + digits].isASCIIDigit { return nil }
        let value = characters[position..<(position + digits)].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        position += digits
        return value
    }

    mutating func integer(maximumDigits: Int) -> Int? {
        let start = position
        while position < characters.count, position - start < maximumDigits, characters[position].isASCIIDigit { position += 1 }
        guard position > start else { return nil }
        if position < characters.count, characters[position].isASCIIDigit {
            position = start
            return nil
        }
        return characters[start..<position].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension TargetDirection {
    /// The direction a single sign stands for.
    init?(scalar: Unicode.Scalar) {
        switch scalar {
        case "≥": self = .atLeast
        case "≤": self = .atMost
        case "=": self = .exactly
        case ">": self = .greaterThan
        case "<": self = .lessThan
        default: return nil
        }
    }
}
