import Foundation

/// How names in schools lists are compared, so that a re-import finds the same school and a
/// municipality written two ways is caught.
package enum UnitNameMatching {
    /// A school name folded for matching: quotes («» "" „“ ' ‘’) dropped, `№` read as `N`,
    /// case and all spaces ignored, `ё` read as `е`.
    /// «МАОУ «СОШ № 1»» and `маоу "сош n1"` give the same key.
    package static func schoolKey(_ name: String) -> String {
        var key = ""
        for character in normalized(name).lowercased() {
            switch character {
            case "«", "»", "\"", "„", "“", "”", "'", "‘", "’", "`": continue
            case "№": key += "n"
            case "ё": key += "е"
            default:
                if character.isWhitespace { continue }
                key.append(character)
            }
        }
        return key
    }

    /// A municipality name folded for exact matching: quotes dropped, case ignored, words joined
    /// by one space, punctuation outside words removed.
    package static func municipalityKey(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    /// The distinctive part of a municipality name: its words without the kind of municipality
    /// (ГО = городской округ, МО = муниципальное образование / округ, МР, р-н = район, г. = город …).
    /// «Светлогорский ГО» and «Светлогорский городской округ» both give `светлогорский`.
    package static func municipalityRoot(_ name: String) -> String {
        words(name).filter { $0.count > 1 && !kindWords.contains($0) }.joined(separator: " ")
    }

    /// Words that say what kind of municipality it is rather than which one.
    static let kindWords: Set<String> = [
        "го", "мо", "мр", "гп", "сп", "рн", "район", "городской", "городского", "округ", "округа",
        "муниципальный", "муниципальное", "муниципального", "образование", "образования", "город", "города",
        "поселение", "поселения", "городское", "сельское", "административный", "district", "municipality",
        "urban", "okrug", "city",
    ]

    /// Whether two municipality spellings that are not the same name look like the same municipality:
    /// equal roots, or roots at most one letter apart when both are at least six letters long.
    package static func looksLikeSameMunicipality(_ a: String, _ b: String) -> Bool {
        let rootA = municipalityRoot(a)
        let rootB = municipalityRoot(b)
        guard !rootA.isEmpty, !rootB.isEmpty else { return false }
        if rootA == rootB { return true }
        guard rootA.count >= 6, rootB.count >= 6, abs(rootA.count - rootB.count) <= 1 else { return false }
        return editDistance(rootA, rootB, limit: 1) <= 1
    }

    /// A name as compared: NFC (a letter typed as base + combining mark is the precomposed one)
    /// and without the invisible characters that make two equal names differ — zero-width space,
    /// joiners, word joiner, byte-order mark, soft hyphen. Names are stored as written; only
    /// comparisons see this form.
    package static func normalized(_ name: String) -> String {
        let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"]
        // Most names have neither: no copy, no normalisation.
        guard name.unicodeScalars.contains(where: { invisible.contains($0) || $0.properties.canonicalCombiningClass != .notReordered })
        else { return name }
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !invisible.contains(scalar) { scalars.append(scalar) }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in normalized(name).lowercased().replacingOccurrences(of: "ё", with: "е") {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
