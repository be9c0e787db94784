/// libFuzzer entry point: the first input byte chooses where the rest is split into up to three pieces;
/// the pieces are fed to `HTTPRequestParser` and the invariants in `FuzzCheck` must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzCheck.run(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}
