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

/// Documents cut anywhere (a page lost, a conversion stopped early) import without crashing, and
/// every line is still accounted for.
@Suite struct TruncatedDocumentTests {
    @Test(arguments: Fixture.Seed.allCases) func everyPrefixImportsOrFailsCleanly(_ seed: Fixture.Seed) throws {
        let lines = try Fixture.text(seed.path).split(separator: "\n", omittingEmptySubsequences: false)
        var imported = 0
        for cut in stride(from: 1, through: lines.count, by: 8) {
            let text = lines.prefix(cut).joined(separator: "\n")
            do {
                let result = try RoadmapImporter.importDocument(
                    text: text, fileName: "cut.txt", owner: .region, period: .calendarYear(2023))
                #expect(result.report.lineUses.count == SourceLine.lines(of: text).count)
                #expect(result.report.fragments.map(\.text) == result.roadmap.fragments)
                imported += 1
            } catch is ImportError {
                continue
            }
        }
        #expect(imported > 0)
    }

    @Test func linesOutOfOrderStillImport() throws {
        // Every other line of the Kaliningrad table: rows lose their neighbours but nothing crashes.
        let lines = try Fixture.text(Fixture.Seed.kaliningrad.path).split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.enumerated().filter { $0.offset % 2 == 0 || $0.offset < 63 }.map(\.element).joined(separator: "\n")
        let result = try RoadmapImporter.importDocument(text: text, fileName: "odd.txt", owner: .region, period: nil)
        #expect(result.roadmap.activities.count > 10)
    }
}
