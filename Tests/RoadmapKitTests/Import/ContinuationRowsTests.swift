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

/// A long run of continuation rows (a table cell wrapped over thousands of lines) imports into
/// one activity with every piece in order (issue 20, item 12: this was quadratic — 5,000 rows
/// took 28 s — because the growing cell was keyed and copied again for every row).
@Suite struct ContinuationRowsTests {
    @Test func fiveThousandContinuationRowsJoinIntoOneActivity() throws {
        var lines = [
            "| № | Мероприятие | Сроки | Ответственные |", "|---|---|---|---|",
            "| 1 | Проведение совещания | до 30.12.2023 | Отдел образования |",
        ]
        for i in 0..<5_000 { lines.append("|  | продолжение текста номер \(i) | | |") }
        lines.append("| 2 | Второе мероприятие | до 30.12.2023 | Руководители ОО |")
        let imported = try RoadmapImporter.importDocument(
            text: lines.joined(separator: "\n") + "\n", fileName: "long.md", owner: .region, period: Period(parsing: "2023"))
        let activities = imported.roadmap.sections.flatMap(\.activities)
        try #require(activities.count == 2)
        let expected = (["Проведение совещания"] + (0..<5_000).map { "продолжение текста номер \($0)" }).joined(separator: " ")
        #expect(activities[0].title == expected)
        #expect(activities[1].title == "Второе мероприятие")
    }

    /// A continuation that repeats the cell's whole text (a page-break ghost) is not added twice.
    @Test func aContinuationRepeatingTheCellIsNotAppended() throws {
        let text = """
            | № | Мероприятие | Сроки | Ответственные |
            |---|---|---|---|
            | 1 | Проведение совещания | до 30.12.2023 | Отдел образования |
            |  | проведение совещания | | |
            |  | с директорами | | |

            """
        let imported = try RoadmapImporter.importDocument(
            text: text, fileName: "ghost.md", owner: .region, period: Period(parsing: "2023"))
        #expect(imported.roadmap.sections.flatMap(\.activities).map(\.title) == ["Проведение совещания с директорами"])
    }
}
