/// Resolves executor cells against the cascade rules and, for municipal roadmaps, the names of the
/// municipality's schools.
///
/// Real cells join several executors with spaces only («Региональный координатор Муниципальные
/// координаторы Руководители школ»), so the resolver scans the words for every known phrase, longest
/// first, case-insensitively, ignoring quotes, commas and «и». Phrases of regional and institutional
/// roles and school names are name prefixes: the words after «Кафедра» (or «МБОУ СОШ № 9») up to
/// the next known phrase, separator or «руководители» are the department's name (the school's locality). Words left over are reported, never skipped.
package struct ExecutorResolver: Sendable {
    struct Pattern: Sendable {
        var words: [String]
        var rule: ExecutorRule?
        var school: SchoolID?
    }

    /// Longest first, so «Кафедра общего образования» wins over «Кафедра».
    let patterns: [Pattern]
    /// For each first word, the positions in `patterns` of the patterns starting with it, in order:
    /// the phrases that can match at a word are looked up, not scanned for.
    let byFirstWord: [String: [Int]]
    /// Whether some pattern is a school's name (else cells resolve as with the rules alone).
    let knowsSchools: Bool
    /// One-word phrases that also match inside an abbreviation («ИРО» in «КОИРО»), tried when no
    /// phrase matches a word.
    let acronymParts: [Pattern]

    /// Words that join executors without naming one («руководители» before a school's name).
    static let fillers: Set<String> = ["руководители", "руководитель", "директор", "директора", "а", "также", "-"]

    /// - Parameters:
    ///   - rules: the executor vocabulary.
    ///   - schools: schools whose full or short names may appear in cells (a municipality's schools).
    package init(rules: CascadeRules, schools: [School] = []) {
        var patterns: [Pattern] = []
        for rule in rules.executors {
            let words = NameTokens.normalizedWords(rule.phrase)
            if !words.isEmpty { patterns.append(Pattern(words: words, rule: rule)) }
        }
        for school in schools {
            for name in [school.name, school.shortName].compactMap({ $0 }) {
                let words = NameTokens.normalizedWords(name)
                if !words.isEmpty { patterns.append(Pattern(words: words, school: school.id)) }
            }
        }
        self.init(unordered: patterns)
    }

    /// This resolver also knowing some schools' names (the rule phrases are not tokenised again).
    package func adding(schools: [School]) -> ExecutorResolver {
        var names = NameWordsMemo()
        return adding(schools: schools, names: &names)
    }

    /// `adding(schools:)` with school names tokenised through `names`: schools of different
    /// municipalities share names («МБОУ СОШ № 1»), and a bulk check resolves every municipality.
    func adding(schools: [School], names: inout NameWordsMemo) -> ExecutorResolver {
        // No school: the same patterns in the same order (not sorted and indexed again).
        guard !schools.isEmpty else { return self }
        var extra: [Pattern] = []
        for school in schools {
            for name in [school.name, school.shortName].compactMap({ $0 }) {
                let words = names.words(name)
                if !words.isEmpty { extra.append(Pattern(words: words, school: school.id)) }
            }
        }
        return ExecutorResolver(unordered: patterns + extra)
    }

    /// `adding(schools:names:)` for resolving `cells` only. A school's name can match in a cell
    /// only where the cell has the name's first word, so the names whose first word no cell has are
    /// left out before being tokenised in full: most municipal roadmaps name no school, and a full
    /// name takes a hundred scalars to tokenise.
    func adding(schools: [School], names: inout NameWordsMemo, resolving cells: [String]) -> ExecutorResolver {
        // A region's municipal roadmaps repeat the same few cells: each distinct one is tokenised
        // once per worker (through `names`) and its words gathered once per municipality.
        var cellWords: Set<String> = []
        var seenCells: Set<UTF8Key> = []
        for cell in cells where seenCells.insert(UTF8Key(cell)).inserted { cellWords.formUnion(names.words(cell)) }
        let named = schools.filter { school in
            [school.name, school.shortName].contains { name in
                name.flatMap(NameTokens.firstNormalizedWord).map(cellWords.contains) ?? false
            }
        }
        return adding(schools: named, names: &names)
    }

    init(unordered patterns: [Pattern]) {
        let ordered = patterns.enumerated().sorted { a, b in
            if a.element.words.count != b.element.words.count { return a.element.words.count > b.element.words.count }
            return a.offset < b.offset
        }.map(\.element)
        var index: [String: [Int]] = [:]
        for (i, pattern) in ordered.enumerated() { index[pattern.words[0], default: []].append(i) }
        self.patterns = ordered
        self.byFirstWord = index
        self.knowsSchools = ordered.contains { $0.school != nil }
        self.acronymParts = ordered.filter { $0.words.count == 1 && $0.rule?.acronymPart == true }
    }

    /// The first (longest) pattern matching at word `index` of `tokens`.
    func pattern(in tokens: NameTokens, at index: Int) -> Pattern? {
        if let candidates = byFirstWord[tokens.words[index].normalized] {
            for i in candidates where tokens.matches(patterns[i].words, at: index) { return patterns[i] }
        }
        guard !acronymParts.isEmpty else { return nil }
        let word = tokens.words[index]
        // An abbreviation: upper-case letters only, longer than the part it holds.
        guard word.original.count > 1, word.original.allSatisfy({ $0.isUppercase }) else { return nil }
        return acronymParts.first { part in
            let p = part.words[0]
            return word.normalized.count > p.count && (word.normalized.hasPrefix(p) || word.normalized.hasSuffix(p))
        }
    }

    /// Resolves one cell.
    package func resolve(_ text: String) -> ExecutorResolution {
        let tokens = NameTokens(text)
        var result = ExecutorResolution()
        var unknownRun: [String] = []
        func closeUnknown() {
            if !unknownRun.isEmpty { result.unknown.append(unknownRun.joined(separator: " ")) }
            unknownRun = []
        }
        var i = 0
        var absorbing = false
        while i < tokens.words.count {
            if let pattern = pattern(in: tokens, at: i) {
                closeUnknown()
                if let rule = pattern.rule {
                    if !result.roles.contains(rule.role) { result.roles.append(rule.role) }
                    if !result.phrases.contains(rule.phrase) { result.phrases.append(rule.phrase) }
                    if rule.role == .school {
                        let role = rule.schoolRole ?? "Руководитель ОО"
                        if !result.schoolRoles.contains(role) { result.schoolRoles.append(role) }
                    }
                    absorbing = rule.isNamePrefix
                } else if let school = pattern.school {
                    if !result.schools.contains(school) { result.schools.append(school) }
                    absorbing = true  // «МБОУ СОШ № 9 с. Султан»: the locality belongs to the name
                }
                i += pattern.words.count
                continue
            }
            let word = tokens.words[i]
            if word.separatorBefore || ExecutorResolver.fillers.contains(word.normalized) { absorbing = false }
            if absorbing {
                i += 1
                continue
            }
            if ExecutorResolver.fillers.contains(word.normalized) {
                closeUnknown()
            } else {
                if word.separatorBefore { closeUnknown() }
                unknownRun.append(word.original)
            }
            i += 1
        }
        closeUnknown()
        if !result.schools.isEmpty, !result.schoolRoles.contains("Руководитель ОО") {
            result.schoolRoles.insert("Руководитель ОО", at: 0)
        }
        return result
    }
}
