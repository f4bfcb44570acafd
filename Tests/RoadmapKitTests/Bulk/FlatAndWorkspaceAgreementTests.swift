import Foundation
import RoadmapGenerate
import Testing

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

/// The flat status path on a generated CSV agrees with the same figures computed from the generated
/// workspace itself (roadmaps + progress logs, by the compliance rule of HELPERS/Docs: done = current
/// record done, dated on or before the as-of date, with evidence when documents are required).
@Suite struct FlatAndWorkspaceAgreementTests {
    @Test(arguments: ["2023-03-31", "2023-06-30", "2023-11-30"])
    func flatFiguresEqualWorkspaceFigures(_ date: String) throws {
        let root = TemporaryDirectory.url("roadmap-agree")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = GeneratorOptions(regions: 1, municipalities: 3, schools: 12, activities: 20...40, seed: 11)
        let csv = root.appendingPathComponent("statuses.csv")
        _ = try WorkspaceGenerator.generate(options, output: root.appendingPathComponent("ws"), statuses: csv)
        let asOf = try #require(LocalDate(iso: date))
        let report = try StatusFile.evaluate(path: csv.path, asOf: asOf, checkpoints: [])
        let workspace = try WorkspaceStore(directory: root.appendingPathComponent("ws")).load().workspace
        #expect(report.schools.count == 12)
        for unit in report.schools {
            let id = SchoolID(try #require(unit.school))
            let roadmap = try #require(workspace.schoolRoadmaps[id])
            let current = workspace.progress[.school(id)]?.current() ?? [:]
            var expected = StatusCounts.zero(checkpoints: 0)
            for activity in roadmap.activities {
                let due = try #require(ScheduleParser(period: roadmap.period).parse(activity.schedule).finalDeadline)
                let record = current[ProgressKey(activity: activity.id)]
                let isDone =
                    record.map {
                        $0.status == .done && $0.completedOn.map { $0 <= asOf } == true
                            && (activity.documents.isEmpty || !$0.evidence.isEmpty)
                    } ?? false
                expected.total += 1
                if due <= asOf { expected.due += 1 }
                if isDone { expected.done += 1 }
                if due <= asOf, !isDone { expected.overdue += 1 }
                if due <= asOf, isDone { expected.dueDone += 1 }
                if due <= asOf, isDone, record!.completedOn! <= due { expected.onTime += 1 }
            }
            #expect(unit.counts == expected, "school \(id)")
        }
        let region = try #require(report.regions.first)
        #expect(region.counts.total == report.schools.reduce(0) { $0 + $1.counts.total })
    }
}
