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

/// Term dates as data: a `SchoolCalendar` read from JSON (the usual dates when a list is left out)
/// and handed to the parser, which reads terms and the study time with it.
@Suite struct SchoolCalendarDataTests {
    static func decode(_ json: String) throws -> SchoolCalendar {
        try JSONDecoder().decode(SchoolCalendar.self, from: Data(json.utf8))
    }

    @Test func leftOutListsKeepTheUsualDatesAndTheFormRoundTrips() throws {
        #expect(try Self.decode("{}") == .standard)
        let data = try JSONEncoder().encode(SchoolCalendar.standard)
        #expect(try JSONDecoder().decode(SchoolCalendar.self, from: data) == .standard)
        #expect(SchoolCalendar.standard.quarters.map(\.text) == ["01.09-27.10", "06.11-29.12", "09.01-22.03", "01.04-24.05"])
    }

    @Test(arguments: [
        #"{"quarters": ["01.09-27.10"]}"#,  // not four
        #"{"trimesters": ["01.09-30.11", "01.12-28.02", "01.03-32.05"]}"#,  // no 32 May
        #"{"trimesters": ["01.09-30.11", "15.11-28.02", "01.03-31.05"]}"#,  // overlapping
        #"{"trimesters": ["30.11-01.09", "01.12-28.02", "01.03-31.05"]}"#,  // ends before it starts
    ])
    func wrongTermsAreRejected(json: String) {
        #expect(throws: DecodingError.self) { try Self.decode(json) }
    }

    @Test func theParserReadsTermsAndTheStudyTimeWithTheGivenCalendar() throws {
        // A region whose school year ends on 20 June and whose third trimester starts on 10 March.
        let calendar = try Self.decode(#"{"trimesters": ["01.09-30.11", "01.12-09.03", "10.03-20.06"]}"#)
        let academic = ScheduleParser(period: .academicYear(startYear: 2023), calendar: calendar)
        let third = academic.parse("III триместр")
        #expect(third.occurrences.map { $0.start } == [LocalDate(iso: "2024-03-10")])
        #expect(third.occurrences.map(\.end) == [LocalDate(iso: "2024-06-20")!])
        // «в течение учебного года» in the second region's 2024 plan: study time to 20.06.
        let year = ScheduleParser(period: .calendarYear(2024), calendar: calendar).parse("в течение учебного года")
        #expect(year.occurrences.first?.end == LocalDate(iso: "2024-06-20"))
        // The usual calendar, as before (Kaliningrad's 2023 plan).
        let usual = ScheduleParser(period: .calendarYear(2023)).parse("в течение учебного года")
        #expect(usual.occurrences.first?.end == LocalDate(iso: "2023-05-31"))
    }
}
