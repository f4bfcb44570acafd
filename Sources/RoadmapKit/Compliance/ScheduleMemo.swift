/// Parses each distinct (schedule text, period) once. Not shared between threads: each worker of a
/// parallel evaluation keeps its own, backed by one `ScheduleCache` that all workers share — a
/// text is looked up without a lock in the worker's memo and parsed once for the whole run (4,000
/// generated school roadmaps hold some 15,000 distinct texts among 300,000).
public struct ScheduleMemo {
    private var parsed: [ScheduleCache.Key: Schedule] = [:]
    private let shared: ScheduleCache?

    /// A memo of its own, or in front of `shared`.
    public init(shared: ScheduleCache? = nil) { self.shared = shared }

    /// The parsed schedule of `text` in `period`.
    public mutating func schedule(_ text: String, period: Period) -> Schedule {
        let key = ScheduleCache.Key(text: text, period: period)
        if let hit = parsed[key] { return hit }
        let schedule = shared?.schedule(text, period: period) ?? ScheduleParser(period: period).parse(text)
        parsed[key] = schedule
        return schedule
    }
}
