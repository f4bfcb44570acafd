import Foundation

/// Evaluates one roadmap against its progress log as of a date (Docs/compliance.md, «Counting rules»).
///
/// - A measurable activity (`Schedule.isMeasurable`) counts one item per occurrence whose deadline
///   lies in the monitoring window; a one-off activity has one occurrence, «ежемесячно» twelve.
/// - A conditional or not-understood activity counts one item only once it is done.
/// - An item is done when its current progress record says done, is dated (completedOn, else
///   reportedOn) on or before the as-of date and, when the activity requires documents, names at
///   least one evidence document. Done without the document is *undocumented*: not done, not overdue.
/// - For a recurring activity a record naming an occurrence covers that occurrence; a done record
///   without an occurrence covers one occurrence: the latest whose window had opened by its
///   completion date (an occurrence without an explicit start opens the day after the previous
///   deadline; the first on the first day of the window) — last quarter's report does not cover
///   this quarter, and one report is one occurrence's work. A record naming the occurrence wins
///   over one that does not.
package struct RoadmapEvaluator: Sendable {
    package var asOf: LocalDate
    /// The next checkpoint's date (for `pendingByNextCheckpoint`), if any.
    package var nextCheckpoint: LocalDate?
    /// Days ahead listed as «due soon».
    package var lookAheadDays: Int
    /// How work under way counts (`workspace.json` `credit`).
    package var credit: CreditPolicy
    /// Reports made after this day are left out (`--known-on`); `nil`: everything reported counts
    /// by the date its state held (Docs/compliance.md, «Known-on date»).
    package var knownOn: LocalDate?
    /// The period of the report (the workspace's): a roadmap counts only its occurrences that fall
    /// in the report's year (`MonitoringWindow.window(for:asOf:report:)`); `nil`: its own window.
    package var report: Period?

    package init(
        asOf: LocalDate, nextCheckpoint: LocalDate? = nil, lookAheadDays: Int = 14, credit: CreditPolicy = .elapsedShare,
        knownOn: LocalDate? = nil, report: Period? = nil
    ) {
        self.asOf = asOf
        self.nextCheckpoint = nextCheckpoint
        self.lookAheadDays = lookAheadDays
        self.credit = credit
        self.knownOn = knownOn
        self.report = report
    }

    /// What became of one item.
    enum Outcome {
        case done, undocumented, notDone, notApplicable, inProgress
    }

    /// Evaluates `roadmap` with its log (`nil` = nothing reported), its activities' schedules read
    /// from `schedules`: by position when `owner` names the roadmap the index was built with (and it
    /// still has as many activities), else by text. Activities in `leaveOut` (executed only by lower
    /// levels, `ExecutedBelow`) are not counted; those in `notApplicable` (by a school-type rule:
    /// id → reason) count as «не применимо».
    package func evaluate(
        _ roadmap: Roadmap, of owner: Owner? = nil, log: ProgressLog?, schedules: ScheduleIndex,
        leaveOut: Set<String> = [], notApplicable: [String: String] = [:]
    ) -> RoadmapExecution {
        let entries = owner.flatMap { schedules.entries(of: $0, in: roadmap) }
        var pass = Pass(evaluator: self, roadmap: roadmap, log: log)
        pass.ruled = notApplicable
        // Room for every activity at once: a set grown from empty rehashes its ids five times over.
        pass.result.completedActivities.reserveCapacity(roadmap.sections.reduce(0) { $0 + $1.activities.count })
        var position = 0
        for section in roadmap.sections {
            // Read in place through a span: an `Activity` is large, and a copy per activity (a dozen
            // retains) was a fifth of bulk evaluation.
            let activities = section.activities.span
            for a in activities.indices {
                defer { position += 1 }
                if !leaveOut.isEmpty && leaveOut.contains(activities[a].id) { continue }
                if let entries {
                    let entry = Int(entries[position])
                    pass.add(activities, a, measurable: schedules.measurable[entry], occurrences: schedules.occurrences[entry])
                } else {
                    let found = schedules.counting(activities[a].schedule, period: roadmap.period)
                    pass.add(activities, a, measurable: found.measurable, occurrences: found.occurrences)
                }
            }
        }
        return pass.finish()
    }

    /// One roadmap's evaluation in progress: the current records indexed by key, the counts and lists.
    struct Pass {
        let evaluator: RoadmapEvaluator
        let owner: Owner
        let records: [ProgressRecord]
        let current: CurrentRecords
        /// The days counted: the roadmap's window inside the report's year; `nil` counts nothing.
        let window: ClosedRange<LocalDate>?
        let period: ClosedRange<LocalDate>
        let soonEnd: LocalDate
        var result: RoadmapExecution
        var counts = ExecutionCounts()
        /// Activities a school-type rule makes «не применимо», with the rule's reason.
        var ruled: [String: String] = [:]

        init(evaluator: RoadmapEvaluator, roadmap: Roadmap, log: ProgressLog?) {
            self.evaluator = evaluator
            owner = roadmap.owner
            records = log?.records ?? []
            current = CurrentRecords(log, asOf: evaluator.asOf, knownOn: evaluator.knownOn)
            window = MonitoringWindow.window(for: roadmap.period, asOf: evaluator.asOf, report: evaluator.report)
            period = roadmap.period.start...roadmap.period.end
            soonEnd = evaluator.asOf.adding(days: evaluator.lookAheadDays)
            result = RoadmapExecution(owner: roadmap.owner)
        }

        /// What became of the item the record at a position answers for (none: not done).
        func outcome(_ index: Int?, requiresDocuments: Bool) -> Outcome {
            guard let index else { return .notDone }
            if records[index].status == .notApplicable {
                // Without a reason «не применимо» hides work: the item stays owed.
                return records[index].comment?.hasVisibleText == true ? .notApplicable : .notDone
            }
            if records[index].status == .inProgress { return .inProgress }
            guard records[index].status == .done, let date = date(index), date <= evaluator.asOf else {
                return .notDone
            }
            if requiresDocuments && !records[index].evidence.contains(where: { $0.hasVisibleText }) { return .undocumented }
            return .done
        }

        /// The date the record at a position counts from: completedOn, else reportedOn.
        func date(_ index: Int) -> LocalDate? { records[index].completedOn ?? records[index].reportedOn }

        /// The list entry of activity `a` of `activities`.
        func item(_ activities: Span<Activity>, _ a: Int, _ deadline: LocalDate?) -> ActivityItem {
            var item = ActivityItem(
                owner: owner, activity: activities[a].id, number: activities[a].number, title: activities[a].title,
                deadline: deadline, documents: activities[a].documents, executors: activities[a].executors)
            if owner != .region {
                item.planItem = activities[a].implements.first { $0.level == .region }?.activity
            }
            return item
        }

        /// Adds activity `a` of `activities`, read in place.
        mutating func add(_ activities: Span<Activity>, _ a: Int, measurable: Bool, occurrences: [Occurrence]) {
            let id = activities[a].id
            if !ruled.isEmpty, let reason = ruled[id] {
                // Not owed by this kind of school: every occurrence in the window is «не применимо».
                let dated = measurable ? occurrences.filter { window?.contains($0.end) == true }.map(\.end) : [nil]
                for deadline in dated {
                    counts.notApplicable += 1
                    var listed = item(activities, a, deadline)
                    listed.note = reason
                    result.notApplicable.append(listed)
                }
                return
            }
            let requiresDocuments = activities[a].documents.contains { $0.hasVisibleText }
            let asOf = evaluator.asOf
            let entry = current.entry(id)
            guard measurable else {
                switch outcome(entry?.whole, requiresDocuments: requiresDocuments) {
                case .done:
                    counts.activities += 1
                    counts.done += 1
                    result.completedActivities.insert(id)
                case .undocumented:
                    counts.undocumented += 1
                    result.undocumented.append(item(activities, a, nil))
                case .notApplicable:
                    counts.notApplicable += 1
                    var listed = item(activities, a, nil)
                    listed.note = entry?.whole.flatMap { records[$0].comment }
                    result.notApplicable.append(listed)
                case .notDone, .inProgress:
                    break
                }
                return
            }
            let whole = entry?.whole
            // When each occurrence opens: its start, else the day after the previous deadline.
            func opening(_ index: Int) -> LocalDate {
                if let start = occurrences[index].start { return start }
                return index == 0 ? (window ?? period).lowerBound : occurrences[index - 1].end.adding(days: 1)
            }
            // A done record without an occurrence answers for one occurrence: the latest opened by
            // its date (the first, when it came before any opened).
            var covered: Int?
            if occurrences.count > 1, let whole, records[whole].status == .done, let date = date(whole) {
                covered = occurrences.indices.last { opening($0) <= date } ?? 0
            }
            var anyDone = false
            var allDueDone = true
            for index in occurrences.indices {
                let occurrence = occurrences[index]
                guard window?.contains(occurrence.end) == true else {
                    // Another year of a multi-year roadmap, or of an academic-year roadmap outside
                    // the report's year, is not counted now; a date outside the roadmap's period is
                    // counted apart, so it is seen, not lost.
                    if !period.contains(occurrence.end) {
                        counts.outsidePeriod += 1
                        result.outsidePeriod.append(item(activities, a, occurrence.end))
                    }
                    continue
                }
                var record = entry?.record(for: occurrence.end)
                if record == nil, let whole, occurrences.count == 1 || records[whole].status != .done || covered == index {
                    record = whole
                }
                let outcome = outcome(record, requiresDocuments: requiresDocuments)
                if outcome == .notApplicable {
                    counts.notApplicable += 1
                    var listed = item(activities, a, occurrence.end)
                    listed.note = record.flatMap { records[$0].comment }
                    result.notApplicable.append(listed)
                    continue
                }
                let isDue = occurrence.end <= asOf
                counts.activities += 1
                if isDue { counts.due += 1 }
                switch outcome {
                case .done:
                    counts.done += 1
                    anyDone = true
                    if isDue { counts.dueDone += 1 }
                case .undocumented:
                    counts.undocumented += 1
                    result.undocumented.append(item(activities, a, occurrence.end))
                    if isDue { allDueDone = false }
                case .notDone, .notApplicable, .inProgress:
                    if isDue {
                        counts.overdue += 1
                        allDueDone = false
                        result.overdue.append(item(activities, a, occurrence.end))
                    } else if outcome == .inProgress, opening(index) <= asOf {
                        // Work under way in an open window earns the policy's credit.
                        counts.inProgress += 1
                        if evaluator.credit == .elapsedShare {
                            counts.inProgressCredit += RoadmapEvaluator.weight(
                                opened: opening(index), deadline: occurrence.end, at: asOf)
                        }
                    }
                }
                if outcome != .done, !isDue {
                    if let next = evaluator.nextCheckpoint {
                        counts.pendingByNextCheckpoint += RoadmapEvaluator.weight(
                            opened: opening(index), deadline: occurrence.end, at: next)
                    }
                    if occurrence.end <= soonEnd { result.dueSoon.append(item(activities, a, occurrence.end)) }
                }
            }
            if anyDone && allDueDone { result.completedActivities.insert(id) }
        }

        func finish() -> RoadmapExecution {
            var done = result
            done.counts = counts
            return done
        }
    }

    /// How much of an open item is expected done at `checkpoint`: 1 when due by then, else the
    /// elapsed share of its window, 0 when it opens later.
    static func weight(opened: LocalDate, deadline: LocalDate, at checkpoint: LocalDate) -> Double {
        if deadline <= checkpoint { return 1 }
        if opened > checkpoint { return 0 }
        let span = deadline.dayNumber - opened.dayNumber
        return span <= 0 ? 1 : Double(checkpoint.dayNumber - opened.dayNumber) / Double(span)
    }
}
