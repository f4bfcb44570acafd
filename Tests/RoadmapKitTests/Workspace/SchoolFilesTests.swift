import Foundation
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

@Suite struct SchoolFilesTests {
    /// The cascade fixture with school roadmaps written (by a skeleton run) and one progress log.
    func workspaceWithSchoolFiles() throws -> URL {
        let directory = try CascadeFixture.copy()
        let store = WorkspaceStore(directory: directory)
        _ = try SkeletonRun.run(
            SkeletonRun.Request(municipality: CascadeFixture.svetlogorsk), workspace: try store.load().workspace,
            workspaceDirectory: directory)
        try store.write(
            progress: ProgressLog(
                owner: .school(CascadeFixture.primorye),
                records: [ProgressRecord(activity: "r2", status: .done, completedOn: LocalDate(year: 2023, month: 4, day: 1))]))
        return directory
    }

    @Test func loadingWithoutSchoolFilesKeepsThePlansAndLeavesTheSchoolsOnDisk() throws {
        let directory = try workspaceWithSchoolFiles()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = WorkspaceStore(directory: directory)
        let full = try store.load()
        #expect(full.workspace.schoolRoadmaps.count == 2)
        #expect(full.workspace.progress.count == 1)

        let plans = try store.load(skipping: .schoolFiles)
        #expect(plans.findings == full.findings)
        #expect(plans.workspace.schoolRoadmaps.isEmpty)
        #expect(plans.workspace.progress.isEmpty)
        #expect(plans.workspace.regionalPlan == full.workspace.regionalPlan)
        #expect(plans.workspace.municipalRoadmaps == full.workspace.municipalRoadmaps)
        #expect(plans.workspace.units.schools.map(\.id) == full.workspace.units.schools.map(\.id))

        let withoutProgress = try store.load(skipping: .progress).workspace
        #expect(withoutProgress.schoolRoadmaps == full.workspace.schoolRoadmaps)
        #expect(withoutProgress.progress.isEmpty)
    }

    @Test func aSchoolsFilesReadAsTheFullLoadReadsThem() throws {
        let directory = try workspaceWithSchoolFiles()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = WorkspaceStore(directory: directory)
        let full = try store.load().workspace
        let files = SchoolFiles(store: store)
        for id in [CascadeFixture.primorye, CascadeFixture.sosh1] {
            let roadmap = try #require(try files.roadmap(of: id))
            #expect(roadmap == full.schoolRoadmaps[id])
            #expect(try files.progress(of: id) == full.progress[.school(id)])
        }
        #expect(try files.progress(of: CascadeFixture.primorye)?.records.map(\.activity) == ["r2"])
        #expect(try files.roadmap(of: SchoolID("no-such-school")) == nil)
    }

    @Test func aBrokenOrMisplacedFileIsAnErrorNamingIt() throws {
        let directory = try workspaceWithSchoolFiles()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = SchoolFiles(store: WorkspaceStore(directory: directory))
        let schools = directory.appendingPathComponent("roadmaps/schools")
        try Data("{ \"schemaVersion\": 1, \"owner\": ".utf8).write(
            to: schools.appendingPathComponent("\(CascadeFixture.sosh1.rawValue).json"))
        #expect {
            _ = try files.roadmap(of: CascadeFixture.sosh1)
        } throws: { error in
            guard case WorkspaceError.invalidFile(let path, _, _) = error else { return false }
            return path == "roadmaps/schools/\(CascadeFixture.sosh1.rawValue).json"
        }
        // The first school's roadmap under another school's name: `load()` skips it, this refuses it.
        try FileManager.default.copyItem(
            at: schools.appendingPathComponent("\(CascadeFixture.primorye.rawValue).json"),
            to: schools.appendingPathComponent("other.json"))
        #expect {
            _ = try files.roadmap(of: SchoolID("other"))
        } throws: { error in
            guard case WorkspaceError.invalidFile(let path, let location, let reason) = error else { return false }
            return path == "roadmaps/schools/other.json" && location == "owner" && reason.en.contains("maou-oosh-primorye")
        }
        #expect(throws: WorkspaceError.self) { _ = try files.progress(of: SchoolID("../escape")) }
    }
}
