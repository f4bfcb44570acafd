extension ProgressRecord {
    /// The day the state the record reports held from: a done record's completion date (else its
    /// report date), any other record's report date; `nil` when the record does not say (then it
    /// holds always). «Не применимо» is not a state in time: it holds always.
    package var stateDate: LocalDate? {
        switch status {
        case .done: completedOn ?? reportedOn
        case .notApplicable: nil
        case .inProgress, .notStarted: reportedOn
        }
    }

    /// Whether the record tells the state as of `asOf`, as far as it was known on `knownOn`
    /// (Docs/compliance.md, «Known-on date»): its state held by `asOf` (`stateDate ≤ asOf`), and it
    /// had been reported by `knownOn` (`reportedOn ≤ knownOn`; no limit when `knownOn` is `nil`).
    /// Work finished on 20.05 and reported on 03.07 counts as of 30.06; with `knownOn` 30.06 it does not.
    package func tells(asOf: LocalDate, knownOn: LocalDate?) -> Bool {
        if let knownOn, let reportedOn, reportedOn > knownOn { return false }
        if let stateDate, stateDate > asOf { return false }
        return true
    }
}
