/// A regional or municipal activity as the cascade sees it: where it is, its schedule parsed once
/// and its executors resolved once.
package struct ResolvedActivity: Hashable, Sendable {
    /// `region:5` or `municipality:2.1`.
    package var link: ActivityLink
    package var activity: Activity
    /// The title of the section the activity stands in.
    package var sectionTitle: String
    /// The activity's schedule, parsed in its roadmap's period.
    package var schedule: Schedule
    package var executors: ExecutorResolution
    /// The period of the roadmap the activity belongs to.
    package var period: Period

    package init(
        link: ActivityLink, activity: Activity, sectionTitle: String, schedule: Schedule, executors: ExecutorResolution,
        period: Period = .calendarYear(2023)
    ) {
        self.link = link
        self.activity = activity
        self.sectionTitle = sectionTitle
        self.schedule = schedule
        self.executors = executors
        self.period = period
    }

    /// Resolves every activity of a roadmap, in document order.
    static func resolveAll(
        _ roadmap: Roadmap, level: Level, resolver: ExecutorResolver, schedules: ScheduleIndex
    ) -> [ResolvedActivity] {
        resolveAll(roadmap, level: level, schedules: schedules) { resolver.resolve($0) }
    }

    /// `resolveAll(_:level:resolver:schedules:)` with each executor cell resolved by `executors`.
    static func resolveAll(
        _ roadmap: Roadmap, level: Level, schedules: ScheduleIndex, executors: (String) -> ExecutorResolution
    ) -> [ResolvedActivity] {
        var result: [ResolvedActivity] = []
        for section in roadmap.sections {
            for activity in section.activities {
                result.append(
                    ResolvedActivity(
                        link: ActivityLink(level: level, activity: activity.id), activity: activity,
                        sectionTitle: section.title, schedule: schedules.schedule(activity.schedule, period: roadmap.period),
                        executors: executors(activity.executors), period: roadmap.period))
            }
        }
        return result
    }

    /// The schools this activity is restricted to: its stored `responsibleSchools`, else the schools
    /// its executors name; `nil` when it names none (then every school that owes it does).
    package var namedSchools: Set<SchoolID>? {
        if !activity.responsibleSchools.isEmpty { return Set(activity.responsibleSchools) }
        if !executors.schools.isEmpty { return Set(executors.schools) }
        return nil
    }

    /// Whether schools owe the activity: a school-level phrase or named schools.
    package var owedBySchools: Bool { executors.owedBySchools || !activity.responsibleSchools.isEmpty }
}
