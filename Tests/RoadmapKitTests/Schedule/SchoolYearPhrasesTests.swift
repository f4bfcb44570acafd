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

    @Test func theFlagIsAValidationFinding() throws {
        var plan = Roadmap(owner: .region, title: "План", period: .calendarYear(2024))
        plan.sections = [RoadmapSection(title: "", activities: [Activity(id: "1", title: "x", schedule: "в течение учебного года")])]
        let workspace = Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2024)),
            regionalPlan: plan)
        let findings = Validator.validate(workspace).filter { $0.code == .academicYearInCalendarPlan }
        #expect(findings.map(\.location) == ["sections[0].activities[0].schedule"])
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
