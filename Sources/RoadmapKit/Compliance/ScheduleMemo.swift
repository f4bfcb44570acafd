/// Parses each distinct (schedule text, period) once. Not shared between threads: each worker of a
/// parallel evaluation keeps its own (4,000 school roadmaps repeat a few dozen distinct texts).
public struct ScheduleMemo {
    private var parsed: [Key: Schedule] = [:]

    struct Key: Hashable {
        var text: String
        var period: Period
    }

    public init() {}

    /// The parsed schedule of `text` in `period`.
    public mutating func schedule(_ text: String, period: Period) -> Schedule {
        let key = Key(text: text, period: period)
        if let hit = parsed[key] { return hit }
        let schedule = ScheduleParser(period: period).parse(text)
        parsed[key] = schedule
        return schedule
    }
}
