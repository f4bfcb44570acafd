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

/// Encoding is detected per file, and what cannot be read as one encoding is refused with the
/// real reason (issue 20, item 15).
@Suite struct StrictDecodingTests {
    static let header = "школа;мероприятие;статус;дата выполнения;комментарий\n"

    @Test func aUTF8FileWithOneWindows1251LineIsRefusedNamingBothLines() throws {
        let utf8 = Data((Self.header + "s1;r20;выполнено;10.05.2023;Проверено методистом\n").utf8)
        let cp1251 = try #require(TextDecoding.encodeWindows1251("s1;r21;выполнено;10.05.2023;Проверено директором\n"))
        #expect(throws: TextEncodingError.mixed(fileName: "p.csv", utf8Line: 1, windows1251Line: 3)) {
            try TextDecoding.decodeStrictly(utf8 + cp1251, fileName: "p.csv")
        }
        #expect(
            TextEncodingError.mixed(fileName: "p.csv", utf8Line: 1, windows1251Line: 3).message.ru
                == "p.csv: смешаны кодировки — строка 1 в UTF-8, строка 3 в Windows-1251; сохраните весь файл в одной кодировке")
    }

    /// A whole Windows-1251 file, even with «Р»+«»» pairs that happen to be valid UTF-8, is Windows-1251.
    @Test(arguments: [
        "Муниципалитет;Наименование ОО\nСветлогорский ГО;МАОУ «ООШ п. Приморье»\n",
        "школа;мероприятие\nРР»;«Р» и «С»\n",
    ])
    func aWholeWindows1251FileReads(_ text: String) throws {
        let data = try #require(TextDecoding.encodeWindows1251(text))
        let decoded = try TextDecoding.decodeStrictly(data, fileName: "f.csv")
        #expect(decoded.encoding == .windows1251)
        #expect(decoded.text == text)
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16])
    func utf16IsNamed(_ encoding: String.Encoding) throws {
        let data = try #require((Self.header + "s1;r1;выполнено;10.05.2023;\n").data(using: encoding))
        #expect(throws: TextEncodingError.utf16(fileName: "u.csv")) { try TextDecoding.decodeStrictly(data, fileName: "u.csv") }
    }

    @Test func nulBytesAreNotText() {
        let data = Data("PK\u{3}\u{4}".utf8 + [0, 0, 0, 8, 0] + Array(repeating: 0x41, count: 100))
        #expect(throws: TextEncodingError.binary(fileName: "x.csv")) { try TextDecoding.decodeStrictly(data, fileName: "x.csv") }
    }

    /// A tab-separated export («Текст (разделители — знаки табуляции)») is read, not reported as
    /// having no activity column.
    @Test func aTabSeparatedProgressFileReads() throws {
        let text = "школа\tмероприятие\tстатус\tдата выполнения\ns1\tr19\tвыполнено\t10.05.2023\n"
        let table = try ProgressImporter.read(Data(text.utf8), fileName: "t.csv")
        #expect(table.delimiter == "\t")
        #expect(table.header == ["школа", "мероприятие", "статус", "дата выполнения"])
        #expect(table.rows.count == 1)
    }

    /// A comma or semicolon still decides when the header has one (a tab inside a cell is text).
    @Test func aSeparatorStillWinsOverTabs() throws {
        let table = try CSVReader.parse("a;b\tc\n1;2\n", fileName: "f.csv")
        #expect(table.delimiter == ";")
        #expect(table.header == ["a", "b\tc"])
    }
}
