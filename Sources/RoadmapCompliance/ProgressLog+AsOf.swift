extension ProgressLog {
    /// The current record per (activity, occurrence) as of `date`, as known on `knownOn`: records
    /// that do not tell the state then (`ProgressRecord.tells`) are left out — work completed after
    /// the date, reports made after `knownOn`. Records without dates are always known.
    package func current(asOf date: LocalDate, knownOn: LocalDate? = nil) -> [ProgressKey: ProgressRecord] {
        guard records.contains(where: { !$0.tells(asOf: date, knownOn: knownOn) }) else { return current() }
        return ProgressLog(owner: owner, records: records.filter { $0.tells(asOf: date, knownOn: knownOn) }).current()
    }

    /// The current records of one activity as known on `date` (one per occurrence; see
    /// `current(asOf:)`), without building the whole log's table. Order is the log's. Records are
    /// read in place: the indicators ask this of every linked activity of 40,000 schools, and a copy
    /// of each record passed over would be a handful of retains.
    func current(asOf date: LocalDate, knownOn: LocalDate? = nil, activity: String) -> [ProgressRecord] {
        currentIndices(asOf: date, knownOn: knownOn, activity: activity).map { records[$0] }
    }

    /// `current(asOf:activity:)` as positions in `records`, for reading the records in place.
    func currentIndices(asOf date: LocalDate, knownOn: LocalDate? = nil, activity: String) -> [Int] {
        var chosen: [(occurrence: LocalDate?, index: Int)] = []
        for index in records.indices
        where records[index].activity == activity && records[index].tells(asOf: date, knownOn: knownOn) {
            let occurrence = records[index].occurrence
            if let slot = chosen.firstIndex(where: { $0.occurrence == occurrence }) {
                if let old = records[chosen[slot].index].reportedOn, let new = records[index].reportedOn, new < old { continue }
                chosen[slot].index = index
            } else {
                chosen.append((occurrence, index))
            }
        }
        return chosen.map(\.index)
    }
}
