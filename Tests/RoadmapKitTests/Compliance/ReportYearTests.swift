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

/// Each roadmap is measured over its own period's occurrences that fall in the report's year
/// (`MonitoringWindow.window(for:asOf:report:)`): an academic-year municipal roadmap in a calendar-year
/// workspace. Figures by hand in each test.
@Suite struct ReportYearTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// A 2023-2024 school-year roadmap written as municipalities write them.
    static let academic = Roadmap(
        owner: .municipality(MunicipalityID("m")), title: "Дорожная карта на 2023-2024 учебный год",
        period: .academicYear(startYear: 2023),
        sections: [
            RoadmapSection(
                title: "",
                activities: [
                    Activity(id: "1", title: "Назначение координатора", schedule: "сентябрь 2023"),
                    Activity(id: "2", title: "Мониторинг", schedule: "декабрь, май"),
                    Activity(id: "3", title: "Сопровождение", schedule: "ежемесячно"),
                    Activity(id: "4", title: "Программы развития", schedule: "до 15.04.2024"),
                ])
        ])

    static let log = ProgressLog(
        owner: .municipality(MunicipalityID("m")),
        records: [ProgressRecord(activity: "2", status: .done, completedOn: date("2024-05-20"))])

    static func counts(asOf: String, report: Period?) -> ExecutionCounts {
        RoadmapEvaluator(asOf: date(asOf), report: report).evaluate(academic, log: log, schedules: ScheduleIndex()).counts
    }

    @Test func theWindowIsTheRoadmapsOwnInsideTheReportsYear() {
        let academic = Period.academicYear(startYear: 2023)
        #expect(
            MonitoringWindow.window(for: academic, asOf: Self.date("2024-06-30"), report: .calendarYear(2024))
                == Self.date("2024-01-01")...Self.date("2024-08-31"))
        #expect(
            MonitoringWindow.window(for: academic, asOf: Self.date("2023-11-30"), report: .calendarYear(2023))
                == Self.date("2023-09-01")...Self.date("2023-12-31"))
        // A multi-year workspace reports the as-of date's calendar year.
        #expect(
            MonitoringWindow.window(for: academic, asOf: Self.date("2024-06-30"), report: .multiYear(from: 2022, through: 2025))
                == Self.date("2024-01-01")...Self.date("2024-08-31"))
        // Last year's roadmap meets no day of this year's report.
        #expect(MonitoringWindow.window(for: .calendarYear(2023), asOf: Self.date("2024-06-30"), report: .calendarYear(2024)) == nil)
        #expect(
            MonitoringWindow.window(for: .calendarYear(2024), asOf: Self.date("2024-06-30"), report: .calendarYear(2024))
                == Self.date("2024-01-01")...Self.date("2024-12-31"))
    }

    @Test func aSchoolYearRoadmapInACalendarYearReportCountsItsSpringOnly() {
        // 2024 report as of 30.06.2024: item 1 (September 2023) and December 2023 are not counted;
        // May (done) 1 + January–August 8 + 15.04 1 = 10 items; due: May, January–June, 15.04 = 8;
        // overdue 8 − 1 done = 7.
        let counts = Self.counts(asOf: "2024-06-30", report: .calendarYear(2024))
        #expect(counts.activities == 10)
        #expect(counts.due == 8)
        #expect(counts.done == 1)
        #expect(counts.overdue == 7)
        #expect(counts.outsidePeriod == 0)
        // Without a report's year the roadmap's whole period counts: 1 + 2 + 12 + 1 = 16, due 1 + 2 + 10 + 1 = 14.
        let whole = Self.counts(asOf: "2024-06-30", report: nil)
        #expect(whole.activities == 16)
        #expect(whole.due == 14)
        #expect(whole.overdue == 13)
    }

    @Test func theSameRoadmapInTheYearItStartedCountsItsAutumnOnly() {
        // 2023 report as of 31.12.2023: September 2023 1 + December 1 + September–December 4 = 6, all due, none done.
        let counts = Self.counts(asOf: "2023-12-31", report: .calendarYear(2023))
        #expect(counts.activities == 6)
        #expect(counts.due == 6)
        #expect(counts.overdue == 6)
        #expect(counts.outsidePeriod == 0)
    }

    @Test func lastYearsRoadmapCountsNothingThisYear() {
        var roadmap = Self.academic
        roadmap.period = .calendarYear(2023)
        roadmap.sections[0].activities = [Activity(id: "1", title: "Программа", schedule: "до 30.04.2023")]
        let counts = RoadmapEvaluator(asOf: Self.date("2024-06-30"), report: .calendarYear(2024))
            .evaluate(roadmap, log: nil, schedules: ScheduleIndex()).counts
        #expect(counts.activities == 0)
        #expect(counts.overdue == 0)
        #expect(counts.percent == nil)
    }
}
