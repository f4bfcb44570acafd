/// Which occurrence of a lower activity corresponds to which occurrence of its parent.
///
/// Each parent occurrence owns a window: a stated window («01.02-15.05») is its own span; a due
/// date («30.06.2023», «ежеквартально») reaches back to the parent's previous occurrence or the
/// last monitoring checkpoint before it, whichever is later («30.11» owns 01.07–30.11, never May).
/// A lower occurrence corresponds to the parent occurrence whose window holds its deadline; the
/// latest one in a window is the one that answers it (a monthly lower item answers a quarter with
/// the quarter's last month).
package enum OccurrenceWindows {
    /// One parent occurrence's window: lower deadlines in `after < d ≤ end` (and `d ≥ start`) belong to it.
    package struct Window: Hashable, Sendable {
        package var after: LocalDate?
        package var start: LocalDate?
        package var end: LocalDate

        package func contains(_ date: LocalDate) -> Bool {
            if let after, date <= after { return false }
            if let start, date < start { return false }
            return date <= end
        }
    }

    /// How a lower activity's occurrences fall into its parent's windows.
    package struct Match: Hashable, Sendable {
        /// For each parent occurrence, the lower occurrence that answers it (`nil`: none in its window).
        package var answers: [Occurrence?]
        /// Lower occurrences inside the parent's period that fall in no window.
        package var strays: [Occurrence]
        /// Positions of the parent occurrences the lower activity should answer but does not (those
        /// outside the lower roadmap's own period are not its to answer).
        package var unanswered: [Int]

        /// Whether every parent occurrence in the lower period is answered and no lower occurrence strays.
        package var corresponds: Bool { strays.isEmpty && unanswered.isEmpty }
    }

    /// The windows of `parent` (sorted by deadline), bounded by `checkpoints` for due dates.
    package static func windows(_ parent: [Occurrence], checkpoints: [LocalDate]) -> [Window] {
        let sorted = parent.sorted()
        var result: [Window] = []
        var previous: LocalDate?
        for occurrence in sorted {
            var after = previous
            if occurrence.start == nil, let checkpoint = checkpoints.filter({ $0 < occurrence.end }).max() {
                after = max(after ?? checkpoint, checkpoint)
            }
            result.append(Window(after: after, start: occurrence.start, end: occurrence.end))
            previous = occurrence.end
        }
        return result
    }

    /// Matches `lower`'s occurrences inside `period` (the parent's) against `parent`'s windows; a
    /// parent occurrence that does not overlap `lowerPeriod` (the lower roadmap's own period: an
    /// academic year ending in August does not answer for November) is not expected to be answered.
    package static func match(
        parent: [Occurrence], lower: [Occurrence], period: Period, lowerPeriod: Period? = nil, checkpoints: [LocalDate]
    ) -> Match {
        let parent = parent.sorted()
        let windows = windows(parent, checkpoints: checkpoints)
        var answers: [Occurrence?] = Array(repeating: nil, count: windows.count)
        var strays: [Occurrence] = []
        for occurrence in lower.sorted() where period.contains(occurrence.end) {
            if let w = windows.firstIndex(where: { $0.contains(occurrence.end) }) {
                answers[w] = occurrence  // sorted: the latest in the window wins
            } else {
                strays.append(occurrence)
            }
        }
        let unanswered = parent.indices.filter { i in
            guard answers[i] == nil else { return false }
            guard let lowerPeriod else { return true }
            return (parent[i].start ?? parent[i].end) <= lowerPeriod.end && parent[i].end >= lowerPeriod.start
        }
        return Match(answers: answers, strays: strays, unanswered: unanswered)
    }

    /// The checkpoint dates around a period: each checkpoint in every year the period touches and
    /// the year before (a due date early in the year reaches back to last year's last checkpoint).
    package static func checkpointDates(_ checkpoints: [Checkpoint], period: Period) -> [LocalDate] {
        var dates: [LocalDate] = []
        for year in (period.start.year - 1)...period.end.year {
            for checkpoint in checkpoints { if let d = checkpoint.date(in: year) { dates.append(d) } }
        }
        return dates.sorted()
    }
}
