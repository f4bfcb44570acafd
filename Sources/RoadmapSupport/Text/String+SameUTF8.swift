import Foundation

extension String {
    /// Whether `self` and `other` hold the same UTF-8 bytes: one length check and one `memcmp`,
    /// without Unicode normalisation (`==` compares canonically equivalent texts as equal, and
    /// `utf8.elementsEqual` walks byte by byte through the generic path). For memo keys that are
    /// hashed by their bytes.
    package func hasSameUTF8(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        if count == 0 { return true }
        let compared = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 }
        }
        return (compared ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}
