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

/// Dates that do not exist are reported as `impossible-date` (what `validate` shows as an error),
/// not as text the parser did not understand.
@Suite struct ImpossibleDateTests {
    @Test(arguments: [
        ("31.02.2023", ["31.02.2023"]),
        ("До 31.04.2023", ["31.04.2023"]),
        ("01.02-30.02.2023", ["30.02.2023"]),
        ("15.13.2023", ["15.13.2023"]),
        ("29.02.2023", ["29.02.2023"]),
        ("29.02.2024", []),
        ("Август", []),
        ("01.03.-20.05.2023", []),
    ])
    func reportsDatesThatDoNotExist(text: String, impossible: [String]) {
        let period: Period = text.contains("2024") ? .calendarYear(2024) : .calendarYear(2023)
        let warnings = ScheduleParser(period: period).parse(text).warnings.filter { $0.code == .impossibleDate }
        #expect(warnings.count == impossible.count, "\(warnings.map(\.message.ru))")
        for (warning, date) in zip(warnings, impossible) {
            #expect(warning.message.ru.contains(date))
        }
    }

    @Test func theParserReportsThemAsImpossibleDates() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("31.02.2023")
        #expect(schedule.warnings.map(\.code) == [.impossibleDate])
        #expect(schedule.warnings.first?.message.ru.hasPrefix("такой даты нет: «31.02.2023»") == true)
        #expect(!schedule.isMeasurable)
    }
}
