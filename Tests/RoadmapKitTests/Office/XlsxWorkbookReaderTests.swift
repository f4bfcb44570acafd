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

/// Workbooks written by openpyxl and by hand (Fixtures/office/make_xlsx_fixtures.py).
@Suite struct XlsxWorkbookReaderTests {
    static func workbook(_ name: String) throws -> XlsxWorkbookReader {
        try XlsxWorkbookReader(data: try Fixture.data("office/xlsx/\(name)"), fileName: name)
    }

    static func cells(_ sheet: XlsxWorkbookReader.Sheet) -> [Int: [String]] {
        Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.number, $0.cells) })
    }

    @Test func cellKindsReadAsShown() throws {
        let sheet = try Self.workbook("cells.xlsx").sheet()
        let rows = Self.cells(sheet)
        let first = try #require(rows[1])
        #expect(first[0] == "390124")  // a code stays as written
        #expect(first[1] == "0.25")
        #expect(first[2] == "30.06.2023")  // built-in format 14
        #expect(first[3] == "30.11.2023")  // custom «DD MMMM YYYY "г."» with a locale prefix
        #expect(first[4] == "1")  // TRUE
        #expect(first[5] == "")  // a formula openpyxl saved without a cached value
        #expect(first[6] == "45000")  // a number in «0.00» is not a date
        #expect(first[7] == "«Школа» & <№ 5>")
    }

    @Test func mergedRangeRepeatsItsValue() throws {
        let rows = Self.cells(try Self.workbook("cells.xlsx").sheet())
        #expect(rows[3] == ["Объединённая", "Объединённая", "Объединённая"])
        #expect(rows[4] == ["Объединённая", "Объединённая", "Объединённая"])
    }

    @Test func handWrittenWorkbook() throws {
        let workbook = try Self.workbook("handmade.xlsx")
        #expect(workbook.sheetNames == ["Первый", "Второй"])
        #expect(workbook.date1904)
        let rows = Self.cells(try workbook.sheet())
        // Inline string with entities; shared string of two runs without its phonetic run; a
        // formula's cached string; a boolean (cells without references follow each other); then
        // F2: 1904 serial 0 in a custom date format; G2: serial 43280 in format 14 (1904 system:
        // 2022-06-30); H2: an ISO date cell; I2: a number in scientific form.
        #expect(
            rows[2] == [
                "в строке & «кавычки»", "Школа ", "итог!", "1", "", "01.01.1904", "30.06.2022", "30.06.2023", "390124",
            ])
        #expect(Self.cells(try workbook.sheet(named: "Второй"))[1] == ["", "второй лист"])
        #expect(Self.cells(try workbook.sheet(named: "второй"))[1] == ["", "второй лист"])
    }

    @Test func unknownSheetListsTheSheets() throws {
        let workbook = try Self.workbook("handmade.xlsx")
        #expect(throws: XlsxReadError.unknownSheet(file: "handmade.xlsx", name: "Итог", sheets: ["Первый", "Второй"])) {
            try workbook.sheet(named: "Итог")
        }
        let message = XlsxReadError.unknownSheet(file: "f.xlsx", name: "Итог", sheets: ["Первый", "Второй"]).message
        #expect(message.ru == "f.xlsx: нет листа «Итог»; листы книги: «Первый», «Второй»")
    }

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (44927.0, "2023-01-01"),
        (45107.75, "2023-06-30"), (45260.0, "2023-11-30"),
    ])
    func serialNumbers1900(serial: Double, iso: String) {
        #expect(XlsxNumberFormats.date(serial: serial, date1904: false)?.isoString == iso)
    }

    @Test(arguments: [(0.0, "1904-01-01"), (43465.0, "2023-01-01"), (43645.0, "2023-06-30")])
    func serialNumbers1904(serial: Double, iso: String) {
        #expect(XlsxNumberFormats.date(serial: serial, date1904: true)?.isoString == iso)
    }

    @Test(arguments: [
        ("DD.MM.YYYY", true), ("dd/mm/yyyy;@", true), ("[$-419]D MMMM YYYY", true), ("mm-dd-yy", true),
        ("0.00", false), ("General", false), ("h:mm", false), ("[Red]0", false), ("\"day\" 0", false),
        ("0.00\\d", false),
    ])
    func dateFormatCodes(code: String, isDate: Bool) {
        #expect(XlsxNumberFormats.isDateCode(code) == isDate)
    }

    @Test func cellReferences() {
        #expect(XlsxWorkbookReader.cellPosition("A1")! == (1, 1))
        #expect(XlsxWorkbookReader.cellPosition("AB12")! == (28, 12))
        #expect(XlsxWorkbookReader.cellPosition("$C$3")! == (3, 3))
        #expect(XlsxWorkbookReader.cellPosition("12") == nil)
        #expect(XlsxWorkbookReader.columnName(28) == "AB")
        #expect(XlsxWorkbookReader.columnName(11) == "K")
    }

    @Test func schoolsListAsWorkbookEqualsTheCSV() throws {
        let csv = try SchoolList.read(
            Data(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Examples/schools-2023.csv")),
            fileName: "schools-2023.csv")
        let workbook = try SchoolList.read(workbook: try Fixture.data("office/xlsx/schools-2023.xlsx"), fileName: "s.xlsx")
        #expect(workbook.sheet == "Школы")
        #expect(workbook.list.findings.isEmpty)
        #expect(workbook.list.entries.count == 10)
        // Rows are numbered as Excel shows them: the header is row 4 under two title rows.
        #expect(workbook.list.entries.first?.line == 5)
        func strip(_ entries: [SchoolListEntry]) -> [SchoolListEntry] {
            entries.map { entry in
                var e = entry
                e.line = 0
                return e
            }
        }
        // The municipality merged down over its schools applies to each of them.
        #expect(strip(workbook.list.entries) == strip(csv.entries))
    }

    @Test func progressIn1904DatesEqualsThe1900Workbook() throws {
        func table(_ name: String) throws -> CSVTable {
            try WorkbookTable.read(try Fixture.data("office/xlsx/\(name)"), fileName: name) { cells in
                cells.filter { ProgressColumn.recognise($0) != nil }.count >= 2
            }.table
        }
        let modern = try table("progress-2023.xlsx")
        let old = try table("progress-2023-1904.xlsx")
        #expect(modern == old)
        #expect(modern.rows.count == 198)
        #expect(modern.header.first == "Школа")
        #expect(modern.rows[1].fields.prefix(4) == ["МАОУ «ООШ п. Приморье»", "r1", "выполнено", "10.02.2023"])
        #expect(modern.rows[1].line == 4)
    }

    @Test func notAWorkbookIsOneClearError() throws {
        let text = try Fixture.data(Fixture.Seed.svetlogorsk.path)
        #expect(throws: XlsxReadError.archive(.notZip(file: "list.xlsx"))) {
            try XlsxWorkbookReader(data: text, fileName: "list.xlsx")
        }
        // A zip that is not a workbook.
        #expect(throws: XlsxReadError.missingPart(file: "two.xlsx", part: "xl/workbook.xml")) {
            try XlsxWorkbookReader(data: try Fixture.data("office/zip/two-entries.zip"), fileName: "two.xlsx")
        }
    }
}

@Suite struct TrimmedWhitespaceTests {
    @Test(arguments: [
        ("  390124 ", "390124"), ("\n\tвыполнено\r\n", "выполнено"), ("\u{00A0}в работе\u{2003}", "в работе"),
        ("", ""), ("   ", ""), ("a b", "a b"), (" «Школа № 1» ", "«Школа № 1»"),
    ])
    func trimsLikeFoundation(text: String, expected: String) {
        #expect(text.trimmedWhitespace == expected)
        #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

@Suite struct SchoolListWorkbookTests {
    @Test func headerProblemsNameTheHeaderRowAsExcelNumbersIt() throws {
        // The hand-written workbook's first sheet starts at row 2 and has no school columns:
        // its first row with text is taken as the header, and the problems point at row 2.
        let read = try SchoolList.read(workbook: try Fixture.data("office/xlsx/handmade.xlsx"), fileName: "h.xlsx")
        #expect(read.sheet == "Первый")
        #expect(read.list.findings.filter { $0.severity == .error }.map(\.code) == [.missingColumn])  // «Школа» is read as the name column
        #expect(read.list.findings.allSatisfy { $0.location == "2" })
    }
}
