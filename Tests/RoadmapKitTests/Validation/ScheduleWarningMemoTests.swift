import Testing

@testable import RoadmapKit

/// The roadmap check's per-task memo gives the parser's warnings, whatever it has seen before.
@Suite struct ScheduleWarningMemoTests {
    @Test func sameWarningsAsParsingOnTheKaliningradPlan() throws {
        let plan = try #require(try CascadeFixture.workspace().regionalPlan)
        var memo = ScheduleWarningMemo(cache: ScheduleCache())
        var warned = 0
        // Twice over, so the second pass answers from the memo.
        for _ in 0..<2 {
            for activity in plan.activities {
                let expected = ScheduleParser(period: plan.period).parse(activity.schedule).warnings
                #expect(memo.warnings(activity.schedule, period: plan.period) == expected, "\(activity.schedule)")
                if !expected.isEmpty { warned += 1 }
            }
        }
        // Items 30–32 («30.12.2022») fall outside the 2023 plan: the memo must not hide that.
        #expect(warned >= 6)
    }

    @Test func thePeriodIsPartOfTheKey() {
        var memo = ScheduleWarningMemo(cache: ScheduleCache())
        #expect(memo.warnings("До 30.12.2022", period: .calendarYear(2022)).isEmpty)
        #expect(memo.warnings("До 30.12.2022", period: .calendarYear(2023)).map(\.code) == [.outsidePeriod])
        #expect(memo.warnings("31.02.2023", period: .calendarYear(2023)).map(\.code) == [.impossibleDate])
    }
}
