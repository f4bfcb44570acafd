/// One unit (region, municipality or school) evaluated as of a date, with its figures rolled up.
public struct UnitCompliance: Hashable, Sendable, Codable {
    public var level: Level
    /// The unit's id (the region's id from workspace.json for the region).
    public var id: String
    public var name: String
    /// The parent unit's id: a school's municipality, a municipality's region; `nil` for the region.
    public var parent: String?
    /// Counts of every roadmap in the unit (its own and all below), pooled.
    public var counts: ExecutionCounts
    /// Counts of the unit's own roadmap only (the municipal roadmap, the regional plan).
    public var ownCounts: ExecutionCounts
    /// Whether the unit has a roadmap of its own in the workspace.
    public var hasRoadmap: Bool
    /// Schools below (a school: itself).
    public var schools: SchoolTally
    /// Pooled percentage: done over activities of every roadmap in the unit.
    public var pooledPercent: Double?
    /// Mean of the children's percentages (children without data left out).
    public var meanPercent: Double?
    /// The headline: `pooledPercent` or `meanPercent`, per the roll-up policy.
    public var percent: Double?
    /// Share of due items done (pooled).
    public var onTimePercent: Double?
    /// Projected percentage at the next checkpoint, under the same policy as the headline.
    public var projectedPercent: Double?
    /// Whether the projection reaches the next checkpoint's minimum; `nil` without a next checkpoint or data.
    public var onTrack: Bool?
    /// Zone of the headline at the assessed checkpoint; `nil` without data or before the first checkpoint.
    public var zone: Zone?
    /// Overdue items of the unit's own roadmap.
    package var overdue: [ActivityItem]
    /// Items of the unit's own roadmap done without their document.
    package var undocumented: [ActivityItem]
    /// Items of the unit's own roadmap reported «не применимо», each with its reason (`note`).
    package var notApplicable: [ActivityItem] = []
    /// Occurrences of the unit's own roadmap dated outside its period («вне периода»).
    package var outsidePeriod: [ActivityItem] = []

    public init(level: Level, id: String, name: String, parent: String?) {
        self.level = level
        self.id = id
        self.name = name
        self.parent = parent
        self.counts = ExecutionCounts()
        self.ownCounts = ExecutionCounts()
        self.hasRoadmap = false
        self.schools = SchoolTally()
        self.overdue = []
        self.undocumented = []
    }
}

/// Schools total / meeting the minimum / meeting the target at the assessed checkpoint.
public struct SchoolTally: Hashable, Sendable, Codable {
    /// Schools in the register below the unit.
    public var total: Int
    /// Schools with a percentage (a roadmap with at least one activity counted).
    public var withData: Int
    /// Schools at or above the assessed checkpoint's minimum (`nil` before the first checkpoint).
    public var meetingMinimum: Int?
    /// Schools at or above the assessed checkpoint's target (`nil` before the first checkpoint).
    public var meetingTarget: Int?

    public init(total: Int = 0, withData: Int = 0, meetingMinimum: Int? = nil, meetingTarget: Int? = nil) {
        self.total = total
        self.withData = withData
        self.meetingMinimum = meetingMinimum
        self.meetingTarget = meetingTarget
    }

    public static func + (lhs: SchoolTally, rhs: SchoolTally) -> SchoolTally {
        SchoolTally(
            total: lhs.total + rhs.total, withData: lhs.withData + rhs.withData,
            meetingMinimum: add(lhs.meetingMinimum, rhs.meetingMinimum),
            meetingTarget: add(lhs.meetingTarget, rhs.meetingTarget))
    }

    static func add(_ a: Int?, _ b: Int?) -> Int? {
        switch (a, b) {
        case (nil, nil): nil
        default: (a ?? 0) + (b ?? 0)
        }
    }
}
