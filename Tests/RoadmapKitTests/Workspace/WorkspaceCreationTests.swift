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

@Suite struct WorkspaceCreationTests {
    @Test func createsAWorkspaceThatLoadsWithDefaultsWrittenOut() throws {
        let parent = try TemporaryDirectory.make("roadmap-init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let target = parent.appendingPathComponent("kaliningrad")
        let workspace = Workspace.new(regionName: "Калининградская область", period: .calendarYear(2023))
        try WorkspaceStore.create(workspace, at: target)

        let loaded = try WorkspaceStore(directory: target).load()
        #expect(loaded.findings.isEmpty)
        #expect(loaded.workspace.settings.region.id == "kaliningradskaya-oblast")
        #expect(loaded.workspace.settings.checkpoints == Checkpoint.programmeDefaults)
        #expect(loaded.workspace.units == UnitRegister())
        #expect(loaded.workspace.regionalPlan?.owner == .region)
        #expect(loaded.workspace.regionalPlan?.activities.isEmpty == true)
        // Written out, not left to defaults, so a person can edit them.
        let settings = try String(contentsOf: target.appendingPathComponent("workspace.json"), encoding: .utf8)
        for key in ["\"checkpoints\"", "\"rules\"", "\"riskDirections\"", "\"rollUp\"", "\"06-30\"", "Дефицит педагогических кадров"] {
            #expect(settings.contains(key), "\(key)")
        }
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("units.json").path))
        // Nothing but the workspace is left in the parent directory.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["kaliningrad"])
    }

    @Test func refusesAnExistingWorkspaceOrNonEmptyDirectoryAndChangesNothing() throws {
        let parent = try TemporaryDirectory.make("roadmap-init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let target = parent.appendingPathComponent("ws")
        let first = Workspace.new(regionName: "Калининградская область", period: .calendarYear(2023))
        try WorkspaceStore.create(first, at: target)
        let before = try Data(contentsOf: target.appendingPathComponent("workspace.json"))

        let second = Workspace.new(regionName: "Другая область", period: .calendarYear(2024))
        #expect(throws: WorkspaceError.alreadyExists(path: target.path)) { try WorkspaceStore.create(second, at: target) }
        #expect(try Data(contentsOf: target.appendingPathComponent("workspace.json")) == before)

        let other = parent.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: other.appendingPathComponent("notes.txt"))
        #expect(throws: WorkspaceError.alreadyExists(path: other.path)) { try WorkspaceStore.create(second, at: other) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["notes", "ws"])
    }

    @Test func anEmptyDirectoryIsFilled() throws {
        let parent = try TemporaryDirectory.make("roadmap-init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let target = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try WorkspaceStore.create(Workspace.new(regionName: "Калининградская область", period: .calendarYear(2023)), at: target)
        #expect(try WorkspaceStore(directory: target).load().workspace.settings.region.name == "Калининградская область")
    }

    @Test func anImportedPlanBecomesTheRegionalPlan() throws {
        let plan = Roadmap(
            owner: .municipality("wrong"), title: "План", period: .calendarYear(2023),
            sections: [RoadmapSection(title: "", activities: [Activity(id: "1", title: "Мониторинг")])])
        let workspace = Workspace.new(regionName: "Калининградская область", period: .calendarYear(2023), plan: plan)
        #expect(workspace.regionalPlan?.owner == .region)
        #expect(workspace.regionalPlan?.activities.map(\.id) == ["1"])
    }
}
