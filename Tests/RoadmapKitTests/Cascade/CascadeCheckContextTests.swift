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

/// The cascade checks resolve each municipality once; what they see must be what the engine gives.
@Suite struct CascadeCheckContextTests {
    @Test func municipalItemsAreTheEnginesItems() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let context = CascadeCheckContext(engine: engine)
        let svetlogorsk = try #require(context.municipal[CascadeFixture.svetlogorsk])
        let items = engine.municipalItems(CascadeFixture.svetlogorsk)
        #expect(!items.isEmpty)
        #expect(svetlogorsk.items == items)
        // The Svetlogorsk roadmap names МАОУ «ООШ п. Приморье»: the items restricted to it are found
        // with the municipality's schools known.
        #expect(svetlogorsk.owedBySchools.contains { $0.schools == [CascadeFixture.primorye] })
        for item in items { #expect(svetlogorsk.byID[item.activity.id]?.item.link == item.link) }
        #expect(
            svetlogorsk.owedBySchools.map(\.item.link)
                == items.filter { $0.owedBySchools && !engine.isOver($0) }.map(\.link))
    }

    /// Every municipality of the example and the fixture, whether its cells name a school (resolved
    /// with its schools' names) or not (resolved by the rules, each distinct cell once).
    @Test func everyMunicipalityHasTheEnginesItems() throws {
        var namingSchools = 0
        var namingNone = 0
        for workspace in [try ExampleFiles.load("kaliningrad-2023").workspace, try CascadeFixture.workspace()] {
            let engine = try CascadeEngine(workspace: workspace)
            let context = CascadeCheckContext(engine: engine)
            #expect(!workspace.municipalRoadmaps.isEmpty)
            for id in workspace.municipalRoadmaps.keys {
                let items = engine.municipalItems(id)
                #expect(context.municipal[id]?.items == items, "\(id)")
                if items.contains(where: { !$0.executors.schools.isEmpty }) { namingSchools += 1 } else { namingNone += 1 }
            }
        }
        // Both paths are compared: some municipal roadmaps name schools, some do not.
        #expect(namingSchools >= 1)
        #expect(namingNone >= 1)
    }

    @Test func regionalExecutorsAreResolvedWithTheRulesAlone() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let resolver = ExecutorResolver(rules: workspace.settings.rules)
        for item in engine.regional { #expect(item.executors == resolver.resolve(item.activity.executors)) }
    }

    @Test func parentsCarryTheLowerDocumentNamesAndADeadlineInTheirPeriod() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let context = CascadeCheckContext(engine: engine)
        #expect(engine.regional.contains { !$0.activity.documents.isEmpty })
        for item in engine.regional {
            let parent = try #require(context.regionalByID[item.activity.id])
            #expect(parent.documents.map(\.higher) == item.activity.documents)
            #expect(parent.documents.map(\.lower) == item.activity.documents.map { engine.rules.lowerDocumentName($0) })
            if let deadline = item.schedule.finalDeadline, item.period.contains(deadline) {
                #expect(parent.deadline == deadline)
            } else {
                #expect(parent.deadline == nil)
            }
        }
        // The Kaliningrad plan's items 30–32 end on 30.12.2022, outside the 2023 plan.
        #expect(context.regionalByID["30"]?.deadline == nil)
        #expect(context.regionalByID["1"]?.deadline != nil)
    }
}
