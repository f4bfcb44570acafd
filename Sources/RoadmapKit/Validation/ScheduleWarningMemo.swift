/// One task's memo of the warnings of schedule texts, in front of a shared `ScheduleCache`: a
/// repeated text («До 15.02.2023» in thousands of school roadmaps) costs one lock-free lookup by
/// its UTF-8 bytes (`ByteKeyTable`; `String` hashing normalises Cyrillic on every call) and no
/// copy of the parsed schedule.
struct ScheduleWarningMemo {
    let cache: ScheduleCache
    private var keys = ByteKeyTable()
    private var periods: [Period] = []
    private var warnings: [[ScheduleWarning]] = []

    init(cache: ScheduleCache) { self.cache = cache }

    /// `cache.schedule(text, period: period).warnings`, remembered.
    mutating func warnings(_ text: String, period: Period) -> [ScheduleWarning] {
        let periodIndex: Int
        if let known = periods.firstIndex(of: period) {
            periodIndex = known
        } else {
            periodIndex = periods.count
            periods.append(period)
        }
        var bytes = text
        let id = Int(
            bytes.withUTF8 { buffer in
                guard let base = buffer.baseAddress else { return keys.intern([], parent: Int32(periodIndex)) }
                return keys.intern(base, buffer.count, parent: Int32(periodIndex))
            })
        if id == warnings.count { warnings.append(cache.schedule(text, period: period).warnings) }
        return warnings[id]
    }
}
