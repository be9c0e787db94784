/// The chunked transfer coding (RFC 9112 §7.1): size lines, data, the CRLF after data, trailers.
extension HTTPRequestParser {
    /// Most hex digits accepted in a chunk size: 15 digits (60 bits) can never overflow an `Int`.
    static let maxChunkSizeDigits = 15

    mutating func readChunkSizeLine() -> HTTPParserEvent? {
        let extensionLimit = limits.chunkExtensionBytes
        let (lineLimit, overflow) = extensionLimit.addingReportingOverflow(Self.maxChunkSizeDigits)
        switch searchLine(window: Self.lineWindow(overflow ? Int.max : lineLimit)) {
        case .needMore: return .needMoreData
        case .tooLong:
            return fail(.badRequest(
                "chunk-line-too-long", "A chunk size line exceeds 15 hex digits plus \(extensionLimit) bytes of extensions."
            ))
        case .found(let lfOffset):
            let (count, bareLF) = lineContent(lfOffset: lfOffset)
            if bareLF { return fail(Self.bareLF) }
            let start = readIndex
            let size: Int
            do {
                size = try buffer.withUnsafeBufferPointer { bytes throws(HTTPProtocolError) in
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])
                    return try Self.parseChunkSizeLine(line, extensionLimit: extensionLimit)
                }
            } catch {
                return fail(error)
            }
            if size > bodyLimit - partial.bodyReceived { return fail(.bodyTooLarge(limit: bodyLimit)) }
            readIndex += lfOffset + 1
            state = size == 0 ? .trailerLines : .chunkData(remaining: size)
            return nil
        }
    }

    mutating func readChunkData(remaining: Int) -> HTTPParserEvent? {
        guard let piece = takeBodyBytes(upTo: remaining) else { return .needMoreData }
        partial.bodyReceived += piece.count
        let left = remaining - piece.count
        state = left == 0 ? .chunkDataEnd : .chunkData(remaining: left)
        return .body(piece)
    }

    mutating func readChunkDataEnd() -> HTTPParserEvent? {
        let available = buffer.count - readIndex
        guard available > 0 else { return .needMoreData }
        let missingCRLF = HTTPProtocolError.badRequest("chunk-data-not-terminated", "Chunk data must be followed by CRLF.")
        if buffer[readIndex] != HTTPByte.cr { return fail(missingCRLF) }
        guard available > 1 else { return .needMoreData }
        if buffer[readIndex + 1] != HTTPByte.lf { return fail(missingCRLF) }
        readIndex += 2
        state = .chunkSizeLine
        return nil
    }

    /// Parses `1*15HEXDIG *( ";" BWS ext-name [ BWS "=" BWS ( token / quoted-string ) ] BWS )` (CRLF
    /// removed). Whitespace directly after the size is rejected, as llhttp does without leniency flags.
    static func parseChunkSizeLine(_ line: UnsafeBufferPointer<UInt8>, extensionLimit: Int) throws(HTTPProtocolError) -> Int {
        let count = line.count
        var index = 0
        var size = 0
        while index < count, let digit = HTTPByte.hexValue(line[index]) {
            if index == maxChunkSizeDigits {
                throw HTTPProtocolError.badRequest("chunk-size-too-long", "A chunk size has more than 15 hex digits.")
            }
            size = size << 4 | digit
            index += 1
        }
        if index == 0 {
            throw HTTPProtocolError.badRequest("invalid-chunk-size", "A chunk size line must start with hex digits.")
        }
        if index == count { return size }
        if count - index > extensionLimit {
            throw HTTPProtocolError.badRequest(
                "chunk-extension-too-long", "Chunk extensions exceed the limit of \(extensionLimit) bytes."
            )
        }
        guard isValidChunkExtension(line, from: index) else {
            throw HTTPProtocolError.badRequest(
                "invalid-chunk-extension", "A chunk size must be followed by CRLF or by valid ;name[=value] extensions."
            )
        }
        return size
    }

    static func isValidChunkExtension(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let count = line.count
        var index = start
        func skipWhitespace() {
            while index < count && HTTPByte.isWhitespace(line[index]) { index += 1 }
        }
        func skipToken() -> Bool {
            let tokenStart = index
            while index < count && HTTPByte.isTokenChar(line[index]) { index += 1 }
            return index > tokenStart
        }
        while index < count {
            guard line[index] == HTTPByte.semicolon else { return false }
            index += 1
            skipWhitespace()
            guard skipToken() else { return false }
            skipWhitespace()
            guard index < count && line[index] == HTTPByte.equals else { continue }
            index += 1
            skipWhitespace()
            if index < count && line[index] == HTTPByte.quote {
                index += 1
                var closed = false
                while index < count {
                    let byte = line[index]
                    index += 1
                    if byte == HTTPByte.quote {
                        closed = true
                        break
                    }
                    if byte == HTTPByte.backslash {
                        guard index < count && HTTPByte.isFieldValueChar(line[index]) else { return false }
                        index += 1
                    } else if !HTTPByte.isFieldValueChar(byte) {
                        return false
                    }
                }
                guard closed else { return false }
            } else {
                guard skipToken() else { return false }
            }
            skipWhitespace()
        }
        return true
    }
}
