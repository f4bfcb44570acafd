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

@Suite struct LinkSuggesterTests {
    @Test func stemsIgnoreShortAndCommonWords() {
        let stems = LinkSuggester.stems("Проведение анализа результатов подготовки выпускников школ к ГИА")
        #expect(stems.contains("анали"))
        #expect(stems.contains("подго"))
        #expect(!stems.contains("школ"))
        #expect(!stems.contains("гиа"))
    }

    @Test func suggestionsShareAtLeastTwoStemsAndAreOrderedByScore() throws {
        let engine = try CascadeEngine(workspace: try CascadeFixture.workspace())
        let suggestions = LinkSuggester.suggest(engine: engine, municipality: CascadeFixture.svetlogorsk)
        #expect(!suggestions.isEmpty)
        #expect(suggestions.allSatisfy { $0.shared.count >= 2 && $0.score >= LinkSuggester.defaultMinimum })
        // 1.1 «Утверждение Дорожной карты …» (Отдел образования) ↔ 6 «Разработка муниципальных
        // документов …» (Руководители МОУ, муниципальные координаторы): both municipal.
        let approval = try #require(
            suggestions.first { $0.activity == "1.1" && $0.target == ActivityLink(level: .region, activity: "6") })
        #expect(approval.levels.shared == [.municipality])
        // 2.8 «Подготовка аналитического отчёта …» (the school) shares words with 15 «Проведение
        // анализа результатов подготовки …» (regional and municipal coordinators): other levels, never paired.
        #expect(!suggestions.contains { $0.activity == "2.8" && $0.target == ActivityLink(level: .region, activity: "15") })
        #expect(suggestions.allSatisfy { $0.levels.passes })
        for activity in Set(suggestions.map(\.activity)) {
            let scores = suggestions.filter { $0.activity == activity }.map(\.score)
            #expect(scores == scores.sorted(by: >))
        }
        // Higher threshold, fewer suggestions.
        #expect(LinkSuggester.suggest(engine: engine, municipality: CascadeFixture.svetlogorsk, minimum: 0.3).count < suggestions.count)
    }

    @Test func applyWritesOnlyTheNamedLinks() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        var roadmap = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        let pair = try LinkSuggester.parsePair("2.8=region:15")
        let added = try LinkSuggester.apply([pair], to: &roadmap, engine: engine)
        #expect(added.count == 1)
        #expect(roadmap.activity(id: "2.8")?.implements == [ActivityLink(level: .region, activity: "15")])
        #expect(roadmap.activities.filter { !$0.implements.isEmpty }.count == 1)
        // Applying again adds nothing.
        #expect(try LinkSuggester.apply([pair], to: &roadmap, engine: engine).isEmpty)
        #expect(throws: LinkSuggester.LinkError.unknownTarget("region:99")) {
            try LinkSuggester.apply([("2.8", ActivityLink(level: .region, activity: "99"))], to: &roadmap, engine: engine)
        }
        #expect(throws: LinkSuggester.LinkError.unknownActivity("9.9")) {
            try LinkSuggester.apply([("9.9", ActivityLink(level: .region, activity: "1"))], to: &roadmap, engine: engine)
        }
        #expect(throws: LinkSuggester.LinkError.malformed("2.8")) { try LinkSuggester.parsePair("2.8") }
        #expect(try LinkSuggester.parsePair("2.8=15").target == ActivityLink(level: .region, activity: "15"))
    }
}
