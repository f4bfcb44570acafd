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

/// The workspace-wide schedule index gives every activity the parser's answer for its own text and
/// its roadmap's period, and a stale index never changes what validation and compliance say.
@Suite struct ScheduleIndexTests {
    static let workspaces = ["examples/kaliningrad-2023", "examples/andropovsky-2023", "cascade", "compliance/small"]

    static func load(_ name: String) throws -> Workspace {
        if name.hasPrefix("examples/") { return try ExampleFiles.load(String(name.dropFirst(9))).workspace }
        if name == "cascade" { return try CascadeFixture.workspace() }
        return try WorkspaceStore(directory: Fixture.url(name)).load().workspace
    }

    static func owned(_ workspace: Workspace) -> [(Owner, Roadmap)] {
        var result: [(Owner, Roadmap)] = workspace.regionalPlan.map { [(.region, $0)] } ?? []
        result += workspace.municipalRoadmaps.map { (.municipality($0.key), $0.value) }
        result += workspace.schoolRoadmaps.map { (.school($0.key), $0.value) }
        return result
    }

    @Test(arguments: workspaces) func everyActivityGetsTheParsersSchedule(_ name: String) throws {
        let workspace = try Self.load(name)
        let index = ScheduleIndex(workspace)
        var activities = 0
        var texts = Set<String>()
        for (owner, roadmap) in Self.owned(workspace) {
            let entries = try #require(index.entries(of: owner, in: roadmap), "\(owner)")
            let all = roadmap.activities
            #expect(entries.count == all.count)
            for (entry, activity) in zip(entries, all) {
                let parsed = ScheduleParser(period: roadmap.period).parse(activity.schedule)
                #expect(index.schedule(entry) == parsed, "\(owner) \(activity.id): \(activity.schedule)")
                #expect(index.measurable[Int(entry)] == parsed.isMeasurable)
                #expect(index.occurrences[Int(entry)] == parsed.occurrences)
                #expect(index.warnings[Int(entry)] == parsed.warnings)
                texts.insert("\(roadmap.period)|\(activity.schedule)")
                activities += 1
            }
        }
        #expect(activities > 0)
        // Each distinct (text, period) is parsed once.
        #expect(index.count == texts.count)
    }

    @Test(arguments: workspaces) func validatingBesideTheEvaluationChangesNothing(_ name: String) throws {
        let workspace = try Self.load(name)
        for iso in ["2023-03-01", "2023-06-30", "2023-11-30"] {
            let evaluator = ComplianceEvaluator(asOf: try #require(LocalDate(iso: iso)))
            let both = evaluator.evaluateValidating(workspace)
            #expect(both.evaluation.report == evaluator.evaluate(workspace).report)
            #expect(both.evaluation.executions == evaluator.evaluate(workspace).executions)
            #expect(both.findings == Validator.validate(workspace))
        }
    }

    @Test func theSameTextInAnotherPeriodIsAnotherEntry() throws {
        var workspace = try WorkspaceStore(directory: Fixture.url("compliance/small")).load().workspace
        let (id, roadmap) = try #require(workspace.schoolRoadmaps.min { $0.key < $1.key })
        var other = roadmap
        other.period = .calendarYear(2022)
        other.sections[0].activities[0].schedule = "До 30.12.2022"
        var same = try #require(workspace.regionalPlan)
        same.sections[0].activities[0].schedule = "До 30.12.2022"
        workspace.schoolRoadmaps[id] = other
        workspace.regionalPlan = same
        let index = ScheduleIndex(workspace)
        let school = try #require(index.entries(of: .school(id), in: other))[0]
        let region = try #require(index.entries(of: .region, in: same))[0]
        #expect(school != region)
        #expect(index.warnings[Int(school)].isEmpty)
        #expect(index.warnings[Int(region)].map(\.code) == [.outsidePeriod])
    }

    @Test func aStaleIndexIsNotUsedForAChangedRoadmap() throws {
        let original = try WorkspaceStore(directory: Fixture.url("compliance/small")).load().workspace
        let stale = ScheduleIndex(original)
        var changed = original
        let (id, roadmap) = try #require(changed.schoolRoadmaps.min { $0.key < $1.key })
        var edited = roadmap
        edited.sections[0].activities.append(
            Activity(id: "extra", title: "Дополнительное мероприятие", schedule: "До 31.02.2023"))
        changed.schoolRoadmaps[id] = edited
        #expect(stale.entries(of: .school(id), in: edited) == nil)
        #expect(stale.entries(of: .school(id), in: roadmap) != nil)

        let asOf = try #require(LocalDate(iso: "2023-06-30"))
        let fresh = ComplianceEvaluator(asOf: asOf).evaluate(changed)
        #expect(ComplianceEvaluator(asOf: asOf).evaluate(changed, schedules: stale).report == fresh.report)
        let findings = Validator.validate(changed)
        #expect(Validator.validate(changed, schedules: stale) == findings)
        // The added activity's impossible date is found through the fallback.
        #expect(findings.contains { $0.code == .impossibleDate && $0.file.contains(id.rawValue) })
    }
}
