extension SkeletonMerge {
    /// `a == b` (canonical equivalence), decided by the bytes where they suffice
    /// (`String.isSameText(as:)`): the merge compares five fields of every generated activity with
    /// the school's copy.
    static func sameText(_ a: String, _ b: String) -> Bool { a.isSameText(as: b) }

    /// Whether two document lists are the same value: element by element, or joined by line breaks
    /// (as provenance records them).
    static func sameDocuments(_ a: [String], _ b: [String]) -> Bool {
        if a.count == b.count && zip(a, b).allSatisfy({ sameText($0, $1) }) { return true }
        // Joined, lists of at most one text are that text (or empty), compared above.
        if a.count <= 1 && b.count <= 1 { return a.count == b.count ? false : sameText(a.first ?? "", b.first ?? "") }
        return sameText(a.joined(separator: "\n"), b.joined(separator: "\n"))
    }
}
