/// Words of a name or an executor cell, normalised for matching: lower case, «ё» as «е», quotes,
/// commas, brackets and dots dropped («п.Приморье» → «п» «приморье»), «№» a word of its own.
///
/// «Руководители МБОУ СОШ №2, МБОУ СОШ № 9» and «руководители мбоу сош № 2 мбоу сош № 9» give the
/// same words; the original spelling of each word is kept for messages.
struct NameTokens: Hashable, Sendable {
    /// One word: normalised for comparison, original for display; `separatorBefore` when a comma,
    /// semicolon or «и» stood between it and the previous word.
    struct Word: Hashable, Sendable {
        var normalized: String
        var original: String
        var separatorBefore: Bool
    }

    var words: [Word]

    var normalized: [String] { words.map(\.normalized) }

    init(_ text: String) {
        var words: [Word] = []
        var current = ""
        var separator = false
        func flush() {
            var original = current
            while original.hasSuffix(".") || original.hasSuffix("-") { original.removeLast() }
            current = ""
            guard !original.isEmpty else { return }
            let normalized = NameTokens.normalize(original)
            if normalized == "и" {
                separator = true
                return
            }
            words.append(Word(normalized: normalized, original: original, separatorBefore: separator))
            separator = false
        }
        for ch in text {
            switch ch {
            case ",", ";", "\n":
                flush()
                separator = true
            case "№":
                flush()
                current = "№"
                flush()
            case ".", " ", "\t", "\u{a0}", "«", "»", "\"", "“", "”", "„", "'", "(", ")", ":", "/", "–", "—":
                flush()
            default:
                current.append(ch)
            }
        }
        flush()
        self.words = words
    }

    static func normalize(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    /// Whether `phrase` occurs at word position `index`.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard !phrase.isEmpty, index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].normalized != word { return false }
        return true
    }

    /// The normalised words joined by single spaces: a key for exact name comparison.
    var key: String { normalized.joined(separator: " ") }
}
