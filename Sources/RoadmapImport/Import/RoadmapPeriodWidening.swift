/// «Outside the period is visible» at import: a document whose deadlines run past its stated period
/// (a roadmap titled «на 2021-2022 учебный год» with items due up to 28.02.2023) is imported with its
/// period widened to its latest deadline and a note saying so — never with those items silently
/// out of every count. Deadlines *before* the stated start (a 2022 date in a 2023 plan) are read as
/// misdated: the period stays, `roadmap validate` reports them (`date-outside-period`), the reports
/// count them «вне периода», and `roadmap amend` corrects them.
enum RoadmapPeriodWidening {
    /// The period to keep for `roadmap` and, when it was widened, the note for the import report.
    static func widen(_ roadmap: Roadmap, calendar: SchoolCalendar = .standard) -> (period: Period, note: ImportScheduleNote?) {
        let parser = ScheduleParser(period: roadmap.period, calendar: calendar)
        var latest: (date: LocalDate, activity: Activity)?
        for activity in roadmap.activities where !activity.schedule.isEmpty {
            for occurrence in parser.parse(activity.schedule).occurrences where occurrence.end > roadmap.period.end {
                if latest.map({ occurrence.end > $0.date }) ?? true { latest = (occurrence.end, activity) }
            }
        }
        guard let latest else { return (roadmap.period, nil) }
        let widened = Period.custom(start: roadmap.period.start, end: latest.date)
        let stated = roadmap.period.canonicalText
        let note = ImportScheduleNote(
            activity: latest.activity.id, schedule: latest.activity.schedule,
            message: LocalizedText(
                ru:
                    "сроки выходят за период документа (\(stated)) до \(latest.date.russianString): период расширен до \(widened.canonicalText), чтобы эти мероприятия учитывались; проверьте",
                en:
                    "deadlines run past the document's period (\(stated)) up to \(latest.date.russianString): the period is widened to \(widened.canonicalText) so these items are counted; please check"
            ))
        return (widened, note)
    }
}
