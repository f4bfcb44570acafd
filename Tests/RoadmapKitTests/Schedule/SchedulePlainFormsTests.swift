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

/// The byte-level reading of «До DD.MM.YYYY» and «DD.MM-DD.MM.YYYY» gives exactly the full parser's
/// schedule, or leaves the text to it.
@Suite struct SchedulePlainFormsTests {
    static let periods: [Period] = [.calendarYear(2023), .academicYear(startYear: 2022), .multiYear(from: 2022, through: 2024)]

    /// Every day of 2022–2024.
    static let days: [LocalDate] = {
        var days: [LocalDate] = []
        var day = LocalDate(year: 2022, month: 1, day: 1)!
        while day.year <= 2024 {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }()

    static func text(_ date: LocalDate, year: Bool = true) -> String {
        let dd = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let mm = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return year ? "\(dd).\(mm).\(date.year)" : "\(dd).\(mm)"
    }

    @Test(arguments: periods)
    func deadlinesOnEveryDayAreTheFullParsersOrLeftToIt(period: Period) {
        let parser = ScheduleParser(period: period)
        var answered = 0
        for day in Self.days {
            for prefix in ["До ", "до "] {
                let text = prefix + Self.text(day)
                let full = parser.parseFully(text)
                if let plain = parser.plainForm(text) {
                    #expect(plain == full, "\(text)")
                    answered += 1
                } else {
                    // Left to the parser only when it is not a plain deadline inside the period.
                    #expect(!period.contains(day) || full.kind != .deadline || !full.warnings.isEmpty, "\(text)")
                }
                #expect(parser.parse(text) == full)
            }
        }
        #expect(answered >= 2 * 365)
    }

    @Test(arguments: periods)
    func windowsAreTheFullParsersOrLeftToIt(period: Period) {
        let parser = ScheduleParser(period: period)
        var answered = 0
        // Every 5th day against every 9th: starts before, after and on the end, within and across years.
        for start in stride(from: 0, to: Self.days.count, by: 5) {
            for end in stride(from: 0, to: Self.days.count, by: 9) where Self.days[end].year == Self.days[start].year || start % 45 == 0 {
                let text = Self.text(Self.days[start], year: false) + "-" + Self.text(Self.days[end])
                let full = parser.parseFully(text)
                if let plain = parser.plainForm(text) {
                    #expect(plain == full, "\(text)")
                    answered += 1
                }
                #expect(parser.parse(text) == full, "\(text)")
            }
        }
        #expect(answered > 1_000)
    }

    @Test(arguments: [
        "До 31.02.2023", "До 15.5.2023", "До 15.05.23", " До 15.05.2023", "До 15.05.2023 ", "До  15.05.2023", "ДО 15.05.2023",
        "15.05-01.02.2023", "01.02-01.02.2023", "01.02–15.05.2023", "01.02 - 15.05.2023", "01.02-15.05.2023г.", "1.02-15.05.2023",
    ])
    func otherSpellingsAreLeftToTheParser(text: String) {
        let parser = ScheduleParser(period: .calendarYear(2023))
        #expect(parser.plainForm(text) == nil)
        #expect(parser.parse(text) == parser.parseFully(text))
    }
}
