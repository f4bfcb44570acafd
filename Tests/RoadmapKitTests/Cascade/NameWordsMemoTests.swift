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

/// The per-worker memo of school-name words gives what tokenising gives, on first sight and after.
@Suite struct NameWordsMemoTests {
    @Test func sameWordsAsTokenisingTheExampleSchoolNames() throws {
        let units = try ExampleFiles.load("kaliningrad-2023").workspace.units
        let names = units.schools.flatMap { [$0.name, $0.shortName].compactMap { $0 } }
        #expect(names.count >= 10)
        var memo = NameWordsMemo()
        // Twice over, so the second pass answers from the memo.
        for _ in 0..<2 {
            for name in names { #expect(memo.words(name) == NameTokens(name).normalized, "\(name)") }
        }
    }

    @Test func namesThatDifferOnlyInTheirBytesAreTokenisedEach() {
        var memo = NameWordsMemo()
        let composed = "МБОУ СОШ № 1 п. Светлый"  // «й» as one scalar
        let decomposed = "МБОУ СОШ № 1 п. Светлы\u{0438}\u{0306}"  // «и» + combining breve
        #expect(memo.words(composed) == NameTokens(composed).normalized)
        #expect(memo.words(decomposed) == NameTokens(decomposed).normalized)
        #expect(memo.words("") == [])
    }
}
