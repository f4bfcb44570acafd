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
        for (index, record) in records.enumerated() where (record.reportedOn ?? date) <= date {
            let key = ProgressKey(activity: record.activity, occurrence: record.occurrence)
            if let existing = result[key], let old = records[existing].reportedOn, let new = record.reportedOn, new < old {
                continue
            }
            result[key] = index
        }
        return result
    }
}
