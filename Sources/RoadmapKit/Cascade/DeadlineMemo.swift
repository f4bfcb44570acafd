/// The final deadlines of schedule texts in one period, for the skeleton merge's conflict check:
/// each text is parsed once per run (the shared `ScheduleCache`) and then looked up in the
/// worker's own table by its UTF-8 bytes, without a lock and without `String` hashing (which
/// normalises Cyrillic text on every call). Not shared between threads.
struct DeadlineMemo {
    let period: Period
    let shared: ScheduleCache
    private var keys = ByteKeyTable()
    private var deadlines: [LocalDate?] = []

    init(period: Period, shared: ScheduleCache) {
        self.period = period
        self.shared = shared
    }

    /// `Schedule.finalDeadline` of `text` in `period`.
    mutating func finalDeadline(_ text: String, period: Period) -> LocalDate? {
        guard period == self.period else { return shared.schedule(text, period: period).finalDeadline }
        let id =
            text.utf8.withContiguousStorageIfAvailable { keys.intern($0, parent: 0) }
            ?? {
                var copy = text
                return copy.withUTF8 { keys.intern($0, parent: 0) }
            }()
        if Int(id) == deadlines.count { deadlines.append(shared.schedule(text, period: period).finalDeadline) }
        return deadlines[Int(id)]
    }
}
