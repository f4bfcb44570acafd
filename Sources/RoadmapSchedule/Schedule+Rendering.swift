extension Schedule {
    /// The normalised Russian rendering for reports: «до 15.02.2023», «01.02.2023–15.05.2023»,
    /// «ежегодно: 01.05.2022–31.05.2022; 01.05.2023–31.05.2023», «в течение 01.01.2023–31.12.2023»,
    /// «по мере необходимости».
    package var normalizedText: String { rendering(.ru) }

    /// The normalised rendering in a language (Russian by default in reports).
    package func rendering(_ language: Language) -> String {
        let ru = language == .ru
        var body: String
        let list = Schedule.list(occurrences, language)
        switch kind {
        case .deadline, .window:
            body = list
        case .recurring:
            let prefix = recurrence.map { ru ? $0.russianText : $0.englishText }
            body = prefix.map { "\($0): \(list)" } ?? list
        case .continuous:
            body = (ru ? "в течение " : "throughout ") + list
        case .conditional:
            body = condition ?? ""
        case .unknown:
            let source = leftover ?? text
            let trimmed = ScheduleLexer(source).quote(0, source.utf8.count)
            return ru ? "не распознано: «\(trimmed)»" : "not understood: “\(trimmed)”"
        }
        if kind != .conditional, let condition { body += " (\(condition))" }
        return body
    }

    /// Occurrences joined by «; »; long lists show the first two, the last and the count.
    static func list(_ occurrences: [Occurrence], _ language: Language) -> String {
        let texts = occurrences.map { $0.text(language) }
        guard texts.count > 6 else { return texts.joined(separator: "; ") }
        let more = language == .ru ? "всего \(texts.count)" : "\(texts.count) in all"
        return "\(texts[0]); \(texts[1]); …; \(texts[texts.count - 1]) (\(more))"
    }
}
