/// The bytes a connection has queued for the socket: responses serialised back to back (pipelined
/// responses leave in one `send`), written from the front as the socket accepts them.
///
/// Raw memory with explicit read and write indices, so serialising is plain `memcpy` with no per-append
/// bookkeeping. Grows by doubling; returns to empty (indices reset) whenever everything is written, and
/// gives back memory above `retainedCapacity` bytes at that moment. Owned by one connection, not thread-safe.
final class HTTPOutputBuffer {
    private var storage: UnsafeMutableRawPointer?
    private(set) var capacity = 0
    private var readIndex = 0
    private var writeIndex = 0
    /// Capacity kept after the buffer empties (several typical responses); a larger buffer, grown by a big
    /// response or a long pipeline, is freed so idle connections stay small: 16 KiB.
    static let retainedCapacity = 16 * 1024

    init() {}

    deinit { storage?.deallocate() }

    /// Bytes queued and not yet written.
    var count: Int { writeIndex - readIndex }

    var isEmpty: Bool { writeIndex == readIndex }

    /// The queued bytes, valid until the next mutation.
    var readableBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: storage.map { $0 + readIndex }, count: writeIndex - readIndex)
    }

    /// A copy of the queued bytes (tests).
    var bytes: [UInt8] { Array(readableBytes) }

    /// Marks `count` queued bytes as written.
    func consume(_ count: Int) {
        readIndex = min(writeIndex, readIndex + max(0, count))
        if readIndex == writeIndex {
            readIndex = 0
            writeIndex = 0
            if capacity > Self.retainedCapacity {
                storage?.deallocate()
                storage = nil
                capacity = 0
            }
        }
    }

    /// Makes room for `extra` more bytes after the queued ones.
    @inline(__always)
    func reserve(_ extra: Int) {
        if capacity - writeIndex < extra { grow(extra) }
    }

    private func grow(_ extra: Int) {
        let queued = writeIndex - readIndex
        let needed = queued + extra
        if needed <= capacity, let storage {
            // Enough room once the written bytes at the front are dropped.
            storage.copyMemory(from: storage + readIndex, byteCount: queued)
        } else {
            var newCapacity = max(capacity * 2, 4096)
            while newCapacity < needed { newCapacity *= 2 }
            let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
            if let storage {
                newStorage.copyMemory(from: storage + readIndex, byteCount: queued)
                storage.deallocate()
            }
            storage = newStorage
            capacity = newCapacity
        }
        readIndex = 0
        writeIndex = queued
    }

    @inline(__always)
    func append(_ source: UnsafeRawBufferPointer) {
        guard let base = source.baseAddress, source.count > 0 else { return }
        reserve(source.count)
        (storage! + writeIndex).copyMemory(from: base, byteCount: source.count)
        writeIndex += source.count
    }

    @inline(__always)
    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Appends the UTF-8 bytes of `text` (a memcpy for native strings).
    @inline(__always)
    func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(UnsafeRawBufferPointer($0)) }) == nil {
            append(Array(text.utf8))
        }
    }

    @inline(__always)
    func append(byte: UInt8) {
        reserve(1)
        storage!.storeBytes(of: byte, toByteOffset: writeIndex, as: UInt8.self)
        writeIndex += 1
    }

    /// Appends `value` (≥ 0) in decimal ASCII.
    func append(decimal value: Int) {
        var remaining = max(0, value)
        var digits = 1
        var probe = remaining
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        reserve(digits)
        let base = storage! + writeIndex
        var position = digits
        repeat {
            position -= 1
            base.storeBytes(of: UInt8(truncatingIfNeeded: remaining % 10) &+ 0x30, toByteOffset: position, as: UInt8.self)
            remaining /= 10
        } while position > 0
        writeIndex += digits
    }
}
