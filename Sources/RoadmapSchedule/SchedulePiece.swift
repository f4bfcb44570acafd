/// A day, a month or a year as written, before it is placed in the roadmap's period.
struct DayRef: Hashable, Sendable {
    /// `nil` means the whole month: its first day as a start, its last day as an end.
    var day: Int?
    var month: Int
    /// `nil` when the text gives no year («март», «31 мая», «15.02»).
    var year: Int?
}

/// One date expression found in a deadline text, in the parser's intermediate form.
struct SchedulePiece: Sendable {
    enum Shape: Sendable {
        /// From `start` (or a due date when `nil`) to `end`.
        case days(start: DayRef?, end: DayRef)
        /// One occurrence per year of the plan («в течение года», «ежегодно», «постоянно»).
        case yearUnits
        /// A half-year (`size` 6) or quarter (`size` 3) by its index, of a year if given.
        case part(size: Int, index: Int, year: Int?)
        /// The whole period of the plan («в течение всего периода»).
        case wholePeriod
        /// A day of every month («до 5 числа каждого месяца»): each monthly occurrence ends on it.
        case dayOfMonth(Int)
        /// School terms `from`…`to` of each school year («II четверть», «I–II триместр»); `from`
        /// `nil` = every term («по четвертям»). Dates from `SchoolCalendar`.
        case term(SchoolCalendar.TermKind, from: Int?, to: Int?)
    }

    var shape: Shape
    /// Scalar range in the source (for messages).
    var start: Int
    var end: Int
    /// «до декабря»: the deadline is the day before the month starts.
    var exclusiveEnd = false
    /// Only a due date, no window («до 31 мая»).
    var deadlineOnly = false
    /// Throughout its span («в течение …», «постоянно»).
    var continuous = false
    /// «… – далее ежегодно»: repeats every following year of the plan.
    var repeatsAnnually = false
    /// «апрель, далее в течение года»: continues until the end of that year of the plan.
    var continuesToYearEnd = false
    /// Only a year («2023», «2021 г.»): it becomes the year context of undated parts when there are any.
    var isBareYear = false
    /// Two consecutive years without «учебный год» («2021-2022»): an academic year when the plan's period is that academic year.
    var maybeAcademicYear = false
    /// «в течение учебного года» without its years: in a plan that is not an academic year it is
    /// flagged (`academic-year-in-calendar-plan`), not silently read as the plan's year.
    var academicYearWords = false
    /// A «до …» deadline that closes a preceding continuous span («в течение учебного года, до декабря 2022 года»).
    var closesSpan = false

    /// Whether the piece names a year anywhere.
    var hasYear: Bool {
        switch shape {
        case .days(let s, let e): s?.year != nil || e.year != nil
        case .yearUnits: false
        case .part(_, _, let y): y != nil
        case .wholePeriod, .dayOfMonth, .term: false
        }
    }
}
