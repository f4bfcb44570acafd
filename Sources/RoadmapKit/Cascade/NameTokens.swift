import Foundation

/// Words of a name or an executor cell, normalised for matching: lower case, «ё» as «е», quotes,
/// commas, brackets and dots dropped («п.Приморье» → «п» «приморье»), «№» a word of its own.
///
/// «Руководители МБОУ СОШ №2, МБОУ СОШ № 9» and «руководители мбоу сош № 2 мбоу сош № 9» give the
/// same words; the original spelling of each word is kept for messages.
///
/// Text made only of ASCII, Cyrillic and the punctuation above (every real cell and name) is split
/// scalar by scalar with a lower-case table (`NameScalars`); anything else (accents, combining
/// marks, CR LF) takes the grapheme-by-grapheme path with `String.lowercased()`. Both give the
/// same words; tests compare them on the seed phrasings.
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
        self.words = NameTokens.scalarWords(text) ?? NameTokens.graphemeWords(text)
    }

    /// Tokenises grapheme by grapheme with Unicode lower-casing: correct for any text, slower.
    init(graphemesOf text: String) {
        self.words = NameTokens.graphemeWords(text)
    }

    /// The words of `text` when every scalar is one `NameScalars` knows; `nil` otherwise.
    static func scalarWords(_ text: String) -> [Word]? {
        var words: [Word] = []
        var original = String.UnicodeScalarView()
        var normalized = String.UnicodeScalarView()
        var separator = false
        func flush() {
            // Trailing dashes are not part of the word («п.-»); dots never enter it.
            while let last = original.last, last == "-" {
                original.removeLast()
                normalized.removeLast()
            }
            defer {
                original = String.UnicodeScalarView()
                normalized = String.UnicodeScalarView()
            }
            guard !original.isEmpty else { return }
            if normalized.count == 1, normalized.first == "и" {
                separator = true
                return
            }
            words.append(Word(normalized: String(normalized), original: String(original), separatorBefore: separator))
            separator = false
        }
        for scalar in text.unicodeScalars {
            switch NameScalars.kind(of: scalar) {
            case .other: return nil
            case .separator:
                flush()
                separator = true
            case .numberSign:
                flush()
                original.append(scalar)
                normalized.append(scalar)
                flush()
            case .boundary:
                flush()
            case .letter(let lower):
                original.append(scalar)
                normalized.append(lower)
            }
        }
        flush()
        return words
    }

    /// The words of any text, Character by Character.
    static func graphemeWords(_ text: String) -> [Word] {
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
        return words
    }

    /// Lower case with «ё» as «е» (also a decomposed «ё»: the replacement compares canonically).
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
