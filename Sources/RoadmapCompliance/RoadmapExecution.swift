/// One roadmap evaluated as of a date: its counts and the items a coordinator acts on.
package struct RoadmapExecution: Hashable, Sendable {
    package var owner: Owner
    package var counts: ExecutionCounts
    /// Due and not done, by deadline.
    package var overdue: [ActivityItem]
    /// Reported done without the required document.
    package var undocumented: [ActivityItem]
    /// Not done, falling due after the as-of date within the look-ahead (`deadlines --within`).
    package var dueSoon: [ActivityItem]
    /// Per activity id: whether it is completed as of the date (every item due is done and at least
    /// one item is done). Used by regional indicators.
    package var completedActivities: Set<String>
    /// Items reported «не применимо» with a reason (left out of the counts, listed so nobody hides work).
    package var notApplicable: [ActivityItem] = []
    /// Occurrences dated outside the monitoring window (counted apart as «вне периода»).
    package var outsidePeriod: [ActivityItem] = []

    package init(
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
