/// Conditions and external references: kept as text, the dates around them still extracted.
extension ScheduleScanner {
    /// «по мере необходимости», «по графику», «по отдельному графику/плану», «по плану …»,
    /// «в соответствии с …», «согласно …»:
    /// kept as text up to the next date expression, colon or semicolon.
    mutating func condition() -> Bool {
        let k0 = keyword(i)
        let k1 = keyword(i + 1)
        let trigger: Bool
        switch (k0, k1) {
        case (.through, .measure), (.through, .schedule), (.through, .plan), (.through, .request),
            (.through, .agreement), (.through, .results), (.inPrep, .accordance), (.when, .necessity):
            trigger = true
        case (.according, _):
            trigger = true
        case (.through, .separate):
            // «по отдельному графику», «по отдельному плану»: an external schedule, like «по графику».
            trigger = keyword(i + 2) == .schedule || keyword(i + 2) == .plan
        default:
            trigger = false
        }
        guard trigger else { return false }
        keepCondition(through: i + 1)
        return true
    }

    /// Keeps the text from `i` as a condition: at least through `first`, then up to the next date
    /// expression, colon or semicolon, without trailing prepositions.
    mutating func keepCondition(through first: Int) {
        var j = first + 1
        var last = first
        while j < tokens.count, !endsCondition(j) {
            if !tokens[j].isPunctuation { last = j }
            j += 1
        }
        let consumed = last + 1
        while last > first, isConnective(last) { last -= 1 }
        conditions.append(quote(i, last + 1))
        mark(i, consumed)
        i = consumed
    }

    func isConnective(_ j: Int) -> Bool {
        switch keyword(j) {
        case .on, .inPrep, .from, .through, .before, .and, .by: true
        default: false
        }
    }

    func endsCondition(_ j: Int) -> Bool {
        let t = tokens[j]
        if t.kind == .colon || t.kind == .semicolon || t.kind == .number { return true }
        guard let k = t.keyword else { return false }
        if k.startsDate { return true }
        switch k {
        case .inPrep: return keyword(j + 1) == .within
        case .before, .by: return kind(j + 1) == .number || isMonth(j + 1) != nil
        case .ordinal:
            for n in (j + 1)..<min(j + 6, tokens.count)
            where [.halfNoun, .quarterNoun, .termQuarter, .trimester].contains(keyword(n)) {
                return true
            }
            return false
        case .each:
            // «по итогам каждой четверти»: the terms are dates.
            return keyword(j + 1) == .termQuarter || keyword(j + 1) == .trimester
        default: return false
        }
    }

    /// «месяца», «недели», «10 дней», «2 месяцев» at `k`: the index of the unit word.
    func relativeDuration(at k: Int) -> Int? {
        let units: [ScheduleKeyword] = [.monthNoun, .weekNoun, .daysNoun]
        if let word = keyword(k), units.contains(word) { return k }
        if number(k, digits: 1...3) != nil, let word = keyword(k + 1), units.contains(word) { return k + 1 }
        return nil
    }
}
