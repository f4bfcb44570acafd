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

@Suite struct SkeletonRegenerationTests {
    /// Where a run finds the schools' roadmaps and progress: every test runs both ways.
    enum Source: CaseIterable, Sendable {
        /// The whole workspace loaded first (`run(_:workspace:workspaceDirectory:)`).
        case loaded
        /// Read school by school (`run(_:plans:schoolFiles:)`), as `roadmap skeleton` does.
        case onDisk
    }

    func run(
        _ source: Source, _ directory: URL, format: SkeletonRun.Format = .json, output: URL? = nil
    ) throws -> [SkeletonRun.Output] {
        let store = WorkspaceStore(directory: directory)
        let request = SkeletonRun.Request(municipality: CascadeFixture.svetlogorsk, format: format, outputDirectory: output)
        switch source {
        case .loaded:
            return try SkeletonRun.run(request, workspace: try store.load().workspace, workspaceDirectory: directory)
        case .onDisk:
            let plans = try store.load(skipping: .schoolFiles).workspace
            return try SkeletonRun.run(request, plans: plans, schoolFiles: SchoolFiles(store: store))
        }
    }

    func schoolFile(_ directory: URL, _ id: SchoolID = CascadeFixture.primorye) -> URL {
        directory.appendingPathComponent("roadmaps/schools/\(id.rawValue).json")
    }

    @Test(arguments: Source.allCases) func runningTwiceGivesIdenticalFiles(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try run(source, directory)
        #expect(first.allSatisfy { $0.changed })
        let bytes = try Data(contentsOf: schoolFile(directory))
        let second = try run(source, directory)
        #expect(second.allSatisfy { !$0.changed })
        #expect(try Data(contentsOf: schoolFile(directory)) == bytes)
        // The written file loads back as the school's roadmap.
        let loaded = try WorkspaceStore(directory: directory).load()
        #expect(loaded.findings.isEmpty)
        #expect(loaded.workspace.schoolRoadmaps[CascadeFixture.primorye]?.activity(id: "r5") != nil)
    }

    @Test(arguments: Source.allCases) func printableFormatsAreIdenticalOnRerunToo(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        let output = directory.appendingPathComponent("print")
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in [SkeletonRun.Format.md, .csv, .html] {
            _ = try run(source, directory, format: format, output: output)
            let file = output.appendingPathComponent("maou-oosh-primorye.\(format.rawValue)")
            let bytes = try Data(contentsOf: file)
            let again = try run(source, directory, format: format, output: output)
            #expect(again.allSatisfy { !$0.changed })
            #expect(try Data(contentsOf: file) == bytes)
        }
    }

    @Test(arguments: Source.allCases) func rerunKeepsAddedActivitiesProgressAndLocalValues(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        let store = WorkspaceStore(directory: directory)
        var roadmap = try #require(try store.load().workspace.schoolRoadmaps[CascadeFixture.primorye])
        // The school adds an activity after r2, moves r1 later (locally) and names its own document for r4.
        let added = Activity(
            id: "own-1", number: "2.1.", title: "Педагогический совет по итогам входного мониторинга",
            schedule: "До 31.05.2023", executors: "Заместитель директора по УВР", origin: .added)
        for s in roadmap.sections.indices {
            if let i = roadmap.sections[s].activities.firstIndex(where: { $0.id == "r2" }) {
                roadmap.sections[s].activities.insert(added, at: i + 1)
            }
        }
        CascadeFixture.edit(&roadmap, "r1") { $0.schedule = "До 20.02.2023" }
        CascadeFixture.edit(&roadmap, "r4") { $0.documents = ["Анкета рискового профиля"] }
        try store.write(roadmap: roadmap)
        let progress = ProgressLog(
            owner: .school(CascadeFixture.primorye),
            records: [
                ProgressRecord(
                    activity: "r2", status: .done, completedOn: LocalDate(year: 2023, month: 4, day: 1), evidence: ["Справка №5"]),
                ProgressRecord(activity: "own-1", status: .inProgress),
            ])
        try store.write(progress: progress)
        let progressFile = directory.appendingPathComponent("progress/schools/maou-oosh-primorye.json")
        let progressBytes = try Data(contentsOf: progressFile)

        let outputs = try run(source, directory)
        let result = try #require(outputs.first { $0.result.school == CascadeFixture.primorye }).result
        #expect(result.keptActivities == ["own-1"])
        #expect(Set(result.keptValues) == ["r1.schedule", "r4.documents"])
        #expect(result.conflicts.map(\.activity) == ["r1"])
        #expect(result.conflicts.first?.inherited == "До 15.02.2023")

        let after = try #require(try store.load().workspace.schoolRoadmaps[CascadeFixture.primorye])
        let ids = after.activities.map(\.id)
        #expect(ids.firstIndex(of: "own-1") == ids.firstIndex(of: "r2").map { $0 + 1 })
        var renumbered = added
        renumbered.number = "3."
        #expect(after.activity(id: "own-1") == renumbered)
        let r1 = try #require(after.activity(id: "r1"))
        #expect(r1.schedule == "До 20.02.2023")
        #expect(r1.provenance?.schedule?.kind == .local)
        #expect(try #require(after.activity(id: "r4")).documents == ["Анкета рискового профиля"])
        // Values not touched locally are still inherited.
        #expect(try #require(after.activity(id: "r4")).provenance?.schedule?.kind == .inherited)
        #expect(try Data(contentsOf: progressFile) == progressBytes)

        // A third run changes nothing more: the kept values are now marked local.
        let bytes = try Data(contentsOf: schoolFile(directory))
        _ = try run(source, directory)
        #expect(try Data(contentsOf: schoolFile(directory)) == bytes)
    }

    @Test(arguments: Source.allCases) func inheritedValuesAreRefreshedWhenTheParentChanges(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        let store = WorkspaceStore(directory: directory)
        var plan = try #require(try store.load().workspace.regionalPlan)
        CascadeFixture.edit(&plan, "2") { $0.schedule = "01.02-30.04.2023" }
        try store.write(roadmap: plan)
        _ = try run(source, directory)
        let after = try #require(try store.load().workspace.schoolRoadmaps[CascadeFixture.primorye])
        #expect(try #require(after.activity(id: "r2")).schedule == "01.02-30.04.2023")
    }

    @Test(arguments: Source.allCases) func generatedActivitiesNoLongerOwedAreDroppedUnlessProgressRefersToThem(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        let store = WorkspaceStore(directory: directory)
        try store.write(
            progress: ProgressLog(
                owner: .school(CascadeFixture.primorye), records: [ProgressRecord(activity: "r26", status: .inProgress)]))
        var plan = try #require(try store.load().workspace.regionalPlan)
        for id in ["26", "30"] { CascadeFixture.edit(&plan, id) { $0.executors = "Региональный координатор" } }
        try store.write(roadmap: plan)
        let result = try #require(try run(source, directory).first { $0.result.school == CascadeFixture.primorye }).result
        #expect(result.removedActivities == ["r30"])
        #expect(result.keptActivities == ["r26"])
        #expect(result.roadmap.activity(id: "r30") == nil)
        #expect(result.roadmap.activity(id: "r26") != nil)
    }

    @Test(arguments: Source.allCases) func aRequiredDeadlineOutsideThePeriodIsNoConflict(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        let store = WorkspaceStore(directory: directory)
        var roadmap = try #require(try store.load().workspace.schoolRoadmaps[CascadeFixture.primorye])
        // Item 30 says «01.03-30.12.2022» in the 2023 plan (validate: date-outside-period); the school
        // reads it as 2023. Item 1 («До 15.02.2023») moved later is a conflict.
        CascadeFixture.edit(&roadmap, "r30") { $0.schedule = "До 30.12.2023" }
        CascadeFixture.edit(&roadmap, "r1") { $0.schedule = "До 20.02.2023" }
        try store.write(roadmap: roadmap)
        let result = try #require(try run(source, directory).first { $0.result.school == CascadeFixture.primorye }).result
        #expect(Set(result.keptValues) == ["r1.schedule", "r30.schedule"])
        #expect(result.conflicts.map(\.activity) == ["r1"])
    }

    @Test(arguments: Source.allCases) func aFileOfTheSameSizeWithOtherBytesIsRewritten(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        let output = directory.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory, output: output)
        let file = output.appendingPathComponent("maou-oosh-primorye.json")
        let bytes = try Data(contentsOf: file)
        // Same length, one number changed: only reading the bytes can tell.
        let text = try #require(String(data: bytes, encoding: .utf8))
        let edited = Data(text.replacingOccurrences(of: "\"number\": \"1.\"", with: "\"number\": \"9.\"").utf8)
        #expect(edited.count == bytes.count && edited != bytes)
        try edited.write(to: file)
        let again = try #require(try run(source, directory, output: output).first { $0.result.school == CascadeFixture.primorye })
        #expect(again.changed)
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test(arguments: Source.allCases) func aFileHoldingTheSameRoadmapIsLeftAsItIsEvenWhenFormattedDifferently(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        // The school's file, re-indented by hand: the same roadmap, other bytes.
        let file = schoolFile(directory)
        let text = try #require(String(data: try Data(contentsOf: file), encoding: .utf8))
        let reformatted = Data(text.replacingOccurrences(of: "\n  ", with: "\n\t").utf8)
        try reformatted.write(to: file)
        let again = try #require(try run(source, directory).first { $0.result.school == CascadeFixture.primorye })
        #expect(!again.changed)
        #expect(try Data(contentsOf: file) == reformatted)
    }

    @Test func outputsWithoutRoadmapsStillCountTheirActivities() throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = try WorkspaceStore(directory: directory).load().workspace
        var request = SkeletonRun.Request(
            municipality: CascadeFixture.svetlogorsk, outputDirectory: directory.appendingPathComponent("full"))
        let full = try SkeletonRun.run(request, workspace: workspace, workspaceDirectory: directory)
        request.returnsRoadmaps = false
        request.outputDirectory = directory.appendingPathComponent("light")
        let light = try SkeletonRun.run(request, workspace: workspace, workspaceDirectory: directory)
        #expect(full.count == light.count && full.count > 0)
        for (a, b) in zip(full, light) {
            #expect(a.activityCount == a.result.roadmap.activities.count && a.activityCount > 0)
            #expect(b.activityCount == a.activityCount)
            #expect(b.result.roadmap.sections.isEmpty)
            #expect(b.result.roadmap.title == a.result.roadmap.title)
        }
    }

    @Test(arguments: Source.allCases) func anUnreadableTargetIsNotOverwritten(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = schoolFile(directory)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ broken".utf8).write(to: file)
        #expect(throws: SkeletonRun.Failure.self) { try run(source, directory) }
        #expect(try Data(contentsOf: file) == Data("{ broken".utf8))
    }

    @Test(arguments: Source.allCases) func aRunThatFailsReplacesNothingAndLeavesNoTemporaries(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // One school's target cannot be read; the other school's skeleton is staged, then dropped.
        let broken = output.appendingPathComponent("\(CascadeFixture.primorye.rawValue).json")
        try Data("{ broken".utf8).write(to: broken)
        #expect(throws: SkeletonRun.Failure.self) { try run(source, directory, output: output) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [broken.lastPathComponent])
        #expect(try Data(contentsOf: broken) == Data("{ broken".utf8))
        // Without it, both files are written in one commit.
        try FileManager.default.removeItem(at: broken)
        let outputs = try run(source, directory, output: output)
        #expect(outputs.count == 2 && outputs.allSatisfy(\.changed))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
                == [CascadeFixture.primorye, CascadeFixture.sosh1].map { "\($0.rawValue).json" }.sorted())
    }

    @Test(arguments: Source.allCases) func filesAlreadyInTheOutputDirectoryAreFoundAndLeftWhenUnchanged(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out")
        let first = try run(source, directory, output: output)
        #expect(first.count == 2 && first.allSatisfy(\.changed))
        for item in first {
            let name = "\(item.result.school.rawValue).json"
            #expect(item.path == output.path + "/" + name)
            #expect(item.file == output.appendingPathComponent(name))
        }
        // The second run lists the directory once and finds both files there: nothing to write.
        let second = try run(source, directory, output: output)
        #expect(second.count == 2 && second.allSatisfy { !$0.changed })
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).count == 2)
    }

    @Test func aBrokenProgressFileStopsARunOnlyWhenItIsNeeded() throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(.onDisk, directory)
        let progressFile = directory.appendingPathComponent("progress/schools/\(CascadeFixture.primorye.rawValue).json")
        try FileManager.default.createDirectory(at: progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ broken".utf8).write(to: progressFile)
        // Every activity is still owed: the progress is never asked for.
        #expect(try run(.onDisk, directory).allSatisfy { !$0.changed })
        // Items 26 and 30 stop being owed: whether the school recorded them decides, and that cannot be read.
        let store = WorkspaceStore(directory: directory)
        var plan = try #require(try store.load().workspace.regionalPlan)
        for id in ["26", "30"] { CascadeFixture.edit(&plan, id) { $0.executors = "Региональный координатор" } }
        try store.write(roadmap: plan)
        let before = try Data(contentsOf: schoolFile(directory))
        let failure = try #require(throws: SkeletonRun.Failure.self) { try run(.onDisk, directory) }
        guard case .unreadableProgress(let school, let reason) = failure else {
            Issue.record("expected unreadableProgress, got \(failure)")
            return
        }
        #expect(school == CascadeFixture.primorye.rawValue)
        #expect(reason.contains("progress/schools/maou-oosh-primorye.json"))
        #expect(failure.message.ru.contains("ничего не записано"))
        #expect(try Data(contentsOf: schoolFile(directory)) == before)
    }

    @Test(arguments: Source.allCases) func aSchoolFileHoldingAnotherSchoolIsNotOverwritten(_ source: Source) throws {
        let directory = try CascadeFixture.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try run(source, directory)
        // The second school's file now holds the first school's roadmap (copied by hand).
        let misplaced = try Data(contentsOf: schoolFile(directory))
        let target = schoolFile(directory, CascadeFixture.sosh1)
        try misplaced.write(to: target)
        let failure = try #require(throws: SkeletonRun.Failure.self) { try run(source, directory) }
        guard case .unreadableTarget(let path, _) = failure else {
            Issue.record("expected unreadableTarget, got \(failure)")
            return
        }
        #expect(path.hasSuffix("roadmaps/schools/\(CascadeFixture.sosh1.rawValue).json"))
        #expect(try Data(contentsOf: target) == misplaced)
    }
}
