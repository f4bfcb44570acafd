import Testing

@testable import RoadmapKit

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
        for item in items { #expect(svetlogorsk.byID[item.activity.id]?.link == item.link) }
        #expect(
            svetlogorsk.owedBySchools.map(\.item.link)
                == items.filter { $0.owedBySchools && !engine.isOver($0) }.map(\.link))
    }

    @Test func regionalExecutorsAreResolvedWithTheRulesAlone() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let resolver = ExecutorResolver(rules: workspace.settings.rules)
        for item in engine.regional { #expect(item.executors == resolver.resolve(item.activity.executors)) }
    }

    @Test func documentNamesAreRenamedOncePerName() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let context = CascadeCheckContext(engine: engine)
        let names = Set(engine.regional.flatMap(\.activity.documents))
        #expect(!names.isEmpty)
        for name in names { #expect(context.renamed[name] == engine.rules.lowerDocumentName(name)) }
    }
}
