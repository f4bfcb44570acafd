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
///   deadline; the first on the first day of the window), as `Schedule.isSatisfied` reads it — last
///   quarter's report does not cover this quarter, and one report is one occurrence's work. A record
///   naming the occurrence wins over one that does not.
public struct RoadmapEvaluator: Sendable {
    public var asOf: LocalDate
    /// The next checkpoint's date (for `pendingByNextCheckpoint`), if any.
    public var nextCheckpoint: LocalDate?
    /// Days ahead listed as «due soon».
    public var lookAheadDays: Int

    public init(asOf: LocalDate, nextCheckpoint: LocalDate? = nil, lookAheadDays: Int = 14) {
        self.asOf = asOf
        self.nextCheckpoint = nextCheckpoint
        self.lookAheadDays = lookAheadDays
    }

    /// What became of one item.
    enum Outcome {
        case done, undocumented, notDone
    }

    /// Evaluates `roadmap` with its log (`nil` = nothing reported).
    public func evaluate(_ roadmap: Roadmap, log: ProgressLog?, memo: inout ScheduleMemo) -> RoadmapExecution {
        let schedules = roadmap.activities.map { memo.schedule($0.schedule, period: roadmap.period) }
        return evaluate(roadmap, log: log, schedules: schedules)
    }

    /// Evaluates `roadmap` with the schedules of its activities already parsed (in `activities` order).
    public func evaluate(_ roadmap: Roadmap, log: ProgressLog?, schedules: [Schedule]) -> RoadmapExecution {
        let current = log?.current(asOf: asOf) ?? [:]
        let window = MonitoringWindow.window(for: roadmap.period, asOf: asOf)
        let soonEnd = asOf.adding(days: lookAheadDays)
        var result = RoadmapExecution(owner: roadmap.owner)
        var counts = ExecutionCounts()
        for (activity, schedule) in zip(roadmap.activities, schedules) {
            let requiresDocuments = activity.documents.contains { $0.hasVisibleText }
            func item(_ deadline: LocalDate?) -> ActivityItem {
                ActivityItem(
                    owner: roadmap.owner, activity: activity.id, number: activity.number, title: activity.title,
                    deadline: deadline, documents: activity.documents, executors: activity.executors)
            }
            guard schedule.isMeasurable else {
                let record = current[ProgressKey(activity: activity.id)]
                switch outcome(record, requiresDocuments: requiresDocuments) {
                case .done:
                    counts.activities += 1
                    counts.done += 1
                    result.completedActivities.insert(activity.id)
                case .undocumented:
                    counts.undocumented += 1
                    result.undocumented.append(item(nil))
                case .notDone:
                    break
                }
                continue
            }
            let whole = current[ProgressKey(activity: activity.id)]
            // When each occurrence opens: its start, else the day after the previous deadline.
            var openings: [LocalDate] = []
            var opens = window.lowerBound
            for occurrence in schedule.occurrences {
                openings.append(occurrence.start ?? opens)
                opens = occurrence.end.adding(days: 1)
            }
            // A done record without an occurrence answers for one occurrence: the latest opened by
            // its date (the first, when it came before any opened).
            var covered: Int?
            if let whole, whole.status == .done, let date = recordDate(whole) {
                covered = openings.lastIndex { $0 <= date } ?? 0
            }
            var anyDone = false
            var allDueDone = true
            for (index, occurrence) in schedule.occurrences.enumerated() {
                let opened = openings[index]
                guard window.contains(occurrence.end) else { continue }
                var record = current[ProgressKey(activity: activity.id, occurrence: occurrence.end)]
                if record == nil, let whole, schedule.occurrences.count == 1 || whole.status != .done || covered == index {
                    record = whole
                }
                let isDue = occurrence.end <= asOf
                counts.activities += 1
                if isDue { counts.due += 1 }
                let result1 = outcome(record, requiresDocuments: requiresDocuments)
                switch result1 {
                case .done:
                    counts.done += 1
                    anyDone = true
                    if isDue { counts.dueDone += 1 }
                case .undocumented:
                    counts.undocumented += 1
                    result.undocumented.append(item(occurrence.end))
                    if isDue { allDueDone = false }
                case .notDone:
                    if isDue {
                        counts.overdue += 1
                        allDueDone = false
                        result.overdue.append(item(occurrence.end))
                    }
                }
                if result1 != .done, !isDue {
                    if let next = nextCheckpoint {
                        counts.pendingByNextCheckpoint += Self.weight(opened: opened, deadline: occurrence.end, at: next)
                    }
                    if occurrence.end <= soonEnd { result.dueSoon.append(item(occurrence.end)) }
                }
            }
            if anyDone && allDueDone { result.completedActivities.insert(activity.id) }
        }
        result.counts = counts
        return result
    }

    /// How much of an open item is expected done at `checkpoint`: 1 when due by then, else the
    /// elapsed share of its window, 0 when it opens later.
    static func weight(opened: LocalDate, deadline: LocalDate, at checkpoint: LocalDate) -> Double {
        if deadline <= checkpoint { return 1 }
        if opened > checkpoint { return 0 }
        let span = deadline.dayNumber - opened.dayNumber
        return span <= 0 ? 1 : Double(checkpoint.dayNumber - opened.dayNumber) / Double(span)
    }

    /// The date a record counts from: completedOn, else reportedOn.
    func recordDate(_ record: ProgressRecord) -> LocalDate? { record.completedOn ?? record.reportedOn }

    func outcome(_ record: ProgressRecord?, requiresDocuments: Bool) -> Outcome {
        guard let record, record.status == .done, let date = recordDate(record), date <= asOf else { return .notDone }
        if requiresDocuments && !record.evidence.contains(where: { $0.hasVisibleText }) {
            return .undocumented
        }
        return .done
    }
}
