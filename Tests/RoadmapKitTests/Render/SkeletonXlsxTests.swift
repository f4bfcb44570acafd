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

/// `skeleton --format xlsx` holds the printable CSV's rows under the same title lines.
@Suite struct SkeletonXlsxTests {
    @Test func everyRowEqualsTheCSVTable() throws {
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        let roadmap = try #require(workspace.schoolRoadmaps["neman-sosh-108"])
        let csv = try CSVReader.parse(SkeletonRendering.csv(roadmap, schoolName: "МБОУ СОШ № 108"), fileName: "s.csv")
        let cells = try SheetCells(SkeletonRendering.workbook(roadmap, schoolName: "МБОУ СОШ № 108").data())
        let sheet = try cells.sheet("Дорожная карта ОО")
        #expect(sheet["A1"]?.value == .text("Дорожная карта ОО"))
        #expect(sheet["A2"]?.value == .text("МБОУ СОШ № 108"))
        #expect(sheet["A3"]?.value == .text("Период: 2023"))
        let columns = "ABCDEFG".map(String.init)
        #expect(columns.map { sheet["\($0)5"]?.value } == csv.header.map { .text($0) })
        #expect(csv.rows.count == 22)
        for (offset, row) in csv.rows.enumerated() {
            for (index, column) in columns.enumerated() {
                let cell = sheet["\(column)\(offset + 6)"]?.value
                #expect(cell == .text(row.fields[index]), "\(column)\(offset + 6)")
            }
        }
        #expect(sheet["C\(csv.rows.count + 6)"] == nil)
    }
}

@Suite struct SkeletonXlsxRunTests {
    @Test func anXlsxRunWithoutAnOutputDirectoryWritesNothing() throws {
        let directory = TemporaryDirectory.url("skeleton-xlsx")
        try FileManager.default.copyItem(at: ExampleFiles.directory("kaliningrad-2023"), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("roadmaps/schools/neman-sosh-108.json")
        let before = try Data(contentsOf: file)
        let workspace = try WorkspaceStore(directory: directory).load().workspace
        let request = SkeletonRun.Request(municipality: "neman", format: .xlsx)
        #expect(throws: SkeletonRun.Failure.self) {
            try SkeletonRun.run(request, workspace: workspace, workspaceDirectory: directory)
        }
        #expect(try Data(contentsOf: file) == before)
    }
}
