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

/// Docs/schedules.md cannot rot: every example in its "Accepted forms" tables parses as the table says.
@Suite struct ScheduleDocsTests {
    struct Row: Sendable, CustomStringConvertible {
        var texts: [String]
        var period: Period
        var result: String
        var line: Int
        var description: String { "Docs/schedules.md:\(line)" }
    }

    static func rows() throws -> [Row] {
        let url = Fixture.repositoryRoot.appendingPathComponent("Docs/schedules.md")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let from = lines.firstIndex(of: "## Accepted forms"), let to = lines.firstIndex(of: "## Placing dates in the period")
        else { throw FixtureError("Docs/schedules.md: sections «Accepted forms» / «Placing dates in the period» not found") }
        var rows: [Row] = []
        for index in from..<to where lines[index].hasPrefix("| «") {
            let cells = lines[index].split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4 else { continue }
            var period = Period.calendarYear(2023)
            if let open = cells[1].lastIndex(of: "["), let close = cells[1].lastIndex(of: "]"), open < close {
                let text = String(cells[1][cells[1].index(after: open)..<close])
                guard let parsed = Period(parsing: text) else { throw FixtureError("line \(index + 1): bad period \(text)") }
                period = parsed
            }
            rows.append(Row(texts: quoted(cells[1]), period: period, result: cells[2], line: index + 1))
        }
        return rows
    }

    /// The «…» parts of a cell.
    static func quoted(_ cell: String) -> [String] {
        cell.components(separatedBy: "«").dropFirst().compactMap { part in
            part.range(of: "»").map { String(part[..<$0.lowerBound]) }
        }
    }

    /// `DD.MM.YYYY` dates in a text.
    static func dates(_ text: String) -> [LocalDate] {
        var result: [LocalDate] = []
        let chars = Array(text)
        var i = 0
        while i + 10 <= chars.count {
            if let date = LocalDate(russian: String(chars[i..<(i + 10)])) {
                result.append(date)
                i += 10
            } else {
                i += 1
            }
        }
        return result
    }

    @Test func docsListManyForms() throws {
        #expect(try Self.rows().count >= 45)
    }

    @Test(arguments: try rows())
    func everyDocumentedFormParsesAsDocumented(_ row: Row) {
        #expect(!row.texts.isEmpty)
        let schedules = row.texts.map { ScheduleParser(period: row.period).parse($0) }
        for schedule in schedules {
            #expect(schedule.isFullyUnderstood, "«\(schedule.text)»: \(schedule.warnings.map(\.message.en))")
            if let kind = ScheduleKind.allCases.first(where: { row.result.hasPrefix($0.rawValue) }) {
                #expect(schedule.kind == kind, "«\(schedule.text)»")
            }
        }
        // Every date the result column names is an occurrence boundary of one of the texts (condition quotes aside).
        let resultWithoutQuotes = row.result.components(separatedBy: "«").map { $0.components(separatedBy: "»").last ?? "" }.joined()
        let boundaries = Set(schedules.flatMap { $0.occurrences.flatMap { [$0.start, $0.end].compactMap { $0 } } })
        for date in Self.dates(resultWithoutQuotes) {
            #expect(boundaries.contains(date), "\(date.russianString) in the result column")
        }
    }
}
