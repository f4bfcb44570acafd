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

@Suite struct SkeletonBuilderTests {
    @Test func primoryeOwesTheSchoolItemsOfThePlanAndNoRegionOnlyOnes() throws {
        let skeleton = try CascadeFixture.skeleton(try CascadeFixture.workspace())
        let r1 = try #require(skeleton.activity(id: "r1"))
        #expect(r1.schedule == "До 15.02.2023")
        #expect(r1.documents == ["Приказ о назначении ответственного"])
        let r2 = try #require(skeleton.activity(id: "r2"))
        #expect(r2.schedule == "01.02-15.05.2023")
        #expect(r2.documents == ["Аналитическая справка"])
        #expect(try #require(skeleton.activity(id: "r4")).schedule == "28.03-18.04.2023")
        let r5 = try #require(skeleton.activity(id: "r5"))
        #expect(r5.schedule == "15.04-15.05.2023")
        #expect(r5.documents == ["Программа развития ОО"])
        for id in ["r10", "r12", "r27", "r28"] { #expect(skeleton.activity(id: id) != nil, "\(id) missing") }
        // ГИА-11 (plan item 29) is not a basic school's: the school-type rule of workspace.json leaves it out.
        #expect(skeleton.activity(id: "r29") == nil)
        // Region-only: ВКС with municipal coordinators (7), the institute's pages (31), others.
        for id in ["r3", "r7", "r8", "r11", "r13", "r14", "r31", "r32"] { #expect(skeleton.activity(id: id) == nil) }
        // Municipal-only activities of Svetlogorsk (Отдел образования alone) are not the school's.
        for id in ["m1.1", "m1.2", "m2.2", "m3.4"] { #expect(skeleton.activity(id: id) == nil) }
    }

    @Test func everyGeneratedActivityRecordsWhereItsValuesCameFrom() throws {
        let skeleton = try CascadeFixture.skeleton(try CascadeFixture.workspace())
        let r5 = try #require(skeleton.activity(id: "r5"))
        #expect(r5.origin == .skeleton)
        #expect(r5.implements == [ActivityLink(level: .region, activity: "5")])
        let provenance = try #require(r5.provenance)
        #expect(provenance.schedule?.kind == .inherited)
        #expect(provenance.schedule?.from == [ActivityLink(level: .region, activity: "5")])
        #expect(provenance.documents?.note?.contains("Программы развития общеобразовательных организаций") == true)
        #expect(provenance.documents?.value == "Программа развития ОО")
        #expect(r5.executors == "Руководитель ОО")
    }

    @Test func numbersAreSequentialAndIdsFollowTheScheme() throws {
        let skeleton = try CascadeFixture.skeleton(try CascadeFixture.workspace())
        let activities = skeleton.activities
        #expect(activities.map(\.number) == activities.indices.map { "\($0 + 1)." })
        #expect(activities.first?.id == "r1")
        #expect(activities.suffix(2).map(\.id) == ["risk1", "risk2"])
        let risk = try #require(activities.last)
        #expect(risk.title.contains("«Высокая доля обучающихся с рисками учебной неуспешности»"))
        #expect(risk.schedule == "15.04-15.05.2023")
        #expect(risk.implements == [ActivityLink(level: .region, activity: "5")])
        #expect(
            skeleton.sections.map(\.title) == [
                CascadeEngine.regionalSectionTitle, CascadeEngine.municipalSectionTitle, CascadeEngine.riskSectionTitle,
            ])
        #expect(Set(activities.map(\.id)).count == activities.count)
    }

    @Test func municipalItemsNamingASchoolGoOnlyToThatSchool() throws {
        let workspace = try CascadeFixture.workspace()
        let primorye = try CascadeFixture.skeleton(workspace)
        let other = try CascadeFixture.skeleton(workspace, school: CascadeFixture.sosh1)
        // 2.4 «МАОУ «ООШ п. Приморье»», 2.1 «Отдел образования МАОУ «ООШ п. Приморье»».
        let m24 = try #require(primorye.activity(id: "m2.4"))
        #expect(m24.implements == [ActivityLink(level: .municipality, activity: "2.4")])
        #expect(primorye.activity(id: "m2.3") != nil)
        #expect(other.activity(id: "m2.4") == nil)
        #expect(other.activity(id: "m2.3") == nil)
        // Regional school items go to every school; the other school chose no risk directions.
        #expect(other.activity(id: "r5") != nil)
        #expect(other.activities.contains { $0.id.hasPrefix("risk") } == false)
    }

    @Test func municipalItemsOverBeforeThePeriodAreLeftOut() throws {
        var workspace = try CascadeFixture.workspace()
        var roadmap = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&roadmap, "2.3") { $0.schedule = "До 31.05.2022" }
        CascadeFixture.edit(&roadmap, "2.5") { $0.schedule = "До 31.01.2023" }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = roadmap
        let skeleton = try CascadeFixture.skeleton(workspace)
        #expect(skeleton.activity(id: "m2.3") == nil)
        #expect(skeleton.activity(id: "m2.5") != nil)
    }

    @Test func storedResponsibleSchoolsOverrideTheExecutorText() throws {
        var workspace = try CascadeFixture.workspace()
        var roadmap = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&roadmap, "2.4") { $0.responsibleSchools = [CascadeFixture.sosh1] }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = roadmap
        #expect(try CascadeFixture.skeleton(workspace).activity(id: "m2.4") == nil)
        #expect(try CascadeFixture.skeleton(workspace, school: CascadeFixture.sosh1).activity(id: "m2.4") != nil)
    }

    @Test func aLinkedMunicipalItemTightensOnlyTheSchoolsItNames() throws {
        var workspace = try CascadeFixture.workspace()
        var roadmap = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&roadmap, "2.1") {
            $0.implements = [ActivityLink(level: .region, activity: "5")]
            $0.schedule = "До 30.04.2023"
        }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = roadmap
        let primorye = try CascadeFixture.skeleton(workspace)
        let r5 = try #require(primorye.activity(id: "r5"))
        #expect(r5.schedule == "15.04.2023–30.04.2023")
        #expect(r5.provenance?.schedule?.kind == .tightened)
        #expect(r5.provenance?.schedule?.from.last == ActivityLink(level: .municipality, activity: "2.1"))
        // The municipal item stays an activity of its own for the school it names.
        #expect(try #require(primorye.activity(id: "m2.1")).schedule == "До 30.04.2023")
        let other = try CascadeFixture.skeleton(workspace, school: CascadeFixture.sosh1)
        #expect(try #require(other.activity(id: "r5")).schedule == "15.04-15.05.2023")
    }

    @Test func leadDaysFromTheWorkspaceRulesApply() throws {
        var workspace = try CascadeFixture.workspace()
        workspace.settings.rules.leadDays = [LeadTime(level: .municipality, days: 3), LeadTime(level: .school, days: 2)]
        let skeleton = try CascadeFixture.skeleton(workspace)
        let r2 = try #require(skeleton.activity(id: "r2"))
        #expect(r2.schedule == "01.02.2023–10.05.2023")
        #expect(r2.provenance?.schedule?.leadDays == 5)
        #expect(try #require(skeleton.activity(id: "r1")).schedule == "до 10.02.2023")
        #expect(try #require(skeleton.activity(id: "r23")).schedule == "01.08.2023–26.08.2023")
        // Conditional («По графику») stays as written.
        #expect(try #require(skeleton.activity(id: "m3.2")).schedule == "По графику")
    }

    @Test func unknownMunicipalityAndMissingPlanAreErrors() throws {
        var workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        #expect(throws: CascadeError.unknownMunicipality("nowhere")) {
            try SkeletonBuilder(engine: engine, municipality: "nowhere")
        }
        workspace.regionalPlan = nil
        #expect(throws: CascadeError.noRegionalPlan) { try CascadeEngine(workspace: workspace) }
    }

    /// A run builds every municipality's templates with one memo per worker (school names, cells
    /// resolved by the rules alone, lower document names): the items and templates are those made
    /// with every school of the municipality known to the resolver, municipality by municipality.
    @Test(arguments: ["fixture", "kaliningrad-2023"])
    func templatesMadeWithAWorkersMemoAreThoseMadeAlone(workspaceName: String) throws {
        let workspace =
            workspaceName == "fixture" ? try CascadeFixture.workspace() : try ExampleFiles.load(workspaceName).workspace
        let engine = try CascadeEngine(workspace: workspace)
        var memo = CascadeEngine.MunicipalMemo()
        var compared = 0
        for municipality in workspace.units.municipalities {
            guard let roadmap = workspace.municipalRoadmaps[municipality.id] else { continue }
            let everySchool = engine.resolver.adding(schools: workspace.schools(in: municipality.id))
            let alone = ResolvedActivity.resolveAll(
                roadmap, level: .municipality, resolver: everySchool, schedules: engine.schedules)
            #expect(engine.municipalItems(municipality.id, memo: &memo) == alone)
            #expect(
                try engine.templates(for: municipality.id, memo: &memo) == engine.templates(for: municipality.id))
            compared += 1
        }
        #expect(compared > 0)
    }
}
