extension Period {
    /// The years of the plan, each the span one «в течение года» / «ежегодно» occurrence covers: the
    /// calendar year, the academic year (1 September – 31 August), each calendar year of a
    /// multi-year plan, or the calendar years of explicit dates clipped to them.
    package var yearUnits: [ClosedRange<LocalDate>] {
        switch self {
        case .calendarYear, .academicYear:
            return [start...end]
        case .multiYear(let a, let b):
            return (a...max(a, b)).map { LocalDate.firstDay(year: $0, month: 1)...LocalDate.lastDay(year: $0, month: 12) }
        case .custom(let s, let e):
            guard s <= e else { return [s...s] }
            return (s.year...e.year).map {
                max(s, LocalDate.firstDay(year: $0, month: 1))...min(e, LocalDate.lastDay(year: $0, month: 12))
            }
        }
    }
}

extension Period {
    /// Whether the period is one academic year (1 September – 31 August).
    package var isAcademicYear: Bool {
        if case .academicYear = self { return true }
        return false
    }
}
