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

@Suite struct CascadeExplanationTests {
    @Test func chainFromTheRegionalPlanToTheSchoolWithReasons() throws {
        let engine = try CascadeEngine(workspace: try CascadeFixture.workspace())
        let explanation = try CascadeExplanation.explain(engine: engine, school: CascadeFixture.primorye, activity: "r5")
        #expect(explanation.steps.map(\.level) == [.region, .school])
        #expect(explanation.generated)
        let text = explanation.render(.ru)
        #expect(text.contains("1. Региональный план, пункт 5 (region:5)"))
        #expect(text.contains("Сроки: 15.04-15.05.2023 (срок 15.05.2023)"))
        #expect(text.contains("Документ: Программы развития общеобразовательных организаций"))
        #expect(text.hasPrefix("Школа МАОУ «ООШ п. Приморье» (maou-oosh-primorye), мероприятие 4 (r5)\n"))
        #expect(text.contains("2. Дорожная карта школы МАОУ «ООШ п. Приморье» (maou-oosh-primorye), пункт 4 (r5)"))
        #expect(text.contains("Документ: Программа развития ОО — из region:5; по правилу документов"))
        #expect(text.contains("нет пункта со ссылкой на region:5"))
    }

    @Test func aTighteningMunicipalItemAppearsInTheChain() throws {
        var workspace = try CascadeFixture.workspace()
        var municipal = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&municipal, "2.1") {
            $0.implements = [ActivityLink(level: .region, activity: "5")]
            $0.schedule = "До 30.04.2023"
        }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = municipal
        workspace.schoolRoadmaps[CascadeFixture.primorye] = try CascadeFixture.skeleton(workspace)
        let engine = try CascadeEngine(workspace: workspace)
        let explanation = try CascadeExplanation.explain(engine: engine, school: CascadeFixture.primorye, activity: "4")
        #expect(explanation.steps.map(\.link) == ["region:5", "municipality:2.1", "r5"])
        #expect(!explanation.generated)
        let text = explanation.render(.en)
        #expect(text.contains("Roadmap of municipality Светлогорский городской округ (svetlogorsk), item 2.1 (municipality:2.1)"))
        #expect(text.contains("Schedule: 15.04.2023–30.04.2023"))
        #expect(text.contains("— tightened (region:5 → municipality:2.1); ужесточено пунктом municipality:2.1 (До 30.04.2023)"))
        #expect(!text.contains("Note:"))
    }

    @Test func localValuesAreExplainedAsSetByTheSchool() throws {
        var workspace = try CascadeFixture.workspace()
        var skeleton = try CascadeFixture.skeleton(workspace)
        CascadeFixture.edit(&skeleton, "r1") {
            $0.schedule = "До 10.02.2023"
            $0.provenance?.schedule = .local
        }
        workspace.schoolRoadmaps[CascadeFixture.primorye] = skeleton
        let engine = try CascadeEngine(workspace: workspace)
        let text = try CascadeExplanation.explain(engine: engine, school: CascadeFixture.primorye, activity: "r1").render(.ru)
        #expect(text.contains("Сроки: До 10.02.2023 (срок 10.02.2023) — задано школой"))
    }

    @Test func unknownSchoolOrActivity() throws {
        let engine = try CascadeEngine(workspace: try CascadeFixture.workspace())
        #expect(throws: CascadeError.unknownActivity(school: "maou-oosh-primorye", activity: "r7")) {
            try CascadeExplanation.explain(engine: engine, school: CascadeFixture.primorye, activity: "r7")
        }
        #expect(throws: CascadeError.self) {
            try CascadeExplanation.explain(engine: engine, school: "nobody", activity: "r1")
        }
    }

    @Test func anUnknownSchoolIsNamedWithoutAnEmptyMunicipality() throws {
        let engine = try CascadeEngine(workspace: try CascadeFixture.workspace())
        #expect(throws: CascadeError.unknownSchool("nope", municipality: "")) {
            try CascadeExplanation.explain(engine: engine, school: SchoolID("nope"), activity: "r5")
        }
        let message = CascadeError.unknownSchool("nope", municipality: "").message
        #expect(message.ru == "школы «nope» нет в units.json ни в одном муниципалитете")
        #expect(!message.ru.contains("«»"))
        #expect(CascadeError.unknownSchool("nope", municipality: "svetlogorsk").message.ru.contains("«svetlogorsk»"))
    }
}
