import CZlib

/// gzip compression of whole response bodies through zlib (RFC 1952 framing, `deflate` inside).
///
/// The output is deterministic for a given input and level (header mtime 0), so a strong ETag of the
/// compressed bytes is stable across processes.
public enum Gzip {
    /// Why compression failed; carries zlib's return code.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The zlib call that failed, e.g. `deflateInit2`.
        public var call: String
        /// zlib's return code (`Z_STREAM_ERROR`, `Z_MEM_ERROR`, …).
        public var code: Int32

        public var description: String { "zlib \(call) failed with code \(code)" }
    }

    /// Compresses `input` into a complete gzip member.
    ///
    /// - Parameter level: zlib compression level 1 (fastest) … 9 (smallest).
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16 selects the gzip wrapper; memLevel 8 is zlib's default.
        let initCode = juesuan_deflate_init2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        guard initCode == Z_OK else { throw Failure(call: "deflateInit2", code: initCode) }
        defer { deflateEnd(&stream) }

        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var resultCode: Int32 = Z_OK
        var produced = 0
        input.withUnsafeBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                resultCode = deflate(&stream, Z_FINISH)
                produced = outputBuffer.count - Int(stream.avail_out)
            }
        }
        // deflateBound guarantees room for a single Z_FINISH call, so anything but Z_STREAM_END is an error.
        guard resultCode == Z_STREAM_END else { throw Failure(call: "deflate", code: resultCode) }
        output.removeSubrange(produced...)
        return output
    }

    /// Decompresses one gzip member (used by tests and diagnostics), refusing output above `limit` bytes.
    public static func decompress(_ input: [UInt8], limit: Int = 64 * 1024 * 1024) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        let initCode = juesuan_inflate_init2(&stream, 15 + 16)
        guard initCode == Z_OK else { throw Failure(call: "inflateInit2", code: initCode) }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var code: Int32 = Z_OK
        input.withUnsafeBufferPointer { inputBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
            stream.avail_in = uInt(inputBuffer.count)
            while code == Z_OK && output.count <= limit {
                var produced = 0
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    code = inflate(&stream, Z_NO_FLUSH)
                    produced = chunkBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if code == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
        }
        guard code == Z_STREAM_END, output.count <= limit else {
            throw Failure(call: "inflate", code: code == Z_STREAM_END ? Z_BUF_ERROR : code)
        }
        return output
    }
}
