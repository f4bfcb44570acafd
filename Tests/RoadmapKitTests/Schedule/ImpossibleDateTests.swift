import Testing

@testable import RoadmapKit

@Suite struct ImpossibleDateTests {
    @Test(arguments: [
        ("31.02.2023", ["31.02.2023"]),
        ("До 31.04.2023", ["31.04.2023"]),
        ("01.02-30.02.2023", ["30.02.2023"]),
        ("15.13.2023", ["15.13.2023"]),
        ("29.02.2023", ["29.02.2023"]),
        ("29.02.2024", []),
        ("00.01.2023", ["00.01.2023"]),
        ("Август", []),
        ("01.03.-20.05.2023", []),
    ])
    func findsDatesThatDoNotExist(text: String, expected: [String]) {
        #expect(ScheduleParser.impossibleDates(in: text) == expected)
    }

    @Test func theParserReportsThemAsImpossibleDates() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("31.02.2023")
        #expect(schedule.warnings.map(\.code) == [.impossibleDate])
        #expect(schedule.warnings.first?.message.ru == "такой даты нет: «31.02.2023»")
        #expect(!schedule.isMeasurable)
    }
}
