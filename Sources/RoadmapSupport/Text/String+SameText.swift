extension String {
    /// `self == other` (canonical equivalence, as `String` compares), decided by the bytes where
    /// they suffice: equal bytes are equal texts, and two texts made only of characters that are
    /// their own normal form C with combining class 0 (ASCII, U+0080–U+02FF, basic Cyrillic
    /// U+0400–U+047F, the punctuation U+2002–U+203F and «№») are equal only when their bytes are.
    /// Anything else is compared by `String`, whose `==` on Cyrillic text walks the Unicode
    /// normalisation tables.
    package func isSameText(as other: String) -> Bool {
        if hasSameUTF8(as: other) { return true }
        // Different bytes: different texts when both are plain, else left to `String` (also when
        // either text is not contiguous).
        let plain =
            utf8.withContiguousStorageIfAvailable { x in
                other.utf8.withContiguousStorageIfAvailable { y in Self.isNormalWithoutMarks(x) && Self.isNormalWithoutMarks(y) }
            } ?? nil
        return plain == true ? false : self == other
    }

    /// Whether every character of the UTF-8 text is one that normalisation leaves as it is and that
    /// never combines with a neighbour (see `isSameText(as:)`).
    static func isNormalWithoutMarks(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let c = utf8[i]
            if c < 0x80 {
                i += 1
            } else if (0xC2...0xCB).contains(c) || c == 0xD0 || c == 0xD1 {
                // U+0080–U+02FF and U+0400–U+047F: two bytes.
                i += 2
            } else if c == 0xE2, i + 2 < n,
                (utf8[i + 1] == 0x80 && utf8[i + 2] >= 0x82) || (utf8[i + 1] == 0x84 && utf8[i + 2] == 0x96)
            {
                // U+2002–U+203F (dashes, quotes, spaces other than U+2000 and U+2001) and U+2116 «№».
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
