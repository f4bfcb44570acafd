/// The grammar of deadline texts: walks the tokens once, left to right, and collects date pieces,
/// conditions, recurrence and warnings. Whatever no rule consumes becomes the leftover.
///
/// Placing pieces in the roadmap's period is `ScheduleResolver`'s job; the scanner knows no period.
struct ScheduleScanner {
    let lexer: ScheduleLexer
    let tokens: [ScheduleToken]
    /// Which tokens a rule consumed.
    var used: [Bool]
    /// Tokens consumed as noise («и», «г.»): they join leftover runs instead of splitting them.
    var noise: [Bool]
    var pieces: [SchedulePiece] = []
    var conditions: [String] = []
    /// «ежегодно» anywhere in the text.
    var annual = false
    var recurrence: ScheduleRecurrence?
    var warnings: [ScheduleWarning] = []
    var i = 0

    init(_ text: String) {
        lexer = ScheduleLexer(text)
        tokens = lexer.tokens()
        used = Array(repeating: false, count: tokens.count)
        noise = used
    }

    // MARK: - Token helpers

    func keyword(_ j: Int) -> ScheduleKeyword? { j < tokens.count ? tokens[j].keyword : nil }

    func kind(_ j: Int) -> ScheduleToken.Kind? { j < tokens.count ? tokens[j].kind : nil }

    /// A number token of `digits` digits (any when `nil`) at `j`.
    func number(_ j: Int, digits: ClosedRange<Int> = 1...9) -> Int? {
        guard j < tokens.count, tokens[j].kind == .number, digits.contains(tokens[j].length) else { return nil }
        return tokens[j].value
    }

    func isMonth(_ j: Int) -> Int? {
        if case .month(let m) = keyword(j) { return m }
        return nil
    }

    /// The next token index at or after `j` that is not punctuation of the given kinds.
    func skip(_ j: Int, _ kinds: Set<ScheduleToken.Kind>) -> Int {
        var k = j
        while k < tokens.count, kinds.contains(tokens[k].kind) { k += 1 }
        return k
    }

    /// Skips «г», «гг», «года» and the dots after them.
    func skipYearNoun(_ j: Int) -> Int {
        var k = j
        while k < tokens.count, keyword(k) == .yearNoun || tokens[k].kind == .dot { k += 1 }
        return k
    }

    mutating func mark(_ from: Int, _ to: Int) {
        guard from < to else { return }
        for k in from..<min(to, tokens.count) { used[k] = true }
    }

    /// The source text of tokens `from..<to`.
    func quote(_ from: Int, _ to: Int) -> String {
        guard from < to, to <= tokens.count else { return "" }
        return lexer.quote(tokens[from].start, tokens[to - 1].end)
    }

    // MARK: - Driver

    mutating func scan() {
        while i < tokens.count {
            if tokens[i].isPunctuation || used[i] {
                i += 1
                continue
            }
            if condition() || deadline() || span() || within() || frequency() || further() || standalone() { continue }
            if let (found, next) = piece(at: i) {
                pieces += found
                mark(i, next)
                i = max(next, i + 1)
                continue
            }
            if filler() { continue }
            i += 1
        }
    }

    /// Whether more words and numbers were left over than understood: then the text as a whole is
    /// not a deadline, whatever dates it happens to contain.
    var mostlyNotUnderstood: Bool {
        var understood = 0
        var left = 0
        for k in tokens.indices where !tokens[k].isPunctuation && !noise[k] {
            if used[k] { understood += 1 } else { left += 1 }
        }
        return left > understood
    }

    /// Unconsumed words and numbers, quoted from the source, runs joined by « … ».
    func leftover() -> String? {
        var runs: [String] = []
        var k = 0
        while k < tokens.count {
            guard !used[k], !tokens[k].isPunctuation else {
                k += 1
                continue
            }
            var last = k
            var j = k + 1
            while j < tokens.count, !used[j] || noise[j] {
                if !used[j], !tokens[j].isPunctuation { last = j }
                j += 1
            }
            j = last + 1
            runs.append(quote(k, last + 1))
            k = j
        }
        return runs.isEmpty ? nil : runs.joined(separator: " … ")
    }

    // MARK: - Rules

    /// «по мере необходимости», «по графику», «по плану …», «в соответствии с …», «согласно …»:
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
            for n in (j + 1)..<min(j + 6, tokens.count) where keyword(n) == .halfNoun || keyword(n) == .quarterNoun {
                return true
            }
            return false
        default: return false
        }
    }

    /// «до 15.02.2023», «в срок до 30.06.2022», «не позднее 01.09», «до 31 мая», «до декабря 2022 года», «до конца года».
    mutating func deadline() -> Bool {
        var k = i
        if keyword(k) == .inPrep && keyword(k + 1) == .term && keyword(k + 2) == .before {
            k += 3
        } else if keyword(k) == .term && keyword(k + 1) == .before {
            k += 2
        } else if keyword(k) == .not && keyword(k + 1) == .later {
            k += 2
        } else if keyword(k) == .before || keyword(k) == .by {
            k += 1
        } else if keyword(k) == .inPrep && keyword(k + 1) == .endNoun {
            k += 1
        } else if keyword(k) == .through && keyword(k + 1) == .completion {
            k += 1
        } else {
            return false
        }
        if let unit = relativeDuration(at: k) {
            // «не позднее 10 дней после …»: relative to an event outside the roadmap.
            keepCondition(through: unit)
            return true
        }
        let prefix = quote(i, k)
        let closes = pieces.last?.continuous == true
        if keyword(k) == .endNoun || keyword(k) == .completion {
            var end = skip(k + 1, [.dot])
            if keyword(end) == .academic { end = skip(end + 1, [.dot]) }
            if keyword(end) == .yearNoun || keyword(end) == .periodNoun {
                var piece = SchedulePiece(
                    shape: keyword(end) == .yearNoun ? .yearUnits : .wholePeriod, start: tokens[i].start,
                    end: tokens[end].end)
                piece.deadlineOnly = true
                piece.closesSpan = closes
                pieces.append(piece)
                mark(i, end + 1)
                i = end + 1
                return true
            }
        }
        if let n = number(k, digits: 1...2), keyword(k + 1) == .dayNoun {
            // «до 5 числа (каждого месяца)»: a day of every month.
            guard (1...31).contains(n) else {
                warnings.append(ScheduleWarning(.impossibleDate, ru: "такого числа нет: \(n)", en: "no such day of a month: \(n)"))
                mark(i, k + 2)
                i = k + 2
                return true
            }
            pieces.append(SchedulePiece(shape: .dayOfMonth(n), start: tokens[i].start, end: tokens[k + 1].end))
            if recurrence == nil { recurrence = ScheduleRecurrence(unit: .month) }
            mark(i, k + 2)
            i = k + 2
            return true
        }
        let parsed = piece(at: k)
        if let (found, next) = parsed, found.isEmpty {
            mark(i, next)
            i = next
            return true
        }
        guard let (found, next) = parsed, var target = found.last else {
            warnings.append(
                ScheduleWarning(
                    .unparsed, ru: "после «\(prefix)» нет даты", en: "no date after “\(prefix)”"))
            mark(i, k)
            i = k
            return true
        }
        if case .days(let s, let e) = target.shape {
            if e.day != nil {
                target.shape = .days(start: nil, end: e)
            } else {
                target.shape = .days(start: nil, end: s ?? e)
                target.exclusiveEnd = true
            }
            target.isBareYear = false
            target.maybeAcademicYear = false
        }
        target.deadlineOnly = true
        target.closesSpan = closes
        target.start = tokens[i].start
        pieces += found.dropLast()
        pieces.append(target)
        mark(i, next)
        i = next
        return true
    }

    /// «с 01.02 по 15.05.2023», «с марта по май 2023».
    mutating func span() -> Bool {
        guard keyword(i) == .from, let (first, middle) = piece(at: i + 1), let a = first.first,
            case .days(let aStart, let aEnd) = a.shape,
            keyword(middle) == .through || keyword(middle) == .before || kind(middle) == .dash,
            let (second, next) = piece(at: middle + 1), let b = second.last, case .days(_, let bEnd) = b.shape
        else { return false }
        var start = aStart ?? aEnd
        if start.day == nil, let d = aStart?.day ?? aEnd.day { start.day = d }
        var piece = SchedulePiece(shape: .days(start: start, end: bEnd), start: tokens[i].start, end: tokens[next - 1].end)
        piece.continuous = false
        pieces.append(piece)
        mark(i, next)
        i = next
        return true
    }

    /// «в течение года», «в течение учебного года 2021-2022», «в течение 2021-2022 учебного года», «в течении года».
    mutating func within() -> Bool {
        guard keyword(i) == .inPrep, keyword(i + 1) == .within else { return false }
        var k = i + 2
        if keyword(k) == .whole { k += 1 }
        var found: [SchedulePiece]
        if keyword(k) == .yearNoun {
            found = [SchedulePiece(shape: .yearUnits, start: tokens[i].start, end: tokens[k].end)]
            k += 1
        } else if keyword(k) == .academic, keyword(skip(k + 1, [.dot])) == .yearNoun {
            k = skip(k + 1, [.dot]) + 1
            if let y1 = number(k, digits: 4...4), kind(k + 1) == .dash || kind(k + 1) == .slash,
                let y2 = number(k + 2, digits: 4...4)
            {
                let end = skipYearNoun(k + 3)
                found = [
                    SchedulePiece(
                        shape: .days(start: DayRef(month: 9, year: y1), end: DayRef(month: 8, year: y2)),
                        start: tokens[i].start, end: tokens[end - 1].end)
                ]
                if y2 != y1 + 1 { reversedOrLong(y1, y2) }
                k = end
            } else {
                found = [SchedulePiece(shape: .yearUnits, start: tokens[i].start, end: tokens[k - 1].end)]
            }
        } else if let unit = relativeDuration(at: k) {
            // «в течение месяца», «в течение 10 дней после …»: relative to an event outside the roadmap.
            keepCondition(through: unit)
            return true
        } else if keyword(k) == .periodNoun {
            found = [SchedulePiece(shape: .wholePeriod, start: tokens[i].start, end: tokens[k].end)]
            k += 1
        } else if let (pieces, next) = piece(at: k) {
            found = pieces
            k = next
        } else {
            return false
        }
        for index in found.indices {
            found[index].continuous = true
            found[index].isBareYear = false
        }
        pieces += found
        mark(i, k)
        i = k
        return true
    }

    /// «месяца», «недели», «10 дней», «2 месяцев» at `k`: the index of the unit word.
    func relativeDuration(at k: Int) -> Int? {
        let units: [ScheduleKeyword] = [.monthNoun, .weekNoun, .daysNoun]
        if let word = keyword(k), units.contains(word) { return k }
        if number(k, digits: 1...3) != nil, let word = keyword(k + 1), units.contains(word) { return k + 1 }
        return nil
    }

    mutating func reversedOrLong(_ y1: Int, _ y2: Int) {
        warnings.append(
            ScheduleWarning(
                .reversedRange, ru: "учебный год \(y1)-\(y2) должен охватывать два соседних года",
                en: "academic year \(y1)-\(y2) must span two consecutive years"))
    }

    /// «не реже 1 раза в месяц», «не менее 2 раз в квартал», «один раз в квартал», «раз в полугодие», «2 раза в год».
    mutating func frequency() -> Bool {
        var k = i
        var times = 1
        if keyword(k) == .not, keyword(k + 1) == .less || keyword(k + 1) == .fewer { k += 2 }
        if let n = number(k, digits: 1...2), keyword(k + 1) == .times {
            times = max(n, 1)
            k += 1
        } else if keyword(k) == .one, keyword(k + 1) == .times {
            k += 1
        }
        if keyword(k) == .each {
            k += 1
        } else {
            guard keyword(k) == .times else { return false }
            k += 1
            if keyword(k) == .inPrep { k += 1 }
        }
        let unit: ScheduleRecurrence.Unit
        switch keyword(k) {
        case .monthNoun: unit = .month
        case .quarterNoun: unit = .quarter
        case .halfNoun: unit = .halfYear
        case .weekNoun: unit = .week
        case .yearNoun: unit = .year
        default: return false
        }
        if unit == .year {
            annual = true
            if times > 1 { recurrence = ScheduleRecurrence(unit: .year, minimumTimes: times) }
        } else {
            recurrence = ScheduleRecurrence(unit: unit, minimumTimes: times)
        }
        mark(i, k + 1)
        i = k + 1
        return true
    }

    /// «… – далее ежегодно», «…, далее в течение года».
    mutating func further() -> Bool {
        guard keyword(i) == .further else { return false }
        let k = skip(i + 1, [.dash, .comma, .colon])
        if keyword(k) == .annually {
            if pieces.isEmpty {
                annual = true
            } else {
                for index in pieces.indices where pieces[index].hasYear { pieces[index].repeatsAnnually = true }
                if !pieces.contains(where: \.hasYear) { annual = true }
            }
            mark(i, k + 1)
            i = k + 1
            return true
        }
        if keyword(k) == .inPrep, keyword(k + 1) == .within, keyword(k + 2) == .yearNoun || keyword(k + 2) == .academic {
            var end = k + 3
            if keyword(k + 2) == .academic, keyword(end) == .yearNoun { end += 1 }
            if pieces.isEmpty {
                var piece = SchedulePiece(shape: .yearUnits, start: tokens[i].start, end: tokens[end - 1].end)
                piece.continuous = true
                pieces.append(piece)
            } else {
                pieces[pieces.count - 1].continuesToYearEnd = true
            }
            mark(i, end)
            i = end
            return true
        }
        return false
    }

    /// «ежегодно», «ежемесячно», «ежеквартально», «еженедельно», «постоянно».
    mutating func standalone() -> Bool {
        switch keyword(i) {
        case .annually: annual = true
        case .monthly: recurrence = ScheduleRecurrence(unit: .month)
        case .quarterly: recurrence = ScheduleRecurrence(unit: .quarter)
        case .weekly: recurrence = ScheduleRecurrence(unit: .week)
        case .permanently, .daily:
            var piece = SchedulePiece(shape: .yearUnits, start: tokens[i].start, end: tokens[i].end)
            piece.continuous = true
            pieces.append(piece)
        default: return false
        }
        mark(i, i + 1)
        i += 1
        return true
    }

    /// Noise that carries no meaning of its own: «г.», «года», «и», a preposition before a date.
    mutating func filler() -> Bool {
        switch keyword(i) {
        case .yearNoun, .and:
            break
        case .inPrep, .on, .from, .through:
            let next = i + 1
            guard
                kind(next) == .number || isMonth(next) != nil || keyword(next).map({ if case .season = $0 { true } else { false } }) == true
            else { return false }
        default:
            return false
        }
        mark(i, i + 1)
        noise[i] = true
        i += 1
        return true
    }
}
