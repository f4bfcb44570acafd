/// The span of dates whose occurrences a percentage counts.
///
/// A roadmap of one calendar or academic year is measured over its whole period. A roadmap of
/// several years («2022-2025 гг.») is measured year by year: the calendar year of the as-of date,
/// inside the period, because the checkpoints' 30 % / 80 % are shares of a year's work.
///
/// In a workspace's report each roadmap is measured over its own period's occurrences **that fall
/// in the report's year** (`window(for:asOf:report:)`): an academic-year municipal roadmap
/// (01.09.2023–31.08.2024) in a 2024 workspace counts its spring 2024, not its autumn 2023.
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

    /// The days counted for a roadmap of `period` in the report of a workspace of `report` as of
    /// `date`: the roadmap's own window inside the workspace's window; `nil` when they do not meet
    /// (a 2023 roadmap in a 2024 report counts nothing). Without `report`, the roadmap's own window.
    package static func window(for period: Period, asOf date: LocalDate, report: Period?) -> ClosedRange<LocalDate>? {
        let own = window(for: period, asOf: date)
        guard let report else { return own }
        let year = window(for: report, asOf: date)
        let start = max(own.lowerBound, year.lowerBound)
        let end = min(own.upperBound, year.upperBound)
        return start <= end ? start...end : nil
    }
}
