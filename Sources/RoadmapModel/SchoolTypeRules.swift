import Foundation

/// Which roadmap items do not apply to a kind of school (`workspace.json` `schoolTypes`): data a
/// coordinator reads and edits, never item numbers. A school's type comes from words of its name
/// («ООШ», «основная общеобразовательная школа»); an item is left out for that type when its title
/// has one of the rule's phrases («ГИА-11», «ЕГЭ»). Skeletons do not give such items to the school,
/// and compliance counts an item a school still has as «не применимо» with the rule's reason.
package struct SchoolTypeRule: Hashable, Sendable, Codable {
    /// The type's name as coordinators say it («ООШ»).
    package var type: String
    /// Phrases of a school's name that make it this type (any one is enough).
    package var nameMarkers: [String]
    /// Phrases of an item's title that make the item not applicable (any one is enough).
    package var itemPhrases: [String]
    /// Why, as reports show it («в основной школе нет 11 класса»).
    package var reason: String

    package init(type: String, nameMarkers: [String], itemPhrases: [String], reason: String) {
        self.type = type
        self.nameMarkers = nameMarkers
        self.itemPhrases = itemPhrases
        self.reason = reason
    }

    /// Whether a school named `name` is of this type.
    package func matches(schoolName name: String) -> Bool {
        let words = Self.words(name)
        return nameMarkers.contains { Self.contains(words, Self.words($0)) }
    }

    /// Whether an item titled `title` is one the rule leaves out.
    package func excludes(title: String) -> Bool {
        let words = Self.words(title)
        return itemPhrases.contains { Self.contains(words, Self.words($0)) }
    }

    /// Lowercased runs of letters and digits («ГИА-11» → «гиа», «11»; `ё` read as `е`), in one
    /// pass over the scalars (compliance asks this of every title of every school of a type).
    static func words(_ text: String) -> [String] {
        WordCache.shared.words(text) { splitWords($0) }
    }

    private static func splitWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar == "ё" ? "е" : scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Whether `phrase` occurs in `words` as consecutive words, each word of the text starting with
    /// the phrase's word («11 класс» finds «11 классов»).
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        // Words are lowercased with `ё` folded, so a prefix is a prefix of their UTF-8 bytes
        // (`hasPrefix` would compare canonical equivalents scalar by scalar).
        for start in 0...(words.count - phrase.count)
        where phrase.indices.allSatisfy({ words[start + $0].utf8.starts(with: phrase[$0].utf8) }) {
            return true
        }
        return false
    }
}

extension SchoolTypeRule {
    /// The programme's defaults: a basic school (ООШ) has no 11th grade, a primary school (НОШ) no
    /// 9th or 11th.
    package static let programmeDefaults: [SchoolTypeRule] = [
        SchoolTypeRule(
            type: "ООШ", nameMarkers: ["ООШ", "основная общеобразовательная школа", "основная школа"],
            itemPhrases: ["ГИА-11", "ЕГЭ", "11 класс", "11-х класс"], reason: "в основной школе нет 11 класса"),
        SchoolTypeRule(
            type: "НОШ", nameMarkers: ["НОШ", "начальная общеобразовательная школа", "начальная школа"],
            itemPhrases: ["ГИА", "ОГЭ", "ЕГЭ", "9 класс", "9-х класс", "11 класс", "11-х класс"],
            reason: "в начальной школе нет 9 и 11 классов"),
    ]

    /// The first rule of `rules` that leaves the item titled `title` out for the school named
    /// `schoolName`, if any.
    package static func exclusion(in rules: [SchoolTypeRule], schoolName: String, title: String) -> SchoolTypeRule? {
        rules.first { $0.matches(schoolName: schoolName) && $0.excludes(title: title) }
    }
}

/// Titles and school names split into words, shared by every worker: each school asks about the
/// same few hundred titles, and validation, evaluation and skeletons ask again.
private final class WordCache: @unchecked Sendable {
    static let shared = WordCache()
    private let lock = NSLock()
    /// Keyed by the text's bytes: `String` hashing normalises Cyrillic text on every call.
    private var words: [UTF8Key: [String]] = [:]

    func words(_ text: String, _ split: (String) -> [String]) -> [String] {
        let key = UTF8Key(text)
        if let known = lock.withLock({ words[key] }) { return known }
        let result = split(text)
        lock.withLock { words[key] = result }
        return result
    }
}

/// The rules with their phrases split into words once, and a memo of the titles already checked:
/// schools of one municipality share most titles, so each is read once per matcher.
package struct SchoolTypeMatcher {
    let rules: [SchoolTypeRule]
    private let markers: [[[String]]]
    private let phrases: [[[String]]]
    /// Title (by its bytes) → whether each rule excludes it.
    private var excluded: [UTF8Key: [Bool]] = [:]

    package init(_ rules: [SchoolTypeRule]) {
        self.rules = rules
        markers = rules.map { $0.nameMarkers.map(SchoolTypeRule.words) }
        phrases = rules.map { $0.itemPhrases.map(SchoolTypeRule.words) }
    }

    /// The activities of `roadmap` the rules make «не применимо» for `school`: id → reason.
    package mutating func notApplicable(in roadmap: Roadmap, school: School) -> [String: String] {
        let names = [school.name, school.shortName].compactMap { $0 }.map(SchoolTypeRule.words)
        let types = rules.indices.filter { index in
            names.contains { name in markers[index].contains { SchoolTypeRule.contains(name, $0) } }
        }
        guard !types.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for activity in roadmap.activities {
            let flags = excludedFlags(activity.title)
            if let rule = types.first(where: { flags[$0] }) { result[activity.id] = rules[rule].reason }
        }
        return result
    }

    private mutating func excludedFlags(_ title: String) -> [Bool] {
        let key = UTF8Key(title)
        if let known = excluded[key] { return known }
        let words = SchoolTypeRule.words(title)
        let flags = phrases.map { rule in rule.contains { SchoolTypeRule.contains(words, $0) } }
        excluded[key] = flags
        return flags
    }
}
