extension Schedule {
    /// How many occurrences compliance expects by `date`: one per occurrence whose deadline has
    /// passed (or is today). Zero means the item is not yet expected. See Docs/schedules.md, "Counting
    /// in compliance".
    package func expectedCount(asOf date: LocalDate) -> Int { due(asOf: date).count }

    /// The occurrence the activity's current progress record answers for on `date`: the latest one due.
    package func latestDue(asOf date: LocalDate) -> Occurrence? { due(asOf: date).last }

    /// Whether a completion on `completedOn` satisfies the schedule on `date`.
    ///
    /// One-off items (deadline, window): any completion on or before `date`. Recurring and
    /// continuous items are counted by occurrence: the completion must fall on or after the start
    /// of the latest due occurrence (for a due date without a window, after the previous
    /// occurrence's deadline), so a report from last quarter does not satisfy this quarter.
    /// Conditional and not-understood items: any completion on or before `date` (they count only
    /// once done).
    package func isSatisfied(asOf date: LocalDate, completedOn: LocalDate?) -> Bool {
        guard let completedOn, completedOn <= date else { return false }
        switch kind {
        case .deadline, .window, .conditional, .unknown:
            return true
        case .recurring, .continuous:
            let due = due(asOf: date)
            guard let latest = due.last else { return true }
            let from: LocalDate? =
                latest.start ?? (due.count > 1 ? due[due.count - 2].end.adding(days: 1) : nil)
            return from.map { completedOn >= $0 } ?? true
        }
    }
}
