/// The counts behind every figure of the flat status path, for one school, municipality or region.
///
/// For an as-of date A and a row with due date D and done date C (none when empty), following
/// Docs/compliance.md where the workspace path defines the same figure:
/// - `total` (всего): rows, i.e. activities;
/// - `due` (срок наступил): D ≤ A;
/// - `done` (выполнено): C ≤ A;
/// - `dueDone` (выполнено из наступивших): D ≤ A and C ≤ A;
/// - `overdue` (просрочено): D ≤ A and not done by A;
/// - `onTime` (выполнено в срок): D ≤ A and C ≤ D — done on or before its own deadline;
/// - `checkpointDone[k]`: C ≤ min(date of checkpoint k, A).
/// Parents pool their children's counts (`RollUpPolicy.pooled`): sums first, then percentages.
package struct StatusCounts: Hashable, Sendable {
    package var total: Int
    package var due: Int
    package var done: Int
    package var overdue: Int
    package var onTime: Int
    package var dueDone: Int
    package var checkpointDone: [Int]

    package init(
        total: Int = 0, due: Int = 0, done: Int = 0, overdue: Int = 0, onTime: Int = 0, dueDone: Int = 0,
        checkpointDone: [Int]
    ) {
        self.total = total
        self.due = due
        self.done = done
        self.overdue = overdue
        self.onTime = onTime
        self.dueDone = dueDone
        self.checkpointDone = checkpointDone
    }

    /// Zero counts for `checkpoints` checkpoints.
    package static func zero(checkpoints: Int) -> StatusCounts {
        StatusCounts(checkpointDone: Array(repeating: 0, count: checkpoints))
    }

    /// Adds another unit's counts (pooled roll-up).
    package mutating func add(_ other: StatusCounts) {
        total += other.total
        due += other.due
        done += other.done
        overdue += other.overdue
        onTime += other.onTime
        dueDone += other.dueDone
        for k in checkpointDone.indices { checkpointDone[k] += other.checkpointDone[k] }
    }

    /// Процент исполнения: done by the as-of date over all activities × 100 (0 when there are none).
    package var executionPercent: Double { Self.percent(done, of: total) }

    /// Процент исполнения в срок: done on or before the deadline over those due × 100; `nil` when nothing is due.
    package var onTimePercent: Double? { due == 0 ? nil : Self.percent(onTime, of: due) }

    /// A checkpoint's percentage: done by its date (or by the as-of date, if earlier) over all activities × 100.
    package func checkpointPercent(_ index: Int) -> Double { Self.percent(checkpointDone[index], of: total) }

    static func percent(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) * 100 / Double(whole)
    }
}
