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

/// `compliance --format xlsx` carries the JSON report's figures: every unit's percentages and
/// counts and every indicator's values, read back from the workbook's bytes, equal the JSON
/// renderer's output for the Kaliningrad example at both checkpoints.
@Suite struct ComplianceXlsxTests {
    static let dates = ["2023-06-30", "2023-11-30"]

    func report(_ iso: String) throws -> ComplianceReport {
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        return ComplianceEvaluator(asOf: LocalDate(iso: iso)!).evaluate(workspace).report
    }

    func json(_ report: ComplianceReport) throws -> [String: Any] {
        let text = try ComplianceJSONRenderer.render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A JSON number at a path of keys, `nil` when absent.
    func number(_ object: [String: Any], _ path: String) -> Double? {
        var value: Any? = object
        for key in path.split(separator: ".") { value = (value as? [String: Any])?[String(key)] }
        return (value as? NSNumber)?.doubleValue
    }

    @Test(arguments: dates)
    func everyUnitFigureEqualsTheJSONReport(iso: String) throws {
        let report = try report(iso)
        let units = try #require(try json(report)["units"] as? [[String: Any]])
        let cells = try SheetCells(ComplianceXlsxRenderer().workbook(report).data())
        #expect(cells.names == ["Сводка", "Регион", "Муниципалитеты", "Школы", "Показатели"])
        // Columns E… of a unit sheet and the JSON field each holds; percentages are stored as fractions.
        let percents = ["E": "percent", "F": "pooledPercent", "G": "meanPercent", "J": "projectedPercent", "K": "onTimePercent"]
        let counts = [
            "L": "counts.activities", "M": "counts.due", "N": "counts.done", "O": "counts.overdue", "P": "counts.undocumented",
            "Q": "schools.total", "R": "schools.withData", "S": "schools.meetingMinimum", "T": "schools.meetingTarget",
        ]
        var compared = 0
        for (sheetName, level) in [("Регион", "region"), ("Муниципалитеты", "municipality"), ("Школы", "school")] {
            let sheet = try cells.sheet(sheetName)
            let expected = units.filter { $0["level"] as? String == level }
            #expect(!expected.isEmpty)
            // Data rows start at 2; each row's id (column B) names its unit.
            for (offset, unit) in expected.enumerated() {
                let row = offset + 2
                #expect(sheet["B\(row)"]?.value == .text(unit["id"] as! String))
                for (column, field) in percents {
                    let cell = sheet["\(column)\(row)"]
                    if let value = number(unit, field) {
                        guard case .number(let fraction)? = cell?.value else {
                            Issue.record("\(sheetName)!\(column)\(row) should hold \(field)")
                            continue
                        }
                        #expect(abs(fraction * 100 - value) < 1e-9, "\(sheetName)!\(column)\(row) \(field)")
                        #expect(cells.styles[cell!.style].format == 164, "percent format")
                        compared += 1
                    } else {
                        #expect(cell == nil || cell?.value == nil, "\(sheetName)!\(column)\(row) empty like \(field)")
                    }
                }
                for (column, field) in counts {
                    let cell = sheet["\(column)\(row)"]?.value
                    #expect(cell == number(unit, field).map { .number($0) }, "\(sheetName)!\(column)\(row) \(field)")
                    compared += 1
                }
                // The zone's name and its fill (Fill.allCases order after the two reserved fills).
                let zone = (unit["zone"] as? String).flatMap(Zone.init(rawValue:))
                #expect(sheet["H\(row)"]?.value == (zone.map { .text($0.name(.ru)) } ?? .text("")))
                let fill = XlsxWorkbook.Fill.allCases.firstIndex(of: XlsxWorkbook.Fill(zone: zone))! + 2
                #expect(cells.styles[sheet["E\(row)"]!.style].fill == fill, "\(sheetName)!E\(row) zone fill")
            }
            #expect(sheet["B\(expected.count + 2)"] == nil, "no rows beyond the units")
        }
        #expect(compared > 200)
    }

    @Test func theRegionLineByHand() throws {
        // 30.06.2023: 99 of 281 items done = 35.231316… %, yellow (minimum 30, target 40). Each item
        // counts once, where it is executed, and ГИА-11 is «не применимо» for the four ООШ (issue 18).
        let cells = try SheetCells(ComplianceXlsxRenderer().workbook(report("2023-06-30")).data())
        let region = try cells.sheet("Регион")
        #expect(region["E2"]?.value == .number(0.352313167259787))
        #expect(region["L2"]?.value == .number(281))
        #expect(region["N2"]?.value == .number(99))
        #expect(region["H2"]?.value == .text("жёлтая"))
        let summary = try cells.sheet("Сводка")
        #expect(summary["B2"]?.value == .text("Калининградская область"))
        #expect(summary["B3"]?.value == .number(45107), "30.06.2023 as a date serial")
        #expect(summary["B4"]?.value == .number(0.352313167259787))
        #expect(summary["C4"]?.value == .text("жёлтая"))
    }

    @Test(arguments: dates)
    func everyIndicatorEqualsTheJSONReport(iso: String) throws {
        let report = try report(iso)
        let indicators = try #require(try json(report)["indicators"] as? [[String: Any]])
        let sheet = try SheetCells(ComplianceXlsxRenderer().workbook(report).data()).sheet("Показатели")
        #expect(!indicators.isEmpty)
        for (offset, indicator) in indicators.enumerated() {
            let row = offset + 2
            #expect(sheet["B\(row)"]?.value == .text(indicator["activity"] as! String))
            let scale = indicator["kind"] as? String == "share" ? 100.0 : 1.0
            for (column, field) in [("E", "required"), ("F", "actual")] {
                let expected = number(indicator, field)
                guard case .number(let value)? = sheet["\(column)\(row)"]?.value else {
                    #expect(expected == nil, "Показатели!\(column)\(row) \(field)")
                    continue
                }
                #expect(abs(value * scale - (expected ?? .nan)) < 1e-9, "Показатели!\(column)\(row) \(field)")
            }
        }
    }

    @Test func englishSheetNamesAndOneLevel() throws {
        let report = try report("2023-06-30")
        let cells = try SheetCells(ComplianceXlsxRenderer(level: .school, language: .en).workbook(report).data())
        #expect(cells.names == ["Summary", "Schools", "Indicators"])
        #expect(try cells.sheet("Schools")["A1"]?.value == .text("Level"))
    }
}
