/// Russian → Latin transliteration for ids (a simple table after ГОСТ 7.79-2000, system B,
/// with `й` → `y`, `х` → `kh`, `ц` → `ts`, `щ` → `shch` and the hard and soft signs dropped).
package enum Transliteration {
    /// The longest slug `slug(_:)` returns.
    package static let maximumSlugLength = 80

    /// Lowercase Cyrillic letters and their Latin spelling.
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Ukrainian and Belarusian letters that turn up in names.
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]

    /// Latin text of a Russian string, keeping everything that is not Cyrillic; case follows the
    /// letter's first character (`Щ` → `Shch`).
    package static func latin(_ text: String) -> String {
        var result = ""
        for character in text {
            let lower = Character(character.lowercased())
            if let latin = table[lower] {
                if character != lower, let first = latin.first {
                    result += first.uppercased() + latin.dropFirst()
                } else {
                    result += latin
                }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A safe file-name id for a name: transliterated, lowercase, every run of other characters
    /// turned into one `-`, no `-` at the ends, at most `maximumSlugLength` characters.
    /// Never empty: a name with no letters or digits gets `id-` and a stable hash of the name.
    /// The result always satisfies `Identifiers.isSafeFileName`; the same name gives the same slug.
    package static func slug(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in latin(name.lowercased()).unicodeScalars {
            let isAlphanumeric = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        if slug.count > maximumSlugLength {
            slug = String(slug.prefix(maximumSlugLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        if slug.isEmpty {
            slug = "id-" + stableHash(name)
        }
        return slug
    }

    /// FNV-1a over the UTF-8 bytes, as 8 hex digits (the same on every run, unlike `hashValue`).
    static func stableHash(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
