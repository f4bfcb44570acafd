/// Parses each distinct (schedule text, period) once. Not shared between threads: each worker of a
/// parallel evaluation, validation or skeleton merge keeps its own, optionally backed by one `ScheduleCache` that all workers
/// share — a text is looked up without a lock in the worker's memo and parsed once for the whole
/// run (4,000 generated school roadmaps hold some 15,000 distinct texts among 300,000).
///
/// Texts are looked up by their UTF-8 bytes (`ByteKeyTable`), not through `String` hashing, which
/// normalises Cyrillic text on every call and dominated bulk evaluation.
package struct ScheduleMemo {
    private var keys = ByteKeyTable()
    private var periods: [Period] = []
    private var schedules: [Schedule] = []
    /// `Schedule.isMeasurable` and `occurrences` per entry: what evaluation reads, without copying
    /// the whole `Schedule` for every activity.
    private var measurable: [Bool] = []
    private var occurrences: [[Occurrence]] = []
    private var warningLists: [[ScheduleWarning]] = []
    /// `Schedule.finalDeadline` per entry (the skeleton merge's conflict check).
    private var deadlines: [LocalDate?] = []
    private let shared: ScheduleCache?

    /// A memo of its own, or in front of `shared`.
    package init(shared: ScheduleCache? = nil) { self.shared = shared }

    /// The parsed schedule of `text` in `period`.
    package mutating func schedule(_ text: String, period: Period) -> Schedule {
        schedules[entry(text, period: period)]
    }

    /// The entry of `text` in `period`, parsing it on first sight.
    package mutating func entry(_ text: String, period: Period) -> Int {
        let periodIndex: Int
        if let known = periods.firstIndex(of: period) {
            periodIndex = known
        } else {
            periodIndex = periods.count
            periods.append(period)
        }
        var bytes = text
        let id = Int(bytes.withUTF8 { keys.intern($0, parent: Int32(periodIndex)) })
        if id == schedules.count {
            let schedule = shared?.schedule(text, period: period) ?? ScheduleParser(period: period).parse(text)
            schedules.append(schedule)
            measurable.append(schedule.isMeasurable)
            occurrences.append(schedule.occurrences)
            warningLists.append(schedule.warnings)
            deadlines.append(schedule.finalDeadline)
        }
        return id
    }

    /// The parser's warnings for `text` in `period` (validation's form: no copy of the schedule).
    package mutating func warnings(_ text: String, period: Period) -> [ScheduleWarning] {
        warningLists[entry(text, period: period)]
    }

    /// `Schedule.finalDeadline` of `text` in `period` (no copy of the schedule).
    package mutating func finalDeadline(_ text: String, period: Period) -> LocalDate? {
        deadlines[entry(text, period: period)]
    }

    /// Whether entry `id` counts by occurrences (`Schedule.isMeasurable`).
    package func isMeasurable(_ id: Int) -> Bool { measurable[id] }

    /// The occurrences of entry `id`.
    package func occurrences(_ id: Int) -> [Occurrence] { occurrences[id] }
}
