/// The counts behind every compliance figure (see Docs/compliance.md, «Figures»).
///
/// An *item* is one occurrence of a measurable activity inside the monitoring window, or one
/// conditional activity that is done. Counts add up the hierarchy (pooled roll-up).
public struct ExecutionCounts: Hashable, Sendable, Codable {
    /// Всего мероприятий: items counted in the percentage.
    public var activities: Int
    /// Срок наступил: items whose deadline is on or before the as-of date.
    public var due: Int
    /// Выполнено: items done, dated on or before the as-of date, with evidence when documents are required.
    public var done: Int
    /// Выполнено из наступивших: items both due and done.
    public var dueDone: Int
    /// Просрочено: items due and not done (items done without their document are not here).
    public var overdue: Int
    /// Без отчётного документа: reported done but the required document is missing (not counted as done).
    public var undocumented: Int
    /// The work still expected by the next checkpoint, in items: each item not done and not yet
    /// due weighs 1 when its deadline is on or before the checkpoint, and otherwise the share of its
    /// window (from its opening to its deadline) elapsed at the checkpoint — a year-long item weighs
    /// about 0.5 at 30.06 and 0.9 at 30.11; an item opening after the checkpoint weighs 0. (An item
    /// without an explicit start opens the day after the previous occurrence's deadline, or on the
    /// first day of the monitoring window.)
    public var pendingByNextCheckpoint: Double
    /// В работе: items reported in progress and not done, whose window is open at the as-of date.
    public var inProgress: Int = 0
    /// Зачтено за работу в процессе: the credit those items earn under the credit policy (the
    /// elapsed share of each one's window under `elapsed-share`; 0 under `done-only`).
    public var inProgressCredit: Double = 0
    /// Не применимо: items reported «не применимо» with a reason; left out of every other count.
    public var notApplicable: Int = 0
    /// Вне периода: occurrences dated outside the monitoring window; left out of every other count.
    public var outsidePeriod: Int = 0

    public init(
        activities: Int = 0, due: Int = 0, done: Int = 0, dueDone: Int = 0, overdue: Int = 0, undocumented: Int = 0,
        pendingByNextCheckpoint: Double = 0, inProgress: Int = 0, inProgressCredit: Double = 0, notApplicable: Int = 0,
        outsidePeriod: Int = 0
    ) {
        self.inProgress = inProgress
        self.inProgressCredit = inProgressCredit
        self.notApplicable = notApplicable
        self.outsidePeriod = outsidePeriod
        self.activities = activities
        self.due = due
        self.done = done
        self.dueDone = dueDone
        self.overdue = overdue
        self.undocumented = undocumented
        self.pendingByNextCheckpoint = pendingByNextCheckpoint
    }

    /// Процент исполнения: done items plus the credit for work under way, over activities × 100;
    /// `nil` when there are no activities.
    public var percent: Double? {
        activities == 0 ? nil : (Double(done) + inProgressCredit) * 100 / Double(activities)
    }

    /// Доля выполненного из наступивших: dueDone over due × 100; `nil` when nothing is due yet.
    public var onTimePercent: Double? {
        due == 0 ? nil : Double(dueDone) * 100 / Double(due)
    }

    /// The projection for the next checkpoint (Docs/compliance.md, «Projection»): what is done now plus
    /// the work expected by then (`pendingByNextCheckpoint`), completed at the rate the unit has kept so far
    /// (dueDone / due; 1 when nothing was due yet).
    public var projectedPercent: Double? {
        guard activities > 0 else { return nil }
        let rate = due == 0 ? 1.0 : Double(dueDone) / Double(due)
        return (Double(done) + pendingByNextCheckpoint * rate) * 100 / Double(activities)
    }

    /// Both counts added (pooled roll-up).
    public static func + (lhs: ExecutionCounts, rhs: ExecutionCounts) -> ExecutionCounts {
        ExecutionCounts(
            activities: lhs.activities + rhs.activities, due: lhs.due + rhs.due, done: lhs.done + rhs.done,
            dueDone: lhs.dueDone + rhs.dueDone, overdue: lhs.overdue + rhs.overdue,
            undocumented: lhs.undocumented + rhs.undocumented,
            pendingByNextCheckpoint: lhs.pendingByNextCheckpoint + rhs.pendingByNextCheckpoint,
            inProgress: lhs.inProgress + rhs.inProgress, inProgressCredit: lhs.inProgressCredit + rhs.inProgressCredit,
            notApplicable: lhs.notApplicable + rhs.notApplicable, outsidePeriod: lhs.outsidePeriod + rhs.outsidePeriod)
    }

    public static func += (lhs: inout ExecutionCounts, rhs: ExecutionCounts) { lhs = lhs + rhs }
}
