/// One task's memo of the warnings of schedule texts, in front of a shared `ScheduleCache`: a
/// repeated text («До 15.02.2023» in thousands of school roadmaps) costs one lock-free lookup and
/// no copy of the parsed schedule.
struct ScheduleWarningMemo {
    struct Key: Hashable {
        var text: String
        var period: Period
    }

    let cache: ScheduleCache
    private var entries: [Key: [ScheduleWarning]] = [:]

    init(cache: ScheduleCache) { self.cache = cache }

    /// `cache.schedule(text, period: period).warnings`, remembered.
    mutating func warnings(_ text: String, period: Period) -> [ScheduleWarning] {
        let key = Key(text: text, period: period)
        if let hit = entries[key] { return hit }
        let warnings = cache.schedule(text, period: period).warnings
        entries[key] = warnings
        return warnings
    }
}
