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

/// The per-worker schedule memo (compliance and validation) gives the parser's answers, whatever it
/// has seen before.
@Suite struct ScheduleMemoTests {
    @Test func sameWarningsAsParsingOnTheKaliningradPlan() throws {
        let plan = try #require(try CascadeFixture.workspace().regionalPlan)
        var memo = ScheduleMemo(shared: ScheduleCache())
        var warned = 0
        // Twice over, so the second pass answers from the memo.
        for _ in 0..<2 {
            for activity in plan.activities {
                let expected = ScheduleParser(period: plan.period).parse(activity.schedule).warnings
                #expect(memo.warnings(activity.schedule, period: plan.period) == expected, "\(activity.schedule)")
                let parsed = ScheduleParser(period: plan.period).parse(activity.schedule)
                let entry = memo.entry(activity.schedule, period: plan.period)
                #expect(memo.isMeasurable(entry) == parsed.isMeasurable && memo.occurrences(entry) == parsed.occurrences)
                #expect(memo.schedule(activity.schedule, period: plan.period) == parsed)
                #expect(memo.finalDeadline(activity.schedule, period: plan.period) == parsed.finalDeadline)
                if !expected.isEmpty { warned += 1 }
            }
        }
        // Items 30–32 («30.12.2022») fall outside the 2023 plan: the memo must not hide that.
        #expect(warned >= 6)
    }

    @Test func thePeriodIsPartOfTheKey() {
        var memo = ScheduleMemo(shared: ScheduleCache())
        #expect(memo.warnings("До 30.12.2022", period: .calendarYear(2022)).isEmpty)
        #expect(memo.warnings("До 30.12.2022", period: .calendarYear(2023)).map(\.code) == [.outsidePeriod])
        #expect(memo.warnings("31.02.2023", period: .calendarYear(2023)).map(\.code) == [.impossibleDate])
    }
}
