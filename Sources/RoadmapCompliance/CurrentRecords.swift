/// The current progress records of one log as known on a date (`ProgressLog.current(asOf:)`), by
/// position in the log's records and grouped by activity: the evaluator's form. One lookup per
/// activity finds its whole-activity record and its per-occurrence ones, where a table keyed by
/// (activity, occurrence) took one lookup per occurrence — twelve for a monthly activity.
struct CurrentRecords {
    /// One activity's current records.
    struct Entry {
        /// The current record without an occurrence, if any.
        var whole: Int?
        /// The current record per occurrence date, in the order the dates first appear.
        var occurrences: [(date: LocalDate, index: Int)] = []

        /// The current record for the occurrence ending on `date`.
        func record(for date: LocalDate) -> Int? {
            occurrences.first { $0.date == date }?.index
        }
    }

    /// Activity ids, numbered as `entries`.
    private var activities: IDTable
    private var entries: [Entry] = []

    /// The log's current records as of `date`, as known on `knownOn` (`ProgressRecord.tells`): of
    /// the records that tell the state then, for the same activity and occurrence the later
    /// `reportedOn` wins, ties by file order.
    init(_ log: ProgressLog?, asOf date: LocalDate, knownOn: LocalDate? = nil) {
        guard let records = log?.records else {
            activities = IDTable(capacity: 0)
            return
        }
        activities = IDTable(capacity: records.count)
        entries.reserveCapacity(records.count)
        for index in records.indices where records[index].tells(asOf: date, knownOn: knownOn) {
            let new = records[index].reportedOn
            // An existing record stays when this one was reported earlier.
            func supersedes(_ existing: Int) -> Bool {
                guard let old = records[existing].reportedOn, let new else { return true }
                return !(new < old)
            }
            let occurrence = records[index].occurrence
            modify(records[index].activity) { entry in
                guard let occurrence else {
                    if entry.whole.map(supersedes) ?? true { entry.whole = index }
                    return
                }
                if let slot = entry.occurrences.firstIndex(where: { $0.date == occurrence }) {
                    if supersedes(entry.occurrences[slot].index) { entry.occurrences[slot].index = index }
                } else {
                    entry.occurrences.append((occurrence, index))
                }
            }
        }
    }

    private mutating func modify(_ activity: String, _ change: (inout Entry) -> Void) {
        let (inserted, number) = activities.insert(activity)
        if inserted { entries.append(Entry()) }
        change(&entries[Int(number)])
    }

    /// The current records of an activity, if it has any.
    func entry(_ activity: String) -> Entry? { activities.number(of: activity).map { entries[Int($0)] } }
}
