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

/// `deadlines --format xlsx` holds the CSV list's rows: the same texts, the deadline as a date serial.
@Suite struct DeadlinesXlsxTests {
    @Test func everyRowEqualsTheCSVList() throws {
        let asOf = LocalDate(iso: "2023-06-30")!
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        let evaluation = ComplianceEvaluator(asOf: asOf, lookAheadDays: 14).evaluate(workspace)
        let list = DeadlineList(workspace: workspace, executions: evaluation.executions, asOf: asOf, within: 14)
        let renderer = DeadlinesRenderer(language: .ru)
        let csv = try CSVReader.parse(renderer.csv(list), fileName: "deadlines.csv")
        let cells = try SheetCells(renderer.workbook(list).data())
        #expect(cells.names == ["Сроки на 30.06.2023"])
        let sheet = try cells.sheet("Сроки на 30.06.2023")
        #expect(list.entries.count > 20)
        for (offset, entry) in list.entries.enumerated() {
            let row = offset + 2
            let expected = csv.rows[offset].fields
            for (index, column) in ["A", "B", "C", "D", "F"].enumerated() {
                let csvIndex = [0, 1, 2, 3, 5][index]
                #expect(sheet["\(column)\(row)"]?.value == .text(expected[csvIndex]), "\(column)\(row)")
            }
            let deadline = try #require(entry.item.deadline)
            #expect(expected[4] == deadline.russianString)
            #expect(sheet["E\(row)"]?.value == .number(Double(XlsxWorkbook.serial(of: deadline))))
            #expect(sheet["G\(row)"]?.value == .number(Double(deadline.dayNumber - asOf.dayNumber)))
        }
        #expect(sheet["A\(list.entries.count + 2)"] == nil)
    }
}
