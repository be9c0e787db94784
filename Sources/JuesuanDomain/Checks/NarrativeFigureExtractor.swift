/// Extracts every figure a narrative text states: numbers followed by a money unit (万元, 元), a percent sign or a
/// counting unit (人, 名, 辆, 项, 个, 台, 件, 次, 家). Years, dates, list ordinals and thresholds (`50万元以上`) are
/// not figures. Each figure gets its role from the words before it (占 → share, 增加/减少 → change, 完成…预算 →
/// execution).
public enum NarrativeFigureExtractor {
    static let increaseWords = ["增加", "增长", "上升", "提高"]
    static let decreaseWords = ["减少", "降低", "下降", "减"]

    /// 。 and line breaks end a sentence.
    static func isSentenceBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "\n"
    }

    /// ，,；;：: (and sentence breaks) end a clause.
    static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "；", ";", "：", ":", "。", "\n": true
        default: false
        }
    }

    /// All figures of `text`, in order. `section` labels them. Works on Unicode scalars (the text is Chinese and
    /// digits, where scalars and characters coincide; scalar scanning is much faster than grapheme breaking) and
    /// cuts labels out of the UTF-8 bytes.
    public static func figures(in text: String, section: String) -> [NarrativeFigure] {
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(bytes.count / 2)
        offsets.reserveCapacity(bytes.count / 2 + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        func string(_ range: Range<Int>) -> String {
            String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
        }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        var result: [NarrativeFigure] = []
        var sentence = 0
        var sentenceSubject: String?
        var clauseStart = 0
        var inBreakdown = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isSentenceBreak(scalar) {
                sentence += 1
                sentenceSubject = nil
                inBreakdown = false
                clauseStart = index + 1
                index += 1
                continue
            }
            if isClauseBreak(scalar) {
                clauseStart = index + 1
                index += 1
                continue
            }
            if scalar == "其", index + 1 < scalars.count, scalars[index + 1] == "中" {
                inBreakdown = true
            }
            guard isDigit(scalar) else {
                index += 1
                continue
            }
            // A number: digits, optional fraction.
            let start = index
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            if end + 1 < scalars.count, scalars[end] == ".", isDigit(scalars[end + 1]) {
                end += 1
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            }
            let literal = string(start..<end)
            // No published figure has more than 15 digits; longer runs (identifiers, phone numbers) are not
            // figures, and bounding the digits keeps every later sum and ratio within exact arithmetic.
            guard end - start <= 16 else {
                index = end
                continue
            }
            var unitStart = end
            while unitStart < scalars.count, scalars[unitStart] == " " { unitStart += 1 }
            guard let (unit, unitEnd) = readUnit(scalars, at: unitStart),
                  !isThreshold(scalars, at: unitEnd),
                  let value = ExactDecimal(literal) else {
                index = end
                continue
            }
            let decimals = literal.firstIndex(of: ".").map { literal.distance(from: $0, to: literal.endIndex) - 1 } ?? 0
            // The label runs from the clause start (or the end of the previous figure) to the number.
            let label = cleanLabel(string(clauseStart..<start))
            let subject = sentenceSubject ?? label
            if sentenceSubject == nil { sentenceSubject = label }
            let (role, direction, shareOf) = classify(label: label, unit: unit)
            let quote = string(clauseStart..<unitEnd).trimmingWhitespace()
            result.append(NarrativeFigure(
                section: section, sentence: sentence, role: role, value: StatedNumber(value, decimals: decimals),
                unit: unit, label: label, subject: subject, shareOf: shareOf, direction: direction, quote: quote,
                inBreakdown: inBreakdown
            ))
            clauseStart = unitEnd
            index = unitEnd
        }
        return result
    }

    /// The unit at `index` and the index after it, nil when the number has none of ours.
    static func readUnit(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard index < scalars.count else { return nil }
        let scalar = scalars[index]
        if scalar == "%" || scalar == "％" { return ("%", index + 1) }
        if scalar == "万", index + 1 < scalars.count, scalars[index + 1] == "元" { return ("万元", index + 2) }
        if scalar == "元" { return ("元", index + 1) }
        switch scalar {
        case "人", "名", "辆", "项", "个", "台", "件", "次", "家": return (String(Character(scalar)), index + 1)
        default: break
        }
        return nil
    }

    /// `50万元以上`, `100万元以下`: a threshold, not a figure.
    static func isThreshold(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, scalars[index + 1] == "上" || scalars[index + 1] == "下" else { return false }
        return scalars[index] == "以"
    }

    /// Whitespace as it occurs in published text: ASCII blanks, no-break space, the en/em spaces and the
    /// ideographic space (U+3000). A cheap test (no Unicode property lookup).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0, 0x2000...0x200B, 0x3000: true
        default: false
        }
    }

    /// Drops list ordinals, years and filler (`2020年度`, `为`, spaces, leading punctuation) around a label.
    static func cleanLabel(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        func skipLeading() {
            while start < end {
                switch scalars[start] {
                case "、", "，", ",", "；", ";", "：", ":", ".": start = scalars.index(after: start)
                default:
                    guard isBlank(scalars[start]) else { return }
                    start = scalars.index(after: start)
                }
            }
        }
        func skipPrefix(_ word: String) -> Bool {
            var position = start
            for scalar in word.unicodeScalars {
                guard position < end, scalars[position] == scalar else { return false }
                position = scalars.index(after: position)
            }
            start = position
            return true
        }
        skipLeading()
        if skipPrefix("其中") || skipPrefix("分别为") { skipLeading() }
        // A leading year: `2020年度`, `2020 年`, `2020年`.
        var position = start
        var digits = 0
        while position < end, isDigit(scalars[position]) {
            digits += 1
            position = scalars.index(after: position)
        }
        if digits == 4 {
            while position < end, scalars[position] == " " { position = scalars.index(after: position) }
            if position < end, scalars[position] == "年" {
                position = scalars.index(after: position)
                if position < end, scalars[position] == "度" { position = scalars.index(after: position) }
                start = position
                while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
            }
        }
        while end > start {
            let last = scalars[scalars.index(before: end)]
            guard isBlank(last) || last == "为" || last == "是" else { break }
            end = scalars.index(before: end)
        }
        if start == scalars.startIndex, end == scalars.endIndex { return raw }
        return String(scalars[start..<end])
    }

    static func classify(label: String, unit: String) -> (NarrativeFigure.Role, NarrativeFigure.Direction?, String?) {
        let direction: NarrativeFigure.Direction? =
            increaseWords.contains { label.includes($0) } ? .increase
            : (decreaseWords.contains { label.includes($0) } ? .decrease : nil)
        if unit == "%" {
            if label.includes("完成") && label.includes("预算") { return (.execution, nil, nil) }
            if let share = label.firstIndex(of: "占") {
                var whole = String(label[label.index(after: share)...])
                if whole.hasSuffix("的") { whole.removeLast() }
                whole = whole.trimmingWhitespace()
                return (.share, nil, whole.isEmpty ? nil : whole)
            }
            if direction != nil { return (.changePercent, direction, nil) }
            return (.percent, nil, nil)
        }
        if unit == "万元" || unit == "元" {
            if let direction, label.count <= 12 || label.includes("上年") { return (.changeAmount, direction, nil) }
            return (.amount, nil, nil)
        }
        return (.count, nil, nil)
    }
}

extension String {
    /// The string without leading and trailing whitespace (including full-width spaces).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !NarrativeFigureExtractor.isBlank($0) }),
              let last = scalars.lastIndex(where: { !NarrativeFigureExtractor.isBlank($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
