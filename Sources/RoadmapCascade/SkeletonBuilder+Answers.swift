extension SkeletonBuilder {
    /// Whether a school's own activity (`own`, in a roadmap of `period`) answers the item `link` it
    /// implements on its dates — the test `validate` reports as `deadline-mismatch`
    /// (`ScheduleCorrespondence`, against the item itself, less the lead times). An item the
    /// cascade does not know, or dates that are not compared (a conditional text), answer.
    func answers(_ link: ActivityLink, own: Activity, period: Period) -> Bool {
        let parent =
            link.level == .region
            ? engine.regionalItem(link.activity)
            : engine.municipalItems(municipality).first { $0.link == link }
        guard let parent else { return true }
        let occurrences = engine.schedules.occurrences(own.schedule, period: period)
        return ScheduleCorrespondence.mismatch(
            parent: parent, level: .school, lower: ActivityLink(level: .school, activity: own.id), schedule: own.schedule,
            lowerPeriod: period, own: occurrences, rules: engine.rules, checkpoints: engine.checkpointDates) == nil
    }
}
