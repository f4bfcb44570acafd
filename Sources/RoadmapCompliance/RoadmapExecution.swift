/// One roadmap evaluated as of a date: its counts and the items a coordinator acts on.
public struct RoadmapExecution: Hashable, Sendable {
    public var owner: Owner
    public var counts: ExecutionCounts
    /// Due and not done, by deadline.
    public var overdue: [ActivityItem]
    /// Reported done without the required document.
    public var undocumented: [ActivityItem]
    /// Not done, falling due after the as-of date within the look-ahead (`deadlines --within`).
    public var dueSoon: [ActivityItem]
    /// Per activity id: whether it is completed as of the date (every item due is done and at least
    /// one item is done). Used by regional indicators.
    public var completedActivities: Set<String>
    /// Items reported «не применимо» with a reason (left out of the counts, listed so nobody hides work).
    public var notApplicable: [ActivityItem] = []
    /// Occurrences dated outside the monitoring window (counted apart as «вне периода»).
    public var outsidePeriod: [ActivityItem] = []

    public init(
        owner: Owner, counts: ExecutionCounts = ExecutionCounts(), overdue: [ActivityItem] = [],
        undocumented: [ActivityItem] = [], dueSoon: [ActivityItem] = [], completedActivities: Set<String> = []
    ) {
        self.owner = owner
        self.counts = counts
        self.overdue = overdue
        self.undocumented = undocumented
        self.dueSoon = dueSoon
        self.completedActivities = completedActivities
    }
}
