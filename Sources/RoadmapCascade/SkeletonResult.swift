/// A generated school roadmap and what regeneration had to say about it.
public struct SkeletonResult: Hashable, Sendable {
    public var school: SchoolID
    public var roadmap: Roadmap
    /// Locally set deadlines the parent now requires earlier.
    public var conflicts: [SkeletonConflict]
    /// Ids of activities kept because the school added them or wrote them itself.
    public var keptActivities: [String]
    /// Ids of fields kept because they were set locally, as `activity.field`.
    public var keptValues: [String]
    /// Ids of generated activities no longer owed and dropped (nothing recorded against them).
    public var removedActivities: [String]
    /// Generated activities given another id because the school uses theirs for its own, as
    /// `generated → given` (`SkeletonMerge.keepSchoolIDs`).
    public var renamedActivities: [String] = []
    /// Owed items not generated because an activity of the school's own implements them
    /// (`roadmap link --school`): the generated id and the school's activity ids.
    public var matchedActivities: [SkeletonMatch] = []
    /// Owed items kept with their own dates although an activity of the school's own implements
    /// them, because its dates do not correspond to the item's (`deadline-mismatch`): the generated
    /// id and the school's activity ids.
    public var mismatchedActivities: [SkeletonMatch] = []
    /// Generated activities new in this roadmap (not in the school's previous file).
    public var addedActivities: [String] = []
    /// The school roadmap's own period when it differs from the plan's and was kept as it is
    /// (nothing merged, nothing written; `--carry-forward` carries it into the plan's period).
    public var keptPeriod: Period?
    /// The school's own activities whose dates were carried into the plan's period (`--carry-forward`).
    public var carriedForward: [String] = []

    public init(
        school: SchoolID, roadmap: Roadmap, conflicts: [SkeletonConflict] = [], keptActivities: [String] = [],
        keptValues: [String] = [], removedActivities: [String] = []
    ) {
        self.school = school
        self.roadmap = roadmap
        self.conflicts = conflicts
        self.keptActivities = keptActivities
        self.keptValues = keptValues
        self.removedActivities = removedActivities
    }
}

/// An owed item the school's own activities already implement.
public struct SkeletonMatch: Hashable, Sendable {
    /// The id the skeleton would have generated (`r2.3`).
    public var generated: String
    /// The school's activities implementing it (`1.1`).
    public var by: [String]

    public init(generated: String, by: [String]) {
        self.generated = generated
        self.by = by
    }
}

/// A locally set deadline later than the one now inherited: regeneration kept the local value and
/// reports it.
public struct SkeletonConflict: Hashable, Sendable {
    public var school: SchoolID
    public var activity: String
    /// The school's own schedule text (kept).
    public var local: String
    /// What the parent now requires.
    public var inherited: String

    public init(school: SchoolID, activity: String, local: String, inherited: String) {
        self.school = school
        self.activity = activity
        self.local = local
        self.inherited = inherited
    }

    public var message: LocalizedText {
        LocalizedText(
            ru:
                "школа \(school), мероприятие \(activity): установленный школой срок «\(local)» позже требуемого «\(inherited)»; оставлен срок школы",
            en:
                "school \(school), activity \(activity): the school's deadline “\(local)” is later than the required “\(inherited)”; the school's value was kept"
        )
    }
}
