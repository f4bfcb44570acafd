/// The bytes a JSON string must escape — '"', '\\' and control bytes — found eight at a time, for
/// the reader (where a string ends) and the writer (whether it needs escaping).
enum JSONSpecialBytes {
    /// The position, from `start`, of the first eight-byte word that may hold a special byte, or of
    /// the last, shorter stretch: every byte before it is plain. A word may be reported early (a
    /// borrow in the test), never late; callers finish byte by byte.
    static func plainPrefixEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = start
        while i + 8 <= buffer.count {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let quote = w ^ 0x2222_2222_2222_2222
            let backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
            let hits = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- 0x2020_2020_2020_2020) & ~w)
            if hits & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        return i
    }

    /// The position of the first special byte from `start`, or the end of the buffer.
    static func firstSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = plainPrefixEnd(buffer, from: start)
        while end < buffer.count {
            let c = buffer[end]
            if c == 0x22 || c == 0x5C || c < 0x20 { return end }
            end += 1
        }
        return end
    }
}
