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

/// Every deadline cell of the five seed documents parses to the structure the fixture lists.
@Suite struct SeedDeadlineTests {
    @Test(arguments: try SeedDeadline.all())
    func parsesEverySeedDeadlineCell(_ row: SeedDeadline) {
        let schedule = ScheduleParser(period: row.period).parse(row.text)
        #expect(schedule.kind == row.kind)
        #expect(schedule.occurrences == row.occurrences)
        #expect(Set(schedule.warnings.map(\.code)) == row.warnings)
        #expect(schedule.leftover == nil)
        #expect(schedule.text == row.text)
    }

    @Test func fixtureListsEveryCellOfTheTabularSeeds() throws {
        let rows = try SeedDeadline.all()
        let extracted: [(String, [String])] = [
            ("004", SeedDeadlineCells.kaliningrad(try Fixture.text(Fixture.Seed.kaliningrad.path))),
            ("001", SeedDeadlineCells.svetlogorsk(try Fixture.text(Fixture.Seed.svetlogorsk.path))),
            ("000", SeedDeadlineCells.andropovsky(try Fixture.text(Fixture.Seed.andropovsky.path))),
            ("003", SeedDeadlineCells.kavkazsky(try Fixture.text(Fixture.Seed.kavkazsky.path))),
        ]
        for (seed, cells) in extracted {
            #expect(cells.count > 10, "seed \(seed): too few cells extracted")
            #expect(rows.filter { $0.seed == seed }.map(\.text) == cells, "seed \(seed)")
        }
        // The Kaliningrad plan has 32 numbered items, each with one date cell.
        #expect(extracted[0].1.count == 32)
    }

    @Test func fixtureListsTheMonthsOfThePlainTextSeed() throws {
        let rows = try SeedDeadline.all().filter { $0.seed == "002" }
        let text = try Fixture.text(Fixture.Seed.unnamed2020.path)
        #expect(rows.count == 48)
        // Each listed phrase ends a line of the document (the two-line one across the break; «2021 г.-» opens one).
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for row in rows {
            let last = row.text.split(separator: "\n").last.map(String.init) ?? row.text
            let index = try #require(
                lines.firstIndex { $0.hasSuffix(last.trimmed) || $0.hasPrefix(last.trimmed) }, "«\(row.text)» not found in seed 002")
            lines[index] = ""
        }
    }

    @Test func kaliningradItemsDatedInThePreviousYearAreKeptAndFlagged() throws {
        let rows = try SeedDeadline.all().filter { $0.seed == "004" && $0.text == "01.03-30.12.2022" }
        #expect(rows.count == 3)
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("01.03-30.12.2022")
        #expect(
            schedule.occurrences == [
                Occurrence(start: LocalDate(year: 2022, month: 3, day: 1), end: LocalDate(year: 2022, month: 12, day: 30)!)
            ])
        #expect(schedule.warnings.map(\.code) == [.outsidePeriod])
        #expect(schedule.isMeasurable)
    }
}
