/// A checkpoint on its date in one year of the period.
public struct DatedCheckpoint: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var name: String?
    /// Minimum percentage (below: red).
    public var minimum: Double
    /// Target percentage (at or above: green).
    public var target: Double

    public init(date: LocalDate, checkpoint: Checkpoint) {
        self.date = date
        self.name = checkpoint.name
        self.minimum = checkpoint.minimum
        self.target = checkpoint.target
    }

    /// The checkpoint without its date, for zone arithmetic.
    public var checkpoint: Checkpoint {
        Checkpoint(month: date.month, day: date.day, minimum: minimum, target: target, name: name)
    }
}

/// Which checkpoint a date is judged against, and which comes next.
///
/// Checkpoints (`WorkspaceSettings.checkpoints`) apply on their day in every year of the workspace's
/// period. The *assessed* checkpoint is the latest one on or before the as-of date: zones and «schools
/// meeting the minimum» are measured against it. Before the first checkpoint there is none, and units
/// have no zone yet; the report then only says whether they are on track for the next one.
public struct CheckpointCalendar: Hashable, Sendable {
    /// All checkpoints of the period, in date order.
    public var checkpoints: [DatedCheckpoint]

    package init(settings: WorkspaceSettings) {
        var all: [DatedCheckpoint] = []
        for year in settings.period.years {
            for checkpoint in settings.checkpoints {
                if let date = checkpoint.date(in: year), settings.period.contains(date) {
                    all.append(DatedCheckpoint(date: date, checkpoint: checkpoint))
                }
            }
        }
        checkpoints = all.sorted { $0.date < $1.date }
    }

    /// The latest checkpoint on or before `date`.
    public func assessed(asOf date: LocalDate) -> DatedCheckpoint? {
        checkpoints.last { $0.date <= date }
    }

    /// The first checkpoint after `date`.
    public func next(after date: LocalDate) -> DatedCheckpoint? {
        checkpoints.first { $0.date > date }
    }
}
