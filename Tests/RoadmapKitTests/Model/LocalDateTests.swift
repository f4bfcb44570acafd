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

@Suite struct LocalDateTests {
    @Test(arguments: ["31.02.2023", "15.13.2023", "00.01.2023", "29.02.2023", "32.01.2023", "1.1.2023"])
    func rejectsImpossibleRussianDates(_ text: String) {
        #expect(LocalDate(russian: text) == nil)
    }

    @Test func parsesRussianAndISO() {
        #expect(LocalDate(russian: "15.02.2023") == LocalDate(year: 2023, month: 2, day: 15))
        #expect(LocalDate(iso: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(iso: "2023-02-29") == nil)
    }

    @Test func dayArithmeticRoundTrips() throws {
        let date = try #require(LocalDate(year: 2023, month: 3, day: 1))
        #expect(date.adding(days: -1) == LocalDate(year: 2023, month: 2, day: 28))
        #expect(date.adding(days: 365) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
    }
}
