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

/// The two paths to the same figures: `ComplianceEvaluator` over a generated workspace and the flat
/// status path over the CSV generated with it. Every generated school activity has one deadline,
/// so activities and items coincide and the counts must be equal, school by school — except that
/// the flat export carries no documents: an item reported done without its required document is
/// exported not done, so the flat path counts it overdue once due, where the workspace path lists it
/// as undocumented.
@Suite struct FlatAndComplianceAgreementTests {
    @Test(arguments: ["2023-06-30", "2023-11-30"])
    func workspaceAndFlatPathsAgree(_ date: String) throws {
        let root = TemporaryDirectory.url("roadmap-agree")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = GeneratorOptions(regions: 1, municipalities: 3, schools: 10, activities: 20...30, seed: 3)
        let csv = root.appendingPathComponent("statuses.csv")
        _ = try WorkspaceGenerator.generate(options, output: root.appendingPathComponent("ws"), statuses: csv)
        let asOf = try #require(LocalDate(iso: date))
        let flat = try StatusFile.evaluate(path: csv.path, asOf: asOf, checkpoints: [])
        var workspace = try WorkspaceStore(directory: root.appendingPathComponent("ws")).load().workspace
        // The flat export carries no school names, so no school-type rule («не применимо» for ГИА-11
        // in an ООШ); compared without them, the two paths count the same items.
        workspace.settings.schoolTypes = []
        let report = ComplianceEvaluator(asOf: asOf).evaluate(workspace).report
        let bySchool = Dictionary(uniqueKeysWithValues: flat.schools.map { ($0.school!, $0.counts) })
        var compared = 0
        for school in report.units(at: .school) {
            let counts = try #require(bySchool[school.id])
            let own = school.counts
            #expect(own.activities == counts.total, "\(school.id)")
            #expect(own.due == counts.due, "\(school.id)")
            #expect(own.done == counts.done, "\(school.id)")
            #expect(own.dueDone == counts.dueDone, "\(school.id)")
            #expect(own.overdue + undocumentedDue(workspace, SchoolID(school.id), asOf) == counts.overdue, "\(school.id)")
            compared += 1
        }
        #expect(compared == 10)
    }

    /// Due activities of a school reported done by the as-of date without their required document.
    func undocumentedDue(_ workspace: Workspace, _ id: SchoolID, _ asOf: LocalDate) -> Int {
        guard let roadmap = workspace.schoolRoadmaps[id] else { return 0 }
        let current = workspace.progress[.school(id)]?.current() ?? [:]
        return roadmap.activities.filter { activity in
            guard !activity.documents.isEmpty, let record = current[ProgressKey(activity: activity.id)],
                record.status == .done, record.evidence.isEmpty, let completed = record.completedOn, completed <= asOf,
                let due = ScheduleParser(period: roadmap.period).parse(activity.schedule).finalDeadline
            else { return false }
            return due <= asOf
        }.count
    }
}
