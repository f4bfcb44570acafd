/// Whether a lower activity's occurrences correspond to those of the item it implements
/// (`OccurrenceWindows`), at every lower level: a municipal item against the regional plan, a school
/// activity — a generated copy or the school's own, linked with `roadmap link --school` — against a
/// regional or municipal item. `validate` reports what does not correspond (`deadline-mismatch`),
/// `explain` shows it, and `skeleton` does not let a school activity that does not correspond stand
/// for the item (`SchoolCoverage`): the item keeps its own dates.
enum ScheduleCorrespondence {
    /// What does not correspond between `parent`'s occurrences, moved earlier by the lead times of
    /// the levels down to `level`, and `own` (the lower activity `lower`, written `schedule`, in a
    /// roadmap of `lowerPeriod`); `nil` when they correspond or are not compared: a parent without
    /// dates (inside its own period), or a lower activity with no occurrence in the parent's period.
    /// A parent occurrence outside `lowerPeriod` is not the lower activity's to answer.
    static func mismatch(
        parent: ResolvedActivity, level: Level, lower: ActivityLink, schedule: String, lowerPeriod: Period,
        own: [Occurrence], rules: CascadeRules, checkpoints: [LocalDate]
    ) -> SchedulePropagation.Mismatch? {
        guard parent.schedule.isMeasurable || parent.schedule.kind == .continuous, !parent.schedule.occurrences.isEmpty
        else { return nil }
        var lead = 0
        for l in Level.allCases where l > parent.link.level && l <= level { lead += rules.leadDays(for: l) }
        // A parent date outside its own period is the parent's error (`date-outside-period`, reported
        // at the source), not the lower activity's.
        let inPeriod = parent.schedule.occurrences.filter { parent.period.contains($0.end) }
        let occurrences = SchedulePropagation.shift(inPeriod, by: lead).sorted()
        return mismatch(
            parent: occurrences, period: parent.period, lower: lower, schedule: schedule, lowerPeriod: lowerPeriod,
            own: own, checkpoints: checkpoints)
    }

    /// The same for parent occurrences already moved by the lead times (a school's generated copy
    /// of an item: its dates are the school's obligation) in the parent's `period`.
    static func mismatch(
        parent occurrences: [Occurrence], period: Period, lower: ActivityLink, schedule: String, lowerPeriod: Period,
        own: [Occurrence], checkpoints: [LocalDate]
    ) -> SchedulePropagation.Mismatch? {
        guard !occurrences.isEmpty, own.contains(where: { period.contains($0.end) }) else { return nil }
        let match = OccurrenceWindows.match(
            parent: occurrences, lower: own, period: period, lowerPeriod: lowerPeriod, checkpoints: checkpoints)
        guard !match.corresponds else { return nil }
        let sorted = occurrences.sorted()
        return SchedulePropagation.Mismatch(
            item: lower, schedule: schedule, unanswered: match.unanswered.map { sorted[$0] }, strays: match.strays)
    }
}
