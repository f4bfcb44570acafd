import Dispatch
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

    /// By text, the index gives the parser's answers whether the workspace holds the text or not,
    /// and whatever it has seen before.
    @Test func byTextSameAnswersAsTheParser() throws {
        let workspace = try CascadeFixture.workspace()
        let plan = try #require(workspace.regionalPlan)
        for index in [ScheduleIndex(workspace), ScheduleIndex()] {
            var warned = 0
            // Twice over, so the second pass answers from what the first kept.
            for _ in 0..<2 {
                for activity in plan.activities {
                    let parsed = ScheduleParser(period: plan.period).parse(activity.schedule)
                    #expect(index.schedule(activity.schedule, period: plan.period) == parsed, "\(activity.schedule)")
                    #expect(index.warnings(activity.schedule, period: plan.period) == parsed.warnings)
                    #expect(index.occurrences(activity.schedule, period: plan.period) == parsed.occurrences)
                    #expect(index.finalDeadline(activity.schedule, period: plan.period) == parsed.finalDeadline)
                    let counting = index.counting(activity.schedule, period: plan.period)
                    #expect(counting.measurable == parsed.isMeasurable && counting.occurrences == parsed.occurrences)
                    if !parsed.warnings.isEmpty { warned += 1 }
                }
            }
            // Items 30–32 («30.12.2022») fall outside the 2023 plan: the index must not hide that.
            #expect(warned >= 6)
        }
    }

    @Test func byTextThePeriodIsPartOfTheKey() {
        let index = ScheduleIndex()
        #expect(index.warnings("До 30.12.2022", period: .calendarYear(2022)).isEmpty)
        #expect(index.warnings("До 30.12.2022", period: .calendarYear(2023)).map(\.code) == [.outsidePeriod])
        #expect(index.warnings("31.02.2023", period: .calendarYear(2023)).map(\.code) == [.impossibleDate])
        let march = index.schedule("март", period: .academicYear(startYear: 2022))
        #expect(march.occurrences.first?.end == LocalDate(year: 2023, month: 3, day: 31))
        #expect(index.schedule("март", period: .calendarYear(2023)) == ScheduleParser(period: .calendarYear(2023)).parse("март"))
    }

    /// A text the workspace does not hold is parsed once for every copy of the index, from any thread.
    @Test func byTextIsSafeFromManyThreads() {
        let index = ScheduleIndex()
        let texts = ["До 15.02.2023", "01.02-15.05.2023", "В течение года", "ежегодно (июнь, декабрь)", "По графику"]
        let periods: [Period] = [.calendarYear(2023), .academicYear(startYear: 2022), .multiYear(from: 2022, through: 2025)]
        let expected = periods.map { p in texts.map { ScheduleParser(period: p).parse($0) } }
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 2_000) { n in
            let copy = index
            let p = n % periods.count
            let t = (n / periods.count) % texts.count
            if copy.schedule(texts[t], period: periods[p]) != expected[p][t] { mismatches.add() }
        }
        #expect(mismatches.value == 0)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
