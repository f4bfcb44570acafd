/// The rules for deadlines («до …»), spans («с … по …»), continuous items («в течение …»),
/// frequencies («не реже 1 раза в месяц»), continuations («далее ежегодно») and noise.
extension ScheduleScanner {
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
                var piece = SchedulePiece(shape: .yearUnits, start: tokens[i].start, end: tokens[k - 1].end)
                piece.academicYearWords = true
                found = [piece]
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

    mutating func reversedOrLong(_ y1: Int, _ y2: Int) {
        warnings.append(
            ScheduleWarning(
                .reversedRange, ru: "учебный год \(y1)-\(y2) должен охватывать два соседних года",
                en: "academic year \(y1)-\(y2) must span two consecutive years"))
    }

    /// «не реже 1 раза в месяц», «не менее 2 раз в квартал», «один раз в квартал», «раз в полугодие», «2 раза в год»,
    /// «раз в четверть», «1 раз в триместр».
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
        // «раз в четверть», «1 раз в триместр»: once in every term of the school year.
        if times == 1, keyword(k) == .termQuarter || keyword(k) == .trimester {
            let kind: SchoolCalendar.TermKind = keyword(k) == .termQuarter ? .quarter : .trimester
            pieces.append(SchedulePiece(shape: .term(kind, from: nil, to: nil), start: tokens[i].start, end: tokens[k].end))
            mark(i, k + 1)
            i = k + 1
            return true
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

    /// «ежегодно», «ежемесячно», «ежеквартально», «ежечетвертно», «еженедельно», «постоянно».
    mutating func standalone() -> Bool {
        switch keyword(i) {
        case .annually: annual = true
        case .monthly: recurrence = ScheduleRecurrence(unit: .month)
        case .quarterly: recurrence = ScheduleRecurrence(unit: .quarter)
        case .weekly: recurrence = ScheduleRecurrence(unit: .week)
        case .termly:
            pieces.append(SchedulePiece(shape: .term(.quarter, from: nil, to: nil), start: tokens[i].start, end: tokens[i].end))
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
