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

/// «учебного года» outside an academic-year plan is flagged, and «по отдельному графику/плану» is a
/// condition like «по графику».
@Suite struct SchoolYearPhrasesTests {
    @Test(arguments: ["в течение учебного года", "В течение учебного года", "в течении учебного года"])
    func aSchoolYearInACalendarPlanIsFlagged(text: String) {
        let schedule = ScheduleParser(period: .calendarYear(2024)).parse(text)
        #expect(schedule.warnings.map(\.code) == [.academicYearInCalendarPlan])
        #expect(!schedule.isFullyUnderstood)
        let academic = ScheduleParser(period: .academicYear(startYear: 2023)).parse(text)
        #expect(academic.warnings.isEmpty)
        #expect(academic.occurrences.first?.start == LocalDate(year: 2023, month: 9, day: 1))
        #expect(academic.occurrences.first?.end == LocalDate(year: 2024, month: 8, day: 31))
    }

    static func span(_ a: String, _ b: String) -> Occurrence { Occurrence(start: LocalDate(iso: a)!, end: LocalDate(iso: b)!) }

    /// The rule (Docs/schedules.md): the study time (01.09–31.05 with the usual terms) of each school
    /// year, clipped to the period — January–May and September–December of a calendar year.
    @Test func aSchoolYearInACalendarPlanIsReadAsTheStudyTimeInsideThePeriod() {
        // The second region's 2024 plan and the Kaliningrad 2023 plan.
        let second = ScheduleParser(period: .calendarYear(2024)).parse("в течение учебного года")
        #expect(second.kind == .continuous)
        #expect(second.occurrences == [Self.span("2024-01-01", "2024-05-31"), Self.span("2024-09-01", "2024-12-31")])
        #expect(
            second.warnings.first?.message.ru.contains(
                "прочитан как учебное время внутри периода (01.01.2024–31.05.2024; 01.09.2024–31.12.2024)") == true)
        let kaliningrad = ScheduleParser(period: .calendarYear(2023)).parse("В течение учебного года")
        #expect(kaliningrad.occurrences == [Self.span("2023-01-01", "2023-05-31"), Self.span("2023-09-01", "2023-12-31")])
        // Several calendar years: one part per school year met.
        let multi = ScheduleParser(period: .multiYear(from: 2022, through: 2023)).parse("в течение учебного года")
        #expect(
            multi.occurrences == [
                Self.span("2022-01-01", "2022-05-31"), Self.span("2022-09-01", "2023-05-31"), Self.span("2023-09-01", "2023-12-31"),
            ])
        #expect(SchoolCalendar.standard.studyTime == SchoolCalendar.Term(9, 1, 5, 31))
        // A recurrence splits the study time, not the summer: January–May and September–December.
        let monthly = ScheduleParser(period: .calendarYear(2024)).parse("ежемесячно в течение учебного года")
        #expect(monthly.occurrences.map(\.end.month) == [1, 2, 3, 4, 5, 9, 10, 11, 12])
    }

    @Test func theFlagIsAValidationFinding() throws {
        var plan = Roadmap(owner: .region, title: "План", period: .calendarYear(2024))
        plan.sections = [RoadmapSection(title: "", activities: [Activity(id: "1", title: "x", schedule: "в течение учебного года")])]
        let workspace = Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2024)),
            regionalPlan: plan)
        let findings = Validator.validate(workspace).filter { $0.code == .academicYearInCalendarPlan }
        #expect(findings.map(\.location) == ["sections[0].activities[0].schedule"])
        // The finding names the line and the reading.
        #expect(findings.first?.message.ru.hasPrefix("пункт 1: «учебного года» в дорожной карте на период 2024") == true)
        #expect(findings.first?.message.ru.contains("(01.01.2024–31.05.2024; 01.09.2024–31.12.2024)") == true)
    }

    @Test(arguments: [
        ("по отдельному графику", "по отдельному графику"), ("По отдельному плану", "По отдельному плану"),
        ("по отдельному графику ИРО", "по отдельному графику ИРО"),
    ])
    func aSeparateScheduleIsAConditionLikeByTheSchedule(text: String, condition: String) {
        let schedule = ScheduleParser(period: .calendarYear(2024)).parse(text)
        #expect(schedule.kind == .conditional)
        #expect(schedule.condition == condition)
        #expect(schedule.warnings.isEmpty)
    }

    @Test func aSeparatePlanWithDatesKeepsTheDates() {
        let schedule = ScheduleParser(period: .calendarYear(2024)).parse("По отдельному плану, март 2024")
        #expect(schedule.kind == .window)
        #expect(schedule.condition == "По отдельному плану")
        #expect(
            schedule.occurrences == [
                Occurrence(start: LocalDate.firstDay(year: 2024, month: 3), end: LocalDate.lastDay(year: 2024, month: 3))
            ])
    }
}
