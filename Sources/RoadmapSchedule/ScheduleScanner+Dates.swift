/// The date expressions of the grammar: numeric dates and ranges, day + month, months and month
/// ranges, seasons, years and year spans, half-years and quarters.
extension ScheduleScanner {
    /// The date pieces starting at token `j`, and the index after them; `nil` when none starts there.
    /// An impossible date is consumed with a warning and yields no piece.
    mutating func piece(at j: Int) -> ([SchedulePiece], Int)? {
        guard j < tokens.count else { return nil }
        let token = tokens[j]
        if token.kind == .number {
            if let result = numericDate(at: j) { return result }
            if let result = dayMonth(at: j) { return result }
            if let result = year(at: j) { return result }
            return part(at: j)
        }
        switch token.keyword {
        case .month: return month(at: j)
        case .season(let first): return season(first, at: j)
        case .ordinal: return part(at: j)
        default: return nil
        }
    }

    /// `DD.MM.YYYY`, `DD.MM.YY`, `DD.MM` and `DD.MM.` at `j`: (day, month, year, next index).
    func dottedDate(at j: Int) -> (Int, Int, Int?, Int)? {
        guard let d = number(j, digits: 1...2), kind(j + 1) == .dot, let m = number(j + 2, digits: 1...2) else {
            return nil
        }
        if kind(j + 3) == .dot {
            if let y = number(j + 4, digits: 4...4) { return (d, m, y, j + 5) }
            if let y = number(j + 4, digits: 2...2), kind(j + 5) != .dot { return (d, m, 2000 + y, j + 5) }
            return (d, m, nil, j + 4)
        }
        return (d, m, nil, j + 3)
    }

    /// «30.06.2023», «01.02-15.05.2023», «01.03.-20.05.2023», «01.02.2023 – 15.05.2023», «15.02».
    mutating func numericDate(at j: Int) -> ([SchedulePiece], Int)? {
        guard let (d1, m1, y1, after) = dottedDate(at: j) else { return nil }
        var next = after
        var second: (Int, Int, Int?, Int)?
        if kind(after) == .dash, let b = dottedDate(at: after + 1) {
            second = b
            next = b.3
        }
        next = skipYearNoun(next)
        guard checkDay(d1, m1, y1), second.map({ checkDay($0.0, $0.1, $0.2) }) ?? true else {
            return ([], next)
        }
        let first = DayRef(day: d1, month: m1, year: y1)
        let shape: SchedulePiece.Shape
        if let (d2, m2, y2, _) = second {
            shape = .days(start: first, end: DayRef(day: d2, month: m2, year: y2))
        } else {
            shape = .days(start: nil, end: first)
        }
        return ([SchedulePiece(shape: shape, start: tokens[j].start, end: tokens[next - 1].end)], next)
    }

    /// Whether a day exists; warns `impossible-date` when it does not.
    mutating func checkDay(_ d: Int, _ m: Int, _ y: Int?) -> Bool {
        let valid: Bool
        if let y {
            valid = LocalDate(year: y, month: m, day: d) != nil
        } else {
            valid = (1...12).contains(m) && d >= 1 && d <= LocalDate.daysIn(month: m, year: 2000)
        }
        if !valid {
            let what = y.map { "\(LocalDate.pad(d, 2)).\(LocalDate.pad(m, 2)).\($0)" } ?? "\(d).\(m)"
            warnings.append(ScheduleWarning(.impossibleDate, ru: "такой даты нет: «\(what)»", en: "no such date: “\(what)”"))
        }
        return valid
    }

    /// A year of four digits after index `j`, with «г.»/«года» after it: (year, next index).
    func optionalYear(at j: Int) -> (Int?, Int) {
        if let y = number(j, digits: 4...4), (1900...2200).contains(y) { return (y, skipYearNoun(j + 1)) }
        return (nil, j)
    }

    /// «31 мая», «15 февраля 2023 г.», «15 мая - 15 июня 2023», «1-15 сентября».
    mutating func dayMonth(at j: Int) -> ([SchedulePiece], Int)? {
        guard let d = number(j, digits: 1...2) else { return nil }
        if kind(j + 1) == .dash, let d2 = number(j + 2, digits: 1...2), let m = isMonth(j + 3) {
            let (y, next) = optionalYear(at: j + 4)
            guard checkDay(d, m, y), checkDay(d2, m, y) else { return ([], next) }
            let piece = SchedulePiece(
                shape: .days(start: DayRef(day: d, month: m, year: y), end: DayRef(day: d2, month: m, year: y)),
                start: tokens[j].start, end: tokens[next - 1].end)
            return ([piece], next)
        }
        guard let m = isMonth(j + 1) else { return nil }
        var (y, next) = optionalYear(at: j + 2)
        var start: DayRef?
        var end = DayRef(day: d, month: m, year: y)
        if kind(next) == .dash, let d2 = number(next + 1, digits: 1...2), let m2 = isMonth(next + 2) {
            let (y2, after) = optionalYear(at: next + 3)
            guard checkDay(d, m, y ?? y2), checkDay(d2, m2, y2) else { return ([], after) }
            if y == nil, let y2 { y = (m, d) > (m2, d2) ? y2 - 1 : y2 }
            start = DayRef(day: d, month: m, year: y)
            end = DayRef(day: d2, month: m2, year: y2)
            next = after
        } else {
            guard checkDay(d, m, y) else { return ([], next) }
        }
        let piece = SchedulePiece(shape: .days(start: start, end: end), start: tokens[j].start, end: tokens[next - 1].end)
        return ([piece], next)
    }

    /// «март», «Май – июнь 2022 г.», «март-апрель 2023г», «Март- апрель», «январь 2024 август 2025».
    mutating func month(at j: Int) -> ([SchedulePiece], Int)? {
        guard let m1 = isMonth(j) else { return nil }
        let (y1, afterFirst) = optionalYear(at: j + 1)
        var end = DayRef(month: m1, year: y1)
        var next = afterFirst
        if kind(afterFirst) == .dash, let m2 = isMonth(afterFirst + 1) {
            let (y2, after) = optionalYear(at: afterFirst + 2)
            end = DayRef(month: m2, year: y2)
            next = after
        } else if y1 != nil, let m2 = isMonth(afterFirst), case (let y2?, let after) = optionalYear(at: afterFirst + 1) {
            end = DayRef(month: m2, year: y2)
            next = after
        }
        let start = DayRef(month: m1, year: y1)
        if let y1, let y2 = end.year, (y2, end.month) < (y1, m1) {
            warnings.append(reversed(quote(j, next)))
            return ([SchedulePiece(shape: .days(start: nil, end: end), start: tokens[j].start, end: tokens[next - 1].end)], next)
        }
        let piece = SchedulePiece(shape: .days(start: start, end: end), start: tokens[j].start, end: tokens[next - 1].end)
        return ([piece], next)
    }

    func reversed(_ text: String) -> ScheduleWarning {
        ScheduleWarning(
            .reversedRange, ru: "конец периода раньше начала: «\(text)»; учтён только срок окончания",
            en: "the range ends before it starts: “\(text)”; only its end is kept as the deadline")
    }

    /// «весна», «летом 2023», «осень», «зима» (December to February).
    mutating func season(_ first: Int, at j: Int) -> ([SchedulePiece], Int)? {
        let (y, next) = optionalYear(at: j + 1)
        let last = first == 12 ? 2 : first + 2
        let endYear = y.map { first == 12 ? $0 + 1 : $0 }
        let piece = SchedulePiece(
            shape: .days(start: DayRef(month: first, year: y), end: DayRef(month: last, year: endYear)),
            start: tokens[j].start, end: tokens[next - 1].end)
        return ([piece], next)
    }

    /// «2023», «2021 г.», «2022-2025 гг.», «2021-2022 учебного года», «2021/2022 учебный год».
    mutating func year(at j: Int) -> ([SchedulePiece], Int)? {
        guard let y1 = number(j, digits: 4...4), (1900...2200).contains(y1) else { return nil }
        var next = skipYearNoun(j + 1)
        var y2: Int?
        if kind(next) == .dash || kind(next) == .slash, let y = number(next + 1, digits: 4...4), (1900...2200).contains(y) {
            y2 = y
            next = skipYearNoun(next + 2)
        }
        var academic = false
        if keyword(next) == .academic, keyword(skip(next + 1, [.dot])) == .yearNoun {
            academic = true
            next = skipYearNoun(skip(next + 1, [.dot]))
        }
        let range = (tokens[j].start, tokens[next - 1].end)
        guard let y2 else {
            var piece = SchedulePiece(
                shape: .days(
                    start: DayRef(month: academic ? 9 : 1, year: y1), end: DayRef(month: academic ? 8 : 12, year: academic ? y1 + 1 : y1)),
                start: range.0, end: range.1)
            piece.isBareYear = !academic
            return ([piece], next)
        }
        if y2 < y1 || (academic && y2 != y1 + 1) {
            warnings.append(reversed(quote(j, next)))
            let piece = SchedulePiece(shape: .days(start: nil, end: DayRef(month: 12, year: max(y1, y2))), start: range.0, end: range.1)
            return ([piece], next)
        }
        var piece = SchedulePiece(
            shape: .days(start: DayRef(month: academic ? 9 : 1, year: y1), end: DayRef(month: academic ? 8 : 12, year: y2)),
            start: range.0, end: range.1)
        piece.maybeAcademicYear = !academic && y2 == y1 + 1
        return ([piece], next)
    }

    /// «первое, второе полугодие», «I квартал 2023», «2 полугодие», «1-е полугодие».
    mutating func part(at j: Int) -> ([SchedulePiece], Int)? {
        var indices: [(Int, Int)] = []
        var k = j
        func index(at n: Int) -> Int? {
            if case .ordinal(let value) = keyword(n) { return value }
            return number(n, digits: 1...1)
        }
        while true {
            guard let n = index(at: k) else { break }
            k += 1
            if kind(k) == .dash, kind(k + 1) == .word, tokens[k + 1].length <= 2, tokens[k + 1].keyword == nil { k += 2 }
            if kind(k) == .dash, let to = index(at: k + 1) {
                indices.append((n, to))
                k += 2
                if kind(k) == .dash, kind(k + 1) == .word, tokens[k + 1].length <= 2, tokens[k + 1].keyword == nil { k += 2 }
            } else {
                indices.append((n, n))
            }
            let sep = skip(k, [.comma])
            if keyword(sep) == .and || sep > k {
                if case .ordinal = keyword(sep + (keyword(sep) == .and ? 1 : 0)) {
                    k = sep + (keyword(sep) == .and ? 1 : 0)
                    continue
                }
                if number(sep + (keyword(sep) == .and ? 1 : 0), digits: 1...1) != nil {
                    k = sep + (keyword(sep) == .and ? 1 : 0)
                    continue
                }
            }
            break
        }
        let size: Int
        switch keyword(k) {
        case .halfNoun: size = 6
        case .quarterNoun: size = 3
        case .termQuarter, .trimester:
            return schoolTerms(indices, kind: keyword(k) == .termQuarter ? .quarter : .trimester, from: j, noun: k)
        default: return nil
        }
        let (y, next) = optionalYear(at: k + 1)
        let limit = size == 6 ? 2 : 4
        var result: [SchedulePiece] = []
        for (from, to) in indices {
            guard (1...limit).contains(from), (1...limit).contains(to), from <= to else {
                warnings.append(
                    ScheduleWarning(
                        .impossibleDate,
                        ru: "нет такого \(size == 6 ? "полугодия" : "квартала"): \(from == to ? "\(from)" : "\(from)-\(to)")",
                        en: "no such \(size == 6 ? "half-year" : "quarter"): \(from == to ? "\(from)" : "\(from)-\(to)")"))
                continue
            }
            let shape: SchedulePiece.Shape =
                from == to
                ? .part(size: size, index: from, year: y)
                : .days(start: DayRef(month: (from - 1) * size + 1, year: y), end: DayRef(month: to * size, year: y))
            result.append(SchedulePiece(shape: shape, start: tokens[j].start, end: tokens[next - 1].end))
        }
        return (result, next)
    }
}
