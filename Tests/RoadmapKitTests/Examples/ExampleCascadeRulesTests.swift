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

/// The Kaliningrad example under the rules read from the plan's content: the same obligations, and
/// no monitoring moved by a link a coordinator would not confirm.
@Suite struct ExampleCascadeRulesTests {
    static func workspace() throws -> Workspace {
        try WorkspaceStore(directory: ExampleFiles.directory("kaliningrad-2023")).load().workspace
    }

    @Test func primoryeOwesTheSameItemsAndKeepsTheJuneMonitoring() throws {
        let workspace = try Self.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        // The workspace was written before the rule: item 5 is found by its words.
        #expect(workspace.settings.rules.riskActivity.derivesParent)
        #expect(engine.programmeItem == "5")
        let roadmap = try #require(workspace.schoolRoadmaps["maou-oosh-primorye"])
        let ids = Set(roadmap.activities.map(\.id))
        for owed in ["r1", "r2", "r4", "r5", "r10", "r12", "r27", "r28", "r29"] { #expect(ids.contains(owed), "\(owed)") }
        for regionOnly in ["r7", "r31"] { #expect(!ids.contains(regionOnly), "\(regionOnly)") }
        // Svetlogorsk's annual report (2.8, «До 31 мая ежегодно») is not the first monitoring.
        let r10 = try #require(roadmap.activity(id: "r10"))
        #expect(r10.schedule == "30.06.2023")
        #expect(r10.provenance?.schedule?.kind == .inherited)
        #expect(workspace.municipalRoadmaps["svetlogorsk"]?.activity(id: "2.8")?.implements.isEmpty == true)
        let risk = try #require(roadmap.activity(id: "risk1"))
        #expect(risk.implements == [ActivityLink(level: .region, activity: "5")])
        #expect(risk.schedule == "15.04-15.05.2023")
    }

    @Test func theExampleHasNoMismatchOrAmbiguousRule() throws {
        let findings = Validator.validate(try Self.workspace())
        #expect(!findings.contains { [.deadlineMismatch, .ambiguousRule, .unknownExecutor].contains($0.code) })
    }
}
