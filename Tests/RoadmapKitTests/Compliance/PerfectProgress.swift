@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// Progress logs a unit that does everything on time would keep, built from the roadmaps
/// themselves: each occurrence of each measurable activity is reported «в работе» on the day its
/// window opens and «выполнено» on its deadline, with every required document. Conditional
/// activities («по мере необходимости») are left unreported: perfect execution owes them nothing.
enum PerfectProgress {
    /// The workspace with every roadmap's log replaced by perfect progress (or by nothing).
    static func apply(to workspace: Workspace, nothing: Bool = false) -> Workspace {
        var copy = workspace
        copy.progress = [:]
        guard !nothing else { return copy }
        var roadmaps: [Roadmap] = []
        if let plan = workspace.regionalPlan { roadmaps.append(plan) }
        roadmaps += workspace.municipalRoadmaps.values
        roadmaps += workspace.schoolRoadmaps.values
        for roadmap in roadmaps { copy.progress[roadmap.owner] = log(for: roadmap) }
        return copy
    }

    /// The perfect log of one roadmap.
    static func log(for roadmap: Roadmap) -> ProgressLog {
        let parser = ScheduleParser(period: roadmap.period)
        var records: [ProgressRecord] = []
        for activity in roadmap.activities {
            let schedule = parser.parse(activity.schedule)
            guard schedule.isMeasurable else { continue }
            let occurrences = schedule.occurrences
            for (index, occurrence) in occurrences.enumerated() {
                let opened =
                    occurrence.start
                    ?? (index == 0 ? roadmap.period.start : occurrences[index - 1].end.adding(days: 1))
                records.append(
                    ProgressRecord(
                        activity: activity.id, occurrence: occurrence.end, status: .inProgress,
                        reportedOn: min(opened, occurrence.end)))
                records.append(
                    ProgressRecord(
                        activity: activity.id, occurrence: occurrence.end, status: .done, completedOn: occurrence.end,
                        evidence: activity.documents.isEmpty ? [] : ["\(activity.documents[0]) от \(occurrence.end.russianString)"],
                        reportedOn: occurrence.end))
            }
        }
        return ProgressLog(owner: roadmap.owner, records: records)
    }
}
