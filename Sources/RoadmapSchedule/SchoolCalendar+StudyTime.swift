extension SchoolCalendar {
    /// A school year's study time: from the earliest term start to the latest term end, months
    /// September–December counted before January–August (the usual terms: 01.09–31.05).
    package var studyTime: Term {
        let all = quarters + trimesters
        guard let first = all.min(by: { Term.order($0.start) < Term.order($1.start) }),
            let last = all.max(by: { Term.order($0.end) < Term.order($1.end) })
        else { return Term(9, 1, 5, 31) }
        return Term(first.start.month, first.start.day, last.end.month, last.end.day)
    }

    /// «в течение учебного года» in a plan whose period is not a school year (Docs/schedules.md): the
    /// parts of each school year's study time inside `span`, one continuous occurrence each — in a
    /// calendar year 01.01–31.05 (the end of one school year) and 01.09–31.12 (the start of the next).
    func studyParts(in span: ClosedRange<LocalDate>) -> [Occurrence] {
        let time = studyTime
        var result: [Occurrence] = []
        for schoolYear in (span.lowerBound.year - 1)...span.upperBound.year {
            func date(_ md: (month: Int, day: Int)) -> LocalDate? {
                LocalDate(year: md.month >= 9 ? schoolYear : schoolYear + 1, month: md.month, day: md.day)
            }
            guard let start = date(time.start), let end = date(time.end) else { continue }
            let from = max(start, span.lowerBound)
            let to = min(end, span.upperBound)
            if from <= to { result.append(Occurrence(start: from, end: to)) }
        }
        return result
    }
}
