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

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2023", Period.calendarYear(2023)),
        ("в 2023 году", Period.calendarYear(2023)),
        ("2021-2022 учебный год", Period.academicYear(startYear: 2021)),
        ("2021-2022", Period.academicYear(startYear: 2021)),
        ("2022-2025 гг.", Period.multiYear(from: 2022, through: 2025)),
        ("2022 – 2024 годы", Period.multiYear(from: 2022, through: 2024)),
        ("2022-2023 гг.", Period.multiYear(from: 2022, through: 2023)),
        (
            "2023-01-01..2023-06-30",
            Period.custom(start: LocalDate(year: 2023, month: 1, day: 1)!, end: LocalDate(year: 2023, month: 6, day: 30)!)
        ),
    ])
    func parsesThePeriodsDocumentsUse(_ text: String, _ expected: Period) {
        #expect(Period(parsing: text) == expected)
    }

    @Test(arguments: ["", "abc", "2023-2021", "20233", "2023-02-30..2023-03-01", "1.1.2023"])
    func rejectsWhatIsNotAPeriod(_ text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test func academicYearRunsFromSeptemberToAugust() {
        let period = Period.academicYear(startYear: 2021)
        #expect(period.start == LocalDate(year: 2021, month: 9, day: 1))
        #expect(period.end == LocalDate(year: 2022, month: 8, day: 31))
        #expect(period.contains(LocalDate(year: 2022, month: 3, day: 1)!))
        #expect(!period.contains(LocalDate(year: 2022, month: 9, day: 1)!))
    }

    @Test(arguments: [
        Period.calendarYear(2023), .academicYear(startYear: 2021), .multiYear(from: 2022, through: 2025),
        .multiYear(from: 2022, through: 2023),
    ])
    func canonicalTextRoundTrips(_ period: Period) {
        #expect(Period(parsing: period.canonicalText) == period)
    }
}
