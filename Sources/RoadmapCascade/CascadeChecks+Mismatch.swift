extension CascadeChecks {
    // MARK: deadline-mismatch

    /// `deadline-mismatch` when a lower activity's occurrences inside its parent's period do not
    /// correspond to the parent's (`ScheduleCorrespondence`): a parent occurrence without its own in
    /// the same window, or an own occurrence in none of the parent's windows. Checked for municipal
    /// items (propagation then keeps the parent's dates in the schools' copies) and for school
    /// activities, generated or the school's own (the school's obligation stays the parent's dates;
    /// `skeleton` keeps the parent's item). The finding names both schedules.
    static func mismatchFinding(
        parent: CascadeCheckContext.Parent, level: Level, lowerPeriod: Period, own: [Occurrence], rules: CascadeRules,
        checkpoints: [LocalDate], place: () -> Place
    ) -> Finding? {
        guard level != .region else { return nil }
        let item = parent.item
        // The place (a copy of the activity) is built only for a finding.
        guard item.schedule.isMeasurable || item.schedule.kind == .continuous, !item.schedule.occurrences.isEmpty,
            own.contains(where: { item.period.contains($0.end) })
        else { return nil }
        guard
            var mismatch = ScheduleCorrespondence.mismatch(
                parent: item, level: level, lower: ActivityLink(level: level, activity: ""), schedule: "",
                lowerPeriod: lowerPeriod, own: own, rules: rules, checkpoints: checkpoints)
        else { return nil }
        let place = place()
        mismatch.item = ActivityLink(level: level, activity: place.activity.id)
        mismatch.schedule = place.activity.schedule
        let kept =
            level == .municipality
            ? (ru: "у школ сохраняются сроки \(item.link)", en: "schools keep \(item.link)'s dates")
            : (
                ru: "школа должна выполнить \(item.link) в его сроки", en: "the school owes \(item.link) on its dates"
            )
        return Finding(
            .warning, .deadlineMismatch, file: place.file, location: place.location + ".schedule",
            ru:
                "пункт \(place.activity.label): сроки не соответствуют срокам \(item.link) («\(item.activity.schedule)»): \(mismatch.russianText); \(kept.ru)",
            en:
                "item \(place.activity.label): deadlines do not correspond to \(item.link)'s (“\(item.activity.schedule)”): \(mismatch.englishText); \(kept.en)"
        )
    }
}
