/// Places the scanner's pieces in the roadmap's period and turns them into occurrences.
///
/// Rules (Docs/schedules.md has them with examples):
/// - an explicit year is kept as written (a date outside the period is warned about, not moved);
/// - a month or day without a year goes to the first year in which it falls inside the period
///   (calendar plan: that year; academic plan 2021-2022: «октябрь» → 2021, «март» → 2022); in a
///   multi-year plan, where several years fit, the first one is taken and a note says so;
/// - a bare year next to undated parts («2023 … первое, второе полугодие») is their year;
/// - «ежегодно» repeats undated parts in every year of the plan, and dated parts from their year on;
/// - «в течение года», «постоянно» give one occurrence per year of the plan (`Period.yearUnits`);
/// - a recurrence («не реже 1 раза в месяц», «один раз в квартал») splits the item's window (or
///   each year of the plan) into one occurrence per month / quarter / half-year / week.
struct ScheduleResolver {
    let period: Period
    /// Term dates and the study time (`SchoolCalendar`).
    let calendar: SchoolCalendar
    var warnings: [ScheduleWarning] = []
    var notes: [LocalizedText] = []

    init(period: Period, calendar: SchoolCalendar = .standard) {
        self.period = period
        self.calendar = calendar
    }

    typealias Span = ClosedRange<LocalDate>

    mutating func occurrences(
        of input: [SchedulePiece], annual: Bool, recurrence: ScheduleRecurrence?
    ) -> [Occurrence] {
        var pieces = input
        let dueDay = pieces.lazy.compactMap { piece -> Int? in
            if case .dayOfMonth(let n) = piece.shape { return n }
            return nil
        }.first
        if dueDay != nil { pieces.removeAll { if case .dayOfMonth = $0.shape { true } else { false } } }
        // A bare year gives its year to undated parts.
        var context: Span = period.start...period.end
        var units = period.yearUnits
        var academicHalves: Int? = nil
        if case .academicYear(let y) = period { academicHalves = y }
        let bareYears = pieces.indices.filter { pieces[$0].isBareYear }
        if bareYears.count == 1, pieces.contains(where: { !$0.hasYear }), !annual {
            let piece = pieces.remove(at: bareYears[0])
            if case .days(let s?, _) = piece.shape, let y = s.year {
                context = LocalDate.firstDay(year: y, month: 1)...LocalDate.lastDay(year: y, month: 12)
                units = [context]
                academicHalves = nil
            }
        }
        // «в течение учебного года» without its years where the period is not a school year: the
        // study time of the school years inside the period (or the bare year given), flagged.
        let schoolYearParts: [Occurrence]? =
            pieces.contains(where: \.academicYearWords) && !period.isAcademicYear
            ? calendar.studyParts(in: context) : nil
        if let schoolYearParts {
            let listed = schoolYearParts.map { "\($0.start.map(\.russianString) ?? "")–\($0.end.russianString)" }
            let parts = listed.joined(separator: "; ")
            warnings.append(
                ScheduleWarning(
                    .academicYearInCalendarPlan,
                    ru:
                        "«учебного года» в дорожной карте на период \(period.canonicalText): учебный год не совпадает с периодом, срок прочитан как учебное время внутри периода (\(parts)) — проверьте его или укажите даты (например, «01.09.2024–31.05.2025»)",
                    en:
                        "“учебного года” (school year) in a roadmap for \(period.canonicalText): the school year is not the period; read as the study time inside the period (\(parts)) — check it or state the dates (e.g. “01.09.2024–31.05.2025”)"
                ))
        }
        var result: [Occurrence] = []
        var continuousIndices: [Int] = []
        for piece in pieces {
            var found: [Occurrence] = []
            switch piece.shape {
            case .yearUnits where piece.academicYearWords && schoolYearParts != nil:
                found = (schoolYearParts ?? []).map { Occurrence(start: piece.deadlineOnly ? nil : $0.start, end: $0.end) }
            case .yearUnits:
                found = units.map { Occurrence(start: piece.deadlineOnly ? nil : $0.lowerBound, end: $0.upperBound) }
            case .wholePeriod:
                found = [Occurrence(start: piece.deadlineOnly ? nil : context.lowerBound, end: context.upperBound)]
            case .dayOfMonth:
                found = []
            case .term(let kind, let from, let to):
                found = calendar.occurrences(kind, from: from, to: to, in: period)
            case .days(var s, var e):
                if piece.maybeAcademicYear, case .academicYear(let y) = period, s?.year == y, e.year == y + 1 {
                    s = DayRef(month: 9, year: y)
                    e = DayRef(month: 8, year: y + 1)
                }
                found = days(s, e, piece, annual: annual, context: context, units: units)
            case .part(let size, let index, let year):
                let (s, e): (DayRef, DayRef)
                if year == nil, size == 6, let y = academicHalves {
                    (s, e) =
                        index == 1
                        ? (DayRef(month: 9, year: y), DayRef(month: 12, year: y))
                        : (DayRef(month: 1, year: y + 1), DayRef(month: 8, year: y + 1))
                } else {
                    (s, e) = (DayRef(month: (index - 1) * size + 1, year: year), DayRef(month: index * size, year: year))
                }
                found = days(s, e, piece, annual: annual, context: context, units: units)
            }
            if piece.closesSpan, let last = continuousIndices.last, let deadline = found.last?.end {
                let open = result[last]
                if let start = open.start, deadline >= start {
                    result[last] = Occurrence(start: start, end: deadline)
                    continue
                }
            }
            if piece.continuesToYearEnd, let last = found.last,
                let unit = (units.first { $0.contains(last.end) } ?? period.yearUnits.first { $0.contains(last.end) }),
                last.end < unit.upperBound
            {
                found.append(Occurrence(start: last.end.adding(days: 1), end: unit.upperBound))
            }
            if piece.continuous { continuousIndices += (result.count..<(result.count + found.count)) }
            result += found
        }
        if pieces.isEmpty, annual {
            result = units.map { Occurrence(start: $0.lowerBound, end: $0.upperBound) }
        }
        if let recurrence, recurrence.unit != .year {
            let spans: [Span] = result.isEmpty ? units : result.map { ($0.start ?? $0.end)...$0.end }
            result = spans.flatMap { split($0, by: recurrence.unit) }
            if let dueDay, recurrence.unit == .month {
                result = result.compactMap { o in
                    let start = o.start ?? o.end
                    let end = LocalDate(
                        year: o.end.year, month: o.end.month, day: min(dueDay, LocalDate.daysIn(month: o.end.month, year: o.end.year)))!
                    return end >= start && end <= o.end ? Occurrence(start: start, end: end) : nil
                }
            }
        }
        result.sort()
        var unique: [Occurrence] = []
        for occurrence in result where unique.last != occurrence { unique.append(occurrence) }
        return unique
    }

    /// A day/month piece in the context, or in every year of the plan for «ежегодно».
    mutating func days(
        _ s: DayRef?, _ e: DayRef, _ piece: SchedulePiece, annual: Bool, context: Span, units: [Span]
    ) -> [Occurrence] {
        let explicit = s?.year != nil || e.year != nil
        if explicit {
            guard let first = place(s, e, piece, within: context, note: false) else { return [] }
            var found = [first]
            if piece.repeatsAnnually || annual {
                let startYear = (first.start ?? first.end).year
                var shift = 1
                while startYear + shift <= period.end.year {
                    if let next = place(s.map { shifted($0, shift) }, shifted(e, shift), piece, within: context, note: false) {
                        if (next.start ?? next.end) > period.end { break }
                        found.append(next)
                    }
                    shift += 1
                }
            }
            return found
        }
        if annual {
            return units.compactMap { place(s, e, piece, within: $0, note: false) }
        }
        return place(s, e, piece, within: context, note: units.count > 1).map { [$0] } ?? []
    }

    func shifted(_ ref: DayRef, _ years: Int) -> DayRef {
        DayRef(day: ref.day, month: ref.month, year: ref.year.map { $0 + years })
    }

    /// Resolves missing years and builds the occurrence; `nil` (with a warning) for a day that does not exist.
    mutating func place(_ s: DayRef?, _ e: DayRef, _ piece: SchedulePiece, within span: Span, note: Bool) -> Occurrence? {
        var startRef = s
        var endRef = e
        if endRef.year == nil, startRef?.year == nil {
            let anchor = startRef ?? endRef
            var firstFit: Int?
            var fits = 0
            for y in span.lowerBound.year...span.upperBound.year {
                guard let first = date(anchor, year: y, asEnd: false), let last = date(anchor, year: y, asEnd: true),
                    last >= span.lowerBound && first <= span.upperBound
                else { continue }
                if firstFit == nil { firstFit = y }
                fits += 1
            }
            let y = firstFit ?? span.lowerBound.year
            if note, fits > 1 {
                notes.append(
                    LocalizedText(
                        ru: "год не указан: отнесено к \(y) (первый подходящий год периода \(period.canonicalText))",
                        en: "no year given: placed in \(y), the first fitting year of the period \(period.canonicalText)"))
            }
            if startRef != nil { startRef!.year = y }
            endRef.year = y
            if let sr = startRef, (endRef.month, endRef.day ?? 31) < (sr.month, sr.day ?? 1) { endRef.year = y + 1 }
        } else if endRef.year == nil, let sy = startRef?.year {
            endRef.year = sy
            if let sr = startRef, (endRef.month, endRef.day ?? 31) < (sr.month, sr.day ?? 1) { endRef.year = sy + 1 }
        } else if let ey = endRef.year, startRef != nil, startRef!.year == nil {
            startRef!.year = ey
            if let sr = startRef, (endRef.month, endRef.day ?? 31) < (sr.month, sr.day ?? 1) { startRef!.year = ey - 1 }
        }
        guard var end = date(endRef, year: endRef.year!, asEnd: !piece.exclusiveEnd) else {
            impossible(endRef)
            return nil
        }
        if piece.exclusiveEnd { end = end.adding(days: -1) }
        guard let startRef, !piece.deadlineOnly else { return Occurrence(end: end) }
        guard let start = date(startRef, year: startRef.year!, asEnd: false) else {
            impossible(startRef)
            return nil
        }
        if start > end {
            warnings.append(
                ScheduleWarning(
                    .reversedRange,
                    ru: "конец периода раньше начала: \(start.russianString)–\(end.russianString); учтён только срок окончания",
                    en: "the range ends before it starts: \(start.russianString)–\(end.russianString); only its end is kept as the deadline"
                ))
            return Occurrence(end: end)
        }
        return Occurrence(start: start, end: end)
    }

    mutating func impossible(_ ref: DayRef) {
        let text = "\(ref.day.map { LocalDate.pad($0, 2) } ?? "??").\(LocalDate.pad(ref.month, 2)).\(ref.year ?? 0)"
        warnings.append(ScheduleWarning(.impossibleDate, ru: "такой даты нет: \(text)", en: "no such date: \(text)"))
    }

    /// The day a reference denotes in a year: its day, or the month's first/last day.
    func date(_ ref: DayRef, year: Int, asEnd: Bool) -> LocalDate? {
        guard (1...12).contains(ref.month), (1...9999).contains(year) else { return nil }
        if let day = ref.day { return LocalDate(year: year, month: ref.month, day: day) }
        return asEnd ? LocalDate.lastDay(year: year, month: ref.month) : LocalDate.firstDay(year: year, month: ref.month)
    }

    /// One occurrence per week / month / quarter / half-year of a span, clipped to it.
    func split(_ span: Span, by unit: ScheduleRecurrence.Unit) -> [Occurrence] {
        var result: [Occurrence] = []
        var cursor = span.lowerBound
        while cursor <= span.upperBound, result.count < 10_000 {
            let unitEnd: LocalDate
            switch unit {
            case .week: unitEnd = cursor.adding(days: 6)
            case .month: unitEnd = LocalDate.lastDay(year: cursor.year, month: cursor.month)
            case .quarter: unitEnd = LocalDate.lastDay(year: cursor.year, month: ((cursor.month - 1) / 3 + 1) * 3)
            case .halfYear: unitEnd = LocalDate.lastDay(year: cursor.year, month: cursor.month <= 6 ? 6 : 12)
            case .year: unitEnd = LocalDate.lastDay(year: cursor.year, month: 12)
            }
            let end = min(unitEnd, span.upperBound)
            result.append(Occurrence(start: cursor, end: end))
            cursor = end.adding(days: 1)
        }
        return result
    }
}
