/// The terms of a school year (четверти, триместры) the deadline grammar knows: «в I четверти»,
/// «по итогам II четверти», «по четвертям», «III триместр».
///
/// A term is given by month and day; months September–December belong to the year the school year
/// starts in, January–August to the next. The dates are the usual ones (the federal calendar
/// graphic's quarters; trimesters by whole months); Docs/schedules.md lists them. A workspace keeps
/// its region's dates in `workspace.json` (`WorkspaceSettings.schoolCalendar`).
package struct SchoolCalendar: Hashable, Sendable {
    /// A kind of school term.
    package enum TermKind: String, Hashable, Sendable {
        /// Четверть: four a year.
        case quarter
        /// Триместр: three a year.
        case trimester
    }

    /// One term: first and last day as (month, day).
    package struct Term: Hashable, Sendable {
        package var start: (month: Int, day: Int)
        package var end: (month: Int, day: Int)

        package init(_ startMonth: Int, _ startDay: Int, _ endMonth: Int, _ endDay: Int) {
            start = (startMonth, startDay)
            end = (endMonth, endDay)
        }

        package static func == (a: Term, b: Term) -> Bool {
            a.start == b.start && a.end == b.end
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(start.month)
            hasher.combine(start.day)
            hasher.combine(end.month)
            hasher.combine(end.day)
        }
    }

    package var quarters: [Term]
    package var trimesters: [Term]

    /// The usual terms: quarters 01.09–27.10, 06.11–29.12, 09.01–22.03, 01.04–24.05; trimesters
    /// 01.09–30.11, 01.12–28.02, 01.03–31.05.
    package static let standard = SchoolCalendar(
        quarters: [Term(9, 1, 10, 27), Term(11, 6, 12, 29), Term(1, 9, 3, 22), Term(4, 1, 5, 24)],
        trimesters: [Term(9, 1, 11, 30), Term(12, 1, 2, 28), Term(3, 1, 5, 31)])

    package func terms(_ kind: TermKind) -> [Term] {
        switch kind {
        case .quarter: quarters
        case .trimester: trimesters
        }
    }
}
