/// The span of dates whose occurrences a percentage counts.
///
/// A roadmap of one calendar or academic year is measured over its whole period. A roadmap of
/// several years («2022-2025 гг.») is measured year by year: the calendar year of the as-of date,
/// inside the period, because the checkpoints' 30 % / 80 % are shares of a year's work.
package enum MonitoringWindow {
    /// The first and last day counted for `period` as of `date`.
    package static func window(for period: Period, asOf date: LocalDate) -> ClosedRange<LocalDate> {
        let spansYears = period.end.dayNumber - period.start.dayNumber > 366
        guard spansYears else { return period.start...period.end }
        let year = min(max(date.year, period.start.year), period.end.year)
        let start = max(period.start, LocalDate.firstDay(year: year, month: 1))
        let end = min(period.end, LocalDate.lastDay(year: year, month: 12))
        return start...end
    }
}
