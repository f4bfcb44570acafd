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

@Suite struct XlsxWriterTests {
    @Test(arguments: [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("«Школа \"Ромашка\"» и 'кавычки'", "«Школа &quot;Ромашка&quot;» и &apos;кавычки&apos;"),
        ("строка\nвторая\tтаб\r", "строка&#10;вторая&#9;таб&#13;"),
        ("bell\u{07}null\u{00}", "bell\u{FFFD}null\u{FFFD}"),
        ("\u{FFFE}ok😀", "\u{FFFD}ok😀"),
    ])
    func xmlEscaping(text: String, expected: String) {
        #expect(MarkupEscape.escape(text, for: .xml) == expected)
    }

    @Test(arguments: [
        ("Муниципалитеты", "Муниципалитеты"),
        ("Отчёт [2023]: итог*?/\\", "Отчёт _2023__ итог____"),
        ("'Кавычки'", "Кавычки"),
        ("Очень длинное имя листа больше тридцати одного знака", "Очень длинное имя листа больше"),
        ("", "Лист"),
        ("[]", "__"),
    ])
    func sheetNamesAreSanitised(name: String, expected: String) {
        let sanitized = XlsxWorkbook.sanitizedSheetName(name)
        #expect(sanitized == expected)
        #expect(sanitized.count <= 31)
    }

    @Test func repeatedSheetNamesAreMadeUnique() {
        let workbook = XlsxWorkbook(sheets: [
            .init(name: "Школы"), .init(name: "школы"), .init(name: "Школы"), .init(name: String(repeating: "я", count: 40)),
            .init(name: String(repeating: "я", count: 35)),
        ])
        #expect(
            workbook.sheetNames == [
                "Школы", "школы (2)", "Школы (3)", String(repeating: "я", count: 31), String(repeating: "я", count: 27) + " (2)",
            ])
    }

    @Test(arguments: [
        ("1900-01-01", 1), ("1900-02-28", 59), ("1900-03-01", 61), ("1904-01-01", 1462), ("2023-06-30", 45107),
        ("2023-11-30", 45260), ("2024-02-29", 45351),
    ])
    func dateSerials(iso: String, serial: Int) throws {
        #expect(XlsxWorkbook.serial(of: try #require(LocalDate(iso: iso))) == serial)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(XlsxWorkbook.columnName(index) == name)
    }

    /// A one-sheet workbook with every kind of cell, its parts read back from the zip.
    func parts(sharedStrings: Bool = true) throws -> (sheet: String, strings: String, styles: String, workbook: String) {
        let rows: [[XlsxWorkbook.Cell]] = [
            [.text("Заголовок", XlsxWorkbook.Style(bold: true)), .text("=1+2"), .text("+7 (4012)"), .text("-5"), .text("@SUM(A1)")],
            [.percent(33.3), .date(LocalDate(iso: "2023-06-30")!), .number(42), .number(0.5), .empty(), .text(" отступ ")],
        ]
        let sheet = XlsxWorkbook.Sheet(
            name: "Лист: 1", rows: rows, columns: [.init(width: 10), .init(width: 5, hidden: true)], frozenRows: 1,
            autoFilterRow: 1, validations: [.init(column: 4, rows: 2...9, values: ["выполнено", "в работе"])])
        let data = try XlsxWorkbook(sheets: [sheet], sharedStrings: sharedStrings).data()
        let names = try StoredZip.entries(data).map(\.name)
        #expect(names.contains("[Content_Types].xml") && names.contains("_rels/.rels") && names.contains("xl/workbook.xml"))
        return (
            try StoredZip.text(data, "xl/worksheets/sheet1.xml"),
            sharedStrings ? try StoredZip.text(data, "xl/sharedStrings.xml") : "", try StoredZip.text(data, "xl/styles.xml"),
            try StoredZip.text(data, "xl/workbook.xml")
        )
    }

    @Test func textThatLooksLikeAFormulaIsAStringNeverAFormula() throws {
        let shared = try parts()
        #expect(!shared.sheet.contains("<f>") && !shared.sheet.contains("<f "))
        #expect(shared.strings.contains("<si><t>=1+2</t></si>"))
        #expect(shared.strings.contains("<si><t>@SUM(A1)</t></si>"))
        #expect(shared.sheet.contains("<c r=\"B1\" t=\"s\"><v>1</v></c>"))
        let inline = try parts(sharedStrings: false)
        #expect(!inline.sheet.contains("<f>"))
        #expect(inline.sheet.contains("<c r=\"B1\" t=\"inlineStr\"><is><t>=1+2</t></is></c>"))
        #expect(inline.sheet.contains("<c r=\"D1\" t=\"inlineStr\"><is><t>-5</t></is></c>"))
        #expect(inline.sheet.contains("<t xml:space=\"preserve\"> отступ </t>"))
    }

    @Test func percentDateAndNumberCells() throws {
        let p = try parts()
        // 33.3 % is the fraction 0.333 with the «0.0%» format; the date is its serial with «DD.MM.YYYY».
        #expect(p.styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"))
        #expect(p.styles.contains("<numFmt numFmtId=\"165\" formatCode=\"DD.MM.YYYY\"/>"))
        let percent = try #require(p.sheet.firstRange(of: "<c r=\"A2\" s=\""))
        let style = Int(p.sheet[percent.upperBound...].prefix { $0.isNumber })!
        #expect(p.sheet.contains("<c r=\"A2\" s=\"\(style)\"><v>0.333</v></c>"))
        let xfs = p.styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        #expect(xfs[xfs.startIndex + style].hasPrefix("numFmtId=\"164\""))
        #expect(p.sheet.contains("<v>45107</v>"))
        #expect(p.sheet.contains("<c r=\"C2\"><v>42</v></c>"))
        #expect(p.sheet.contains("<c r=\"D2\"><v>0.5</v></c>"))
    }

    @Test func frozenHeaderAutofilterColumnsAndDropDown() throws {
        let p = try parts()
        #expect(p.sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(p.sheet.contains("<autoFilter ref=\"A1:F2\"/>"))
        #expect(p.sheet.contains("<col min=\"2\" max=\"2\" width=\"5\" customWidth=\"1\" hidden=\"1\"/>"))
        #expect(p.sheet.contains("sqref=\"E2:E9\"><formula1>&quot;выполнено,в работе&quot;</formula1>"))
        #expect(p.workbook.contains("<sheet name=\"Лист_ 1\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(
            p.workbook.contains(
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">&apos;Лист_ 1&apos;!$A$1:$F$2</definedName>"))
    }

    @Test func aSheetBeyondTheFormatsColumnsIsRefused() {
        let row = [XlsxWorkbook.Cell](repeating: .number(1), count: 16_385)
        #expect(throws: ZipWriter.Failure.tooLarge) { try XlsxWorkbook(sheets: [.init(name: "A", rows: [row])]).data() }
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let sheet = XlsxWorkbook.Sheet(name: "A", rows: [[.text("x"), .date(LocalDate(iso: "2023-01-01")!)]])
        #expect(try XlsxWorkbook(sheets: [sheet]).data() == XlsxWorkbook(sheets: [sheet]).data())
    }
}
