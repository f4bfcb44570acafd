/// Recognises deadline wording in plain text: a line that is only a deadline («октябрь-ноябрь»,
/// «В течении года», «апрель, далее в») and a deadline at the end of a line («… различных форм апрель»).
enum SchedulePhrase {
    /// Month names in the cases documents use.
    static let months: Set<String> = {
        let stems = [
            "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
        ]
        var words: Set<String> = []
        for stem in stems {
            for ending in ["", "ь", "я", "е", "а", "й", "ю", "ем"] { words.insert(stem + ending) }
        }
        words.remove("ма")
        words.remove("маю")
        words.remove("маа")
        words.remove("мае")
        words.formUnion(["май", "мая", "мае"])
        return words
    }()

    /// Words that carry a deadline by themselves.
    static let heads: Set<String> = months.union([
        "течение", "течении", "ежегодно", "ежемесячно", "ежеквартально", "постоянно", "еженедельно",
    ])

    /// Words that may be part of a deadline phrase.
    static let fillers: Set<String> = [
        "в", "до", "с", "по", "далее", "года", "год", "году", "г", "гг", "и", "учебного", "учебный", "квартал",
        "полугодие", "конец", "начало", "срок", "течение", "течении",
    ]

    /// Prepositions a wrapped deadline may end with («апрель, далее в» + «течении года»).
    static let dangling: Set<String> = ["в", "до", "с", "по", "далее", "и"]

    /// The lowercased word parts of a token («Март-» → ["март"], «2023г.» → ["2023", "г"]).
    static func parts(_ token: Substring) -> [String] {
        var result: [String] = []
        var current = ""
        var lastWasDigit = false
        for c in token.lowercased() {
            if c.isLetter || c.isNumber {
                let isDigit = c.isNumber
                if !current.isEmpty && isDigit != lastWasDigit {
                    result.append(current)
                    current = ""
                }
                current.append(c)
                lastWasDigit = isDigit
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.replacingOccurrences(of: "ё", with: "е") }
    }

    static func isScheduleToken(_ token: Substring) -> Bool {
        let p = parts(token)
        if p.isEmpty { return token.allSatisfy { "-–—,.;:/".contains($0) } }
        return p.allSatisfy { heads.contains($0) || fillers.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    /// Whether the whole line is a deadline. Stops at the first word that is not part of one.
    static func isScheduleLine(_ text: String) -> Bool {
        var tokens = 0
        var named = false
        for token in WhitespaceTokens(text) {
            guard isScheduleToken(token) else { return false }
            tokens += 1
            if !named { named = hasHeadWord(CollectionOfOne(token)) }
        }
        return tokens > 0 && named
    }

    /// Splits a deadline off the end of a line: «… различных форм апрель» → («… различных форм», «апрель»).
    /// The deadline must name a month, «в течение …» or a date, and leave some text before it.
    /// Reads the line's words from the end, as far as the deadline goes.
    static func splitTrailing(_ text: String) -> (text: String, schedule: String)? {
        let whole = Substring(text)
        var tail: [Substring] = []
        var end = whole.endIndex
        while let token = WhitespaceTokens.token(in: whole, before: end), isScheduleToken(token) {
            tail.append(token)
            end = token.startIndex
        }
        // Some text must stay before the deadline: at least two words.
        guard !tail.isEmpty, let before = WhitespaceTokens.token(in: whole, before: end),
            WhitespaceTokens.token(in: whole, before: before.startIndex) != nil
        else { return nil }
        tail.reverse()
        var start = 0
        // Leading prepositions belong to the text when another one follows («… учреждений в В течении года»).
        while start + 1 < tail.count, dangling.contains(tail[start].lowercased()), dangling.contains(tail[start + 1].lowercased()) {
            start += 1
        }
        // A lowercase preposition before a capitalised deadline belongs to the text.
        if start + 1 < tail.count, dangling.contains(String(tail[start])), tail[start + 1].first?.isUppercase == true {
            start += 1
        }
        let kept = tail[start...]
        guard hasHeadWord(kept), let first = kept.first else { return nil }
        return (ImportText.collapse(whole[..<first.startIndex]), kept.joined(separator: " "))
    }

    static func hasHeadWord(_ tokens: some Collection<Substring>) -> Bool {
        tokens.contains { token in parts(token).contains { heads.contains($0) } || LocalDateTokens.isDate(token) }
    }

    /// Whether a deadline text ends with a preposition and so continues on the next line.
    static func isDangling(_ schedule: String) -> Bool {
        if schedule.hasSuffix(",") { return true }
        guard let last = schedule.split(whereSeparator: { $0.isWhitespace }).last else { return false }
        return dangling.contains(last.lowercased())
    }
}

/// Date-shaped tokens: «30.06.2023», «01.02-15.05.2023».
enum LocalDateTokens {
    static func isDate(_ token: Substring) -> Bool {
        let digits = token.filter(\.isNumber).count
        return digits >= 4 && token.contains(".") && token.allSatisfy { $0.isNumber || ".-–".contains($0) }
    }
}
