extension ProgressLog {
    /// The current record per (activity, occurrence) as known on `date`: records reported after it
    /// (`reportedOn > date`) are left out, so a report for 30.06 is not changed by what was reported
    /// in November. Records without `reportedOn` are always known.
    public func current(asOf date: LocalDate) -> [ProgressKey: ProgressRecord] {
        guard records.contains(where: { ($0.reportedOn ?? date) > date }) else { return current() }
        return ProgressLog(owner: owner, records: records.filter { ($0.reportedOn ?? date) <= date }).current()
    }

    /// `current(asOf:)` as positions in `records`, without copying records (the evaluators' form).
    func currentIndex(asOf date: LocalDate) -> [ProgressKey: Int] {
        var result: [ProgressKey: Int] = [:]
        result.reserveCapacity(records.count)
        for index in records.indices where (records[index].reportedOn ?? date) <= date {
            let key = ProgressKey(activity: records[index].activity, occurrence: records[index].occurrence)
            if let existing = result[key], let old = records[existing].reportedOn, let new = records[index].reportedOn, new < old {
                continue
            }
            result[key] = index
        }
        return result
    }

    /// The current records of one activity as known on `date` (one per occurrence; see
    /// `current(asOf:)`), without building the whole log's table. Order is the log's.
    func current(asOf date: LocalDate, activity: String) -> [ProgressRecord] {
        var chosen: [(occurrence: LocalDate?, index: Int)] = []
        for (index, record) in records.enumerated() where record.activity == activity && (record.reportedOn ?? date) <= date {
            if let slot = chosen.firstIndex(where: { $0.occurrence == record.occurrence }) {
                if let old = records[chosen[slot].index].reportedOn, let new = record.reportedOn, new < old { continue }
                chosen[slot].index = index
            } else {
                chosen.append((record.occurrence, index))
            }
        }
        return chosen.map { records[$0.index] }
    }
}
