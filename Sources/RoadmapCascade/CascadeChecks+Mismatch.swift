extension CascadeChecks {
    // MARK: deadline-mismatch

    /// `deadline-mismatch` when a municipal activity's occurrences inside its parent's period do not
    /// correspond to the parent's (`OccurrenceWindows`): a parent occurrence without its own in
    /// the same window, or an own occurrence in none of the parent's windows. Propagation then keeps
    /// the parent's dates there; the finding names both schedules. A parent occurrence outside the
    /// lower roadmap's period is not its to answer (a 2022–2024 parent's 2022 occurrence is not a
    /// 2023 school's); a lower activity with no occurrence in the parent's period, or a parent
    /// without dates, is not compared.
    static func mismatchFinding(
        parent: CascadeCheckContext.Parent, level: Level, lowerPeriod: Period, own: [Occurrence], rules: CascadeRules,
        checkpoints: [LocalDate], place: () -> Place
    ) -> Finding? {
        // Municipal items are the ones whose dates tighten the schools' copies.
        guard level == .municipality else { return nil }
        let item = parent.item
        guard item.schedule.isMeasurable || item.schedule.kind == .continuous, !item.schedule.occurrences.isEmpty
        else { return nil }
        guard own.contains(where: { item.period.contains($0.end) }) else { return nil }
        var lead = 0
        for l in Level.allCases where l > item.link.level && l <= level { lead += rules.leadDays(for: l) }
        let parentOccurrences = SchedulePropagation.shift(item.schedule.occurrences, by: lead).sorted()
        let match = OccurrenceWindows.match(
            parent: parentOccurrences, lower: own, period: item.period, lowerPeriod: lowerPeriod, checkpoints: checkpoints)
        guard !match.corresponds else { return nil }
        let place = place()
        let mismatch = SchedulePropagation.Mismatch(
            item: ActivityLink(level: level, activity: place.activity.id), schedule: place.activity.schedule,
            unanswered: match.unanswered.map { parentOccurrences[$0] },
            strays: match.strays)
        return Finding(
            .warning, .deadlineMismatch, file: place.file, location: place.location + ".schedule",
            ru:
                "пункт \(place.activity.label): сроки не соответствуют срокам \(item.link) («\(item.activity.schedule)»): \(mismatch.russianText); у школ сохраняются сроки \(item.link)",
            en:
                "item \(place.activity.label): deadlines do not correspond to \(item.link)'s (“\(item.activity.schedule)”): \(mismatch.englishText); schools keep \(item.link)'s dates"
        )
    }
}
