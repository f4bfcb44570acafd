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

/// Re-importing a plan keeps the rules `workspace.json` already has (the user's choice of the
/// programme item among them), reports when the plan's content would now choose differently, and
/// fills only what is absent — on both regions' plans.
@Suite struct PlanRulesTests {
    static func rules(parent: String?, written: Bool = true) -> CascadeRules {
        var rules = CascadeRules.newRegion
        rules.riskActivity.derivesParent = !written
        rules.riskActivity.parent = written ? parent : nil
        rules.leadDays = [LeadTime(level: .school, days: 3)]
        return rules
    }

    static var second: Roadmap {
        get throws { try ProgrammeItemFinderTests.plan("region-second/plan-2024.md") }
    }

    static var kaliningrad: Roadmap {
        get throws { try ProgrammeItemFinderTests.plan(Fixture.Seed.kaliningrad.path) }
    }

    @Test func anEditedProgrammeItemIsKeptAndTheDifferenceReported() throws {
        // The user chose 2.1 in the second region; the plan's words say 2.3.
        let edited = Self.rules(parent: "2.1")
        let planRules = PlanRules(plan: try Self.second, rules: edited)
        #expect(planRules.rules == edited)
        #expect(planRules.parentRule == .kept("2.1"))
        let finding = try #require(planRules.differsFromPlan)
        #expect(finding.code == .ruleDiffersFromPlan)
        #expect(finding.location == "rules.riskActivity.parent")
        #expect(finding.message.ru.contains("сохранено как записано (\"2.1\")"))
        #expect(finding.message.ru.contains("относятся к пункту 2.3 (найден по словам «программ развити»)"))
        #expect(finding.message.ru.hasSuffix("запишите \"parent\": \"2.3\""))
        #expect(planRules.messages().first?.warning == true)
        #expect(planRules.messages().first?.text.ru.hasPrefix("[rule-differs-from-plan] ") == true)
    }

    @Test func aKeptRuleTheContentAgreesWithIsNotReported() throws {
        let planRules = PlanRules(plan: try Self.second, rules: Self.rules(parent: "2.3"))
        #expect(planRules.differsFromPlan == nil)
        #expect(planRules.rules.riskActivity.parent == "2.3")
        #expect(planRules.messages().first?.warning == false)
        #expect(planRules.messages().first?.text.ru == "правило rules.riskActivity.parent из workspace.json сохранено: пункт 2.3")
    }

    @Test func nullMeansNoneAndIsKeptInKaliningrad() throws {
        // Kaliningrad's plan names item 5; the user wrote null (no item): kept, and reported.
        let planRules = PlanRules(plan: try Self.kaliningrad, rules: Self.rules(parent: nil))
        #expect(planRules.parentRule == .kept(nil))
        #expect(planRules.rules.riskActivity.parent == nil)
        #expect(!planRules.rules.riskActivity.derivesParent)
        #expect(planRules.differsFromPlan?.message.ru.contains("(null)") == true)
        #expect(planRules.differsFromPlan?.message.ru.contains("к пункту 5") == true)
        // Item 5 written by an earlier import: kept, nothing to say.
        #expect(PlanRules(plan: try Self.kaliningrad, rules: Self.rules(parent: "5")).differsFromPlan == nil)
    }

    @Test func anAbsentRuleIsFilledAndTheOthersKept() throws {
        for (plan, item) in [(try Self.second, "2.3"), (try Self.kaliningrad, "5")] {
            let planRules = PlanRules(plan: plan, rules: Self.rules(parent: nil, written: false))
            #expect(planRules.parentRule == .filled)
            #expect(planRules.rules.riskActivity.parent == item)
            #expect(!planRules.rules.riskActivity.derivesParent)
            #expect(planRules.rules.leadDays == [LeadTime(level: .school, days: 3)])
            #expect(planRules.differsFromPlan == nil)
        }
    }
}
