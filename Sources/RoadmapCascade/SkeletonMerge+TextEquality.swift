#if canImport(Glibc)
    import Glibc
#else
    import Foundation
#endif

extension SkeletonMerge {
    /// `a == b` (canonical equivalence, as `String` compares), decided by the bytes where they
    /// suffice: equal bytes are equal texts, and two texts made only of characters that are their
    /// own normal form C with combining class 0 (ASCII, U+0080–U+02FF, basic Cyrillic U+0400–U+047F,
    /// the punctuation U+2002–U+203F and «№») are equal only when their bytes are. Anything else is
    /// compared by `String`. The merge compares five fields of every generated activity with the
    /// school's copy, and `==` on Cyrillic text walks the Unicode normalisation tables.
    static func sameText(_ a: String, _ b: String) -> Bool {
        // 1: equal, 0: different, -1: left to `String` (also when either text is not contiguous).
        let decided =
            a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y -> Int in
                    if x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) {
                        return 1
                    }
                    return isNormalWithoutMarks(x) && isNormalWithoutMarks(y) ? 0 : -1
                } ?? -1
            } ?? -1
        return decided < 0 ? a == b : decided == 1
    }

    /// Whether every character of the UTF-8 text is one that normalisation leaves as it is and that
    /// never combines with a neighbour (see `sameText`).
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

    /// Whether two document lists are the same value: element by element, or joined by line breaks
    /// (as provenance records them).
    static func sameDocuments(_ a: [String], _ b: [String]) -> Bool {
        if a.count == b.count && zip(a, b).allSatisfy({ sameText($0, $1) }) { return true }
        // Joined, lists of at most one text are that text (or empty), compared above.
        if a.count <= 1 && b.count <= 1 { return a.count == b.count ? false : sameText(a.first ?? "", b.first ?? "") }
        return sameText(a.joined(separator: "\n"), b.joined(separator: "\n"))
    }
}
