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

/// The plan item anti-risk programmes belong to is found from its words, in any region's plan.
@Suite struct ProgrammeItemFinderTests {
    static func plan(_ path: String, period: Period? = nil) throws -> Roadmap {
        try RoadmapImporter.importDocument(text: Fixture.text(path), fileName: path, owner: .region, period: period).roadmap
    }

    static func resolved(_ plan: Roadmap, rules: CascadeRules = .newRegion) -> [ResolvedActivity] {
        ResolvedActivity.resolveAll(plan, level: .region, resolver: ExecutorResolver(rules: rules), schedules: ScheduleIndex())
    }

    @Test func kaliningradsDevelopmentProgrammesAreItemFive() throws {
        let plan = try Self.plan(Fixture.Seed.kaliningrad.path)
        let choice = ProgrammeItemFinder(keywords: RiskActivityTemplate.defaultParentKeywords).choose(Self.resolved(plan))
        #expect(choice.candidates == ["5"])
        #expect(choice.item == "5")
    }

    /// The second region numbers it 2.3, and a region-only «концепция» item comes first: the item
    /// schools owe is chosen.
    @Test func theSecondRegionsIsItemTwoThreeNotTheInstitutesConcept() throws {
        let plan = try Self.plan("region-second/plan-2024.md")
        let finder = ProgrammeItemFinder(keywords: RiskActivityTemplate.defaultParentKeywords)
        #expect(finder.keyword(in: plan.activity(id: "1.1")?.title ?? "") == "концепци")
        let choice = finder.choose(Self.resolved(plan))
        #expect(choice.candidates == ["2.3"])
        let fixed = PlanRules(plan: plan, rules: .newRegion)
        #expect(fixed.rules.riskActivity.parent == "2.3")
        #expect(!fixed.rules.riskActivity.derivesParent)
        #expect(fixed.unknown.isEmpty)
    }

    @Test(
        arguments: [
            ("Разработка программ развития школ", "программ развити"),
            ("Утверждение программы развития ОО", "программ развити"),
            ("Разработка антирисковых программ", "антирисков"),
            ("Концепция развития школы", "концепци"),
            ("Программа по работе со школами", nil),
            ("Развитие программ дополнительного образования", nil),
        ] as [(String, String?)])
    func keywordsAreWordBeginningsInOrder(text: String, keyword: String?) {
        #expect(ProgrammeItemFinder(keywords: RiskActivityTemplate.defaultParentKeywords).keyword(in: text) == keyword)
    }

    static func tinyPlan(_ titles: [(String, String)]) -> Roadmap {
        Roadmap(
            owner: .region, title: "План", period: .calendarYear(2024),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: titles.enumerated().map { i, t in
                        Activity(id: "\(i + 1)", title: t.0, schedule: "до 01.05.2024", executors: t.1)
                    })
            ])
    }

    @Test func noneOrSeveralLeaveTheChoiceToTheUser() throws {
        let none = Self.tinyPlan([("Совещание", "Руководители ОО")])
        let noneRules = PlanRules(plan: none, rules: .newRegion)
        #expect(noneRules.rules.riskActivity.derivesParent)
        #expect(noneRules.choice.item == nil)
        #expect(noneRules.messages().first?.warning == true)
        let several = Self.tinyPlan([
            ("Разработка программ развития", "Руководители ОО"), ("Разработка антирисковых программ", "Руководители ОО"),
        ])
        let choice = PlanRules(plan: several, rules: .newRegion).choice
        #expect(choice.candidates == ["1", "2"])
        let finding = CascadeChecks.ambiguousProgrammeItem(choice)
        #expect(finding.code == .ambiguousRule)
        #expect(finding.message.ru.contains("1 («программ развити»), 2 («антирисков»)"))
    }

    @Test func validateAsksOnlyWhenSchoolsHaveRiskDirections() throws {
        var workspace = Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2024)),
            regionalPlan: Self.tinyPlan([("Совещание", "Руководители ОО")]))
        workspace.units.municipalities = [Municipality(id: "m", name: "M")]
        workspace.units.schools = [School(id: "s", municipality: "m", name: "S")]
        let engine = try CascadeEngine(workspace: workspace)
        #expect(CascadeChecks.ruleFindings(engine).isEmpty)
        workspace.units.schools[0].riskDirections = ["Дефицит педагогических кадров"]
        let asked = CascadeChecks.ruleFindings(try CascadeEngine(workspace: workspace))
        #expect(asked.map(\.code) == [.ambiguousRule])
        #expect(asked.first?.location == "rules.riskActivity.parent")
    }

    /// A workspace written before the rule existed has no `parent`: it is derived, and Kaliningrad's
    /// anti-risk programmes still implement region:5 with its window.
    @Test func oldWorkspacesWithoutTheFieldDeriveTheSameItem() throws {
        let workspace = try CascadeFixture.workspace()
        #expect(workspace.settings.rules.riskActivity.derivesParent)
        let engine = try CascadeEngine(workspace: workspace)
        #expect(engine.programmeItem == "5")
        let risk = engine.riskActivity(1, direction: "Дефицит педагогических кадров")
        #expect(risk.implements == [ActivityLink(level: .region, activity: "5")])
        #expect(risk.schedule == "15.04-15.05.2023")
    }

    @Test func theFieldRoundTripsAbsentNullOrAnItem() throws {
        func decode(_ json: String) throws -> RiskActivityTemplate {
            try JSONDecoder().decode(RiskActivityTemplate.self, from: Data(json.utf8))
        }
        #expect(try decode("{}").derivesParent)
        let none = try decode(#"{"parent": null}"#)
        #expect(!none.derivesParent && none.parent == nil)
        let item = try decode(#"{"parent": "2.3"}"#)
        #expect(!item.derivesParent && item.parent == "2.3")
        for template in [none, item, RiskActivityTemplate.programmeDefault] {
            let again = try JSONDecoder().decode(RiskActivityTemplate.self, from: JSONEncoder().encode(template))
            #expect(again == template)
        }
        // An explicit null links the programmes to nothing: their deadline is the whole period.
        var workspace = try CascadeFixture.workspace()
        workspace.settings.rules.riskActivity = none
        let engine = try CascadeEngine(workspace: workspace)
        #expect(engine.programmeItem == nil)
        #expect(engine.riskActivity(1, direction: "x").implements.isEmpty)
    }
}

/// `roadmap explain` shows where the programme rule is stored and why it says what it says.
@Suite struct ProgrammeRuleExplanationTests {
    @Test func explainShowsTheRuleAndWhereItIsStored() throws {
        var workspace = try CascadeFixture.workspace()
        let school = try #require(workspace.school(CascadeFixture.primorye))
        try #require(!school.riskDirections.isEmpty)
        let derived = try CascadeExplanation.explain(
            engine: try CascadeEngine(workspace: workspace), school: school.id, activity: "risk1")
        #expect(derived.rules.map(\.ru).first?.contains("пункт 5 регионального плана найден по словам «программ развити»") == true)
        #expect(derived.render(.ru).contains("Правило: rules.riskActivity.parent: пункт 5"))
        workspace.settings.rules.riskActivity.parent = "5"
        workspace.settings.rules.riskActivity.derivesParent = false
        let written = try CascadeExplanation.explain(
            engine: try CascadeEngine(workspace: workspace), school: school.id, activity: "risk1")
        #expect(
            written.rules.map(\.en) == [
                "rules.riskActivity.parent: item 5 of the regional plan (written in workspace.json; change it there)"
            ])
        // Other activities carry no rule note.
        let other = try CascadeExplanation.explain(
            engine: try CascadeEngine(workspace: workspace), school: school.id, activity: "r2")
        #expect(other.rules.isEmpty)
    }
}
