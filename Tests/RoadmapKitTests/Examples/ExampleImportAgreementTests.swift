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

/// The hand transcriptions of the examples and the importer read the same seed documents: where
/// both claim the text «as written», they must agree cell for cell.
@Suite struct ExampleImportAgreementTests {
    /// The activity fields both keep verbatim.
    static func cells(_ roadmap: Roadmap) -> [[String]] {
        roadmap.activities.map { a in
            [a.id, a.number ?? "", a.title, a.schedule, a.executors, a.indicator ?? ""] + a.documents
        }
    }

    static func imported(_ seed: Fixture.Seed, owner: Owner) throws -> Roadmap {
        try RoadmapImporter.importDocument(
            text: Fixture.text(seed.path), fileName: seed.rawValue, owner: owner, period: nil
        ).roadmap
    }

    @Test func theRegionalPlanIsWhatTheImporterReads() throws {
        let example = try #require(try ExampleFiles.load("kaliningrad-2023").workspace.regionalPlan)
        let imported = try Self.imported(.kaliningrad, owner: .region)
        #expect(imported.period == example.period)
        #expect(imported.sections.map(\.title) == example.sections.map(\.title))
        #expect(Self.cells(imported) == Self.cells(example))
    }

    @Test func theSvetlogorskRoadmapIsWhatTheImporterReads() throws {
        let example = try #require(try ExampleFiles.load("kaliningrad-2023").workspace.municipalRoadmaps["svetlogorsk"])
        let imported = try Self.imported(.svetlogorsk, owner: .municipality("svetlogorsk"))
        #expect(imported.period == example.period)
        #expect(imported.sections.map(\.title) == example.sections.map(\.title))
        #expect(Self.cells(imported) == Self.cells(example))
    }
}
