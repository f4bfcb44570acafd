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

    /// The position of the first special byte from `start`, or the end of the buffer. Inlined into
    /// the readers (keys and most values are short: a call per string cost more than its scan).
    /// The lowest byte flagged in a word is exact — a borrow only runs upwards from a flagged byte —
    /// so the position comes from the word's lowest flag, without a byte-by-byte finish.
    @inline(__always)
    static func firstSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            while end + 8 <= buffer.count {
                let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end, as: UInt64.self))
                let flags = specialFlags(w)
                if flags != 0 { return end + flags.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        while end < buffer.count {
            let c = buffer[end]
            if c == 0x22 || c == 0x5C || c < 0x20 { return end }
            end += 1
        }
        return end
    }

    /// The high bit of each byte of `w` (little-endian) that may be '"', '\\' or a control byte;
    /// every such byte is flagged, and the lowest flagged byte is always one of them.
    @inline(__always)
    static func specialFlags(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = w ^ 0x2222_2222_2222_2222
        let backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
        return (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- 0x2020_2020_2020_2020) & ~w))
            & 0x8080_8080_8080_8080
    }
}
