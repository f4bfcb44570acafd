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

/// School terms in the deadline grammar, with the usual term dates (`SchoolCalendar.standard`).
@Suite struct SchoolTermTests {
    static let academic = Period.academicYear(startYear: 2023)

    static func iso(_ schedule: Schedule) -> [String] {
        schedule.occurrences.map { "\($0.start?.isoString ?? "")..\($0.end.isoString)" }
    }

    @Test(arguments: [
        ("I четверть", ["2023-09-01..2023-10-27"]), ("во II четверти", ["2023-11-06..2023-12-29"]),
        ("3 четверть", ["2024-01-09..2024-03-22"]), ("IV четверть", ["2024-04-01..2024-05-24"]),
        ("I-II триместр", ["2023-09-01..2024-02-28"]), ("III триместр", ["2024-03-01..2024-05-31"]),
        (
            "по четвертям",
            ["2023-09-01..2023-10-27", "2023-11-06..2023-12-29", "2024-01-09..2024-03-22", "2024-04-01..2024-05-24"]
        ),
        ("каждый триместр", ["2023-09-01..2023-11-30", "2023-12-01..2024-02-28", "2024-03-01..2024-05-31"]),
        // Frequency wordings of school roadmaps: once in every term.
        (
            "ежечетвертно",
            ["2023-09-01..2023-10-27", "2023-11-06..2023-12-29", "2024-01-09..2024-03-22", "2024-04-01..2024-05-24"]
        ),
        (
            "не реже 1 раза в четверть",
            ["2023-09-01..2023-10-27", "2023-11-06..2023-12-29", "2024-01-09..2024-03-22", "2024-04-01..2024-05-24"]
        ),
        ("раз в триместр", ["2023-09-01..2023-11-30", "2023-12-01..2024-02-28", "2024-03-01..2024-05-31"]),
    ])
    func termsOfTheSchoolYear(text: String, expected: [String]) {
        let schedule = ScheduleParser(period: Self.academic).parse(text)
        #expect(Self.iso(schedule) == expected, "«\(text)»")
        #expect(schedule.isFullyUnderstood, "«\(text)»: \(schedule.warnings.map(\.message.en))")
        #expect(schedule.kind == (expected.count > 1 ? .recurring : .window))
    }

    /// In a calendar-year plan the terms that end in the year: spring terms of one school year,
    /// autumn terms of the next.
    @Test func inACalendarYearTheTermsEndingInItCount() {
        let schedule = ScheduleParser(period: .calendarYear(2024)).parse("по четвертям")
        #expect(
            Self.iso(schedule) == [
                "2024-01-09..2024-03-22", "2024-04-01..2024-05-24", "2024-09-01..2024-10-27", "2024-11-06..2024-12-29",
            ])
    }

    /// «2 раза в четверть» is not read as once a term: the count is left over and reported.
    @Test func twiceATermIsNotReadAsOnce() {
        let schedule = ScheduleParser(period: Self.academic).parse("2 раза в четверть")
        #expect(!schedule.isFullyUnderstood)
    }

    @Test func aTermAfterAConditionIsItsDate() {
        let schedule = ScheduleParser(period: Self.academic).parse("по итогам I четверти")
        #expect(schedule.condition == "по итогам")
        #expect(Self.iso(schedule) == ["2023-09-01..2023-10-27"])
        let each = ScheduleParser(period: Self.academic).parse("по итогам каждой четверти")
        #expect(each.occurrences.count == 4)
    }

    /// «четвертый квартал» stays a calendar quarter; «четверть» alone is the school term.
    @Test func theFourthQuarterIsNotATerm() {
        let schedule = ScheduleParser(period: .calendarYear(2024)).parse("четвертый квартал")
        #expect(Self.iso(schedule) == ["2024-10-01..2024-12-31"])
    }
}
