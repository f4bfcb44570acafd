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

/// Word documents written by python-docx (Fixtures/office/make_docx_fixtures.py).
@Suite struct DocxReaderTests {
    static func activities(_ roadmap: Roadmap) -> [[String]] {
        roadmap.activities.map { a in
            [a.id, a.number ?? "", a.title, a.schedule, a.executors, a.indicator ?? ""] + a.documents
                + a.extraColumns.map { "\($0)" }
        }
    }

    static func imported(docx name: String, period: Period? = nil) throws -> ImportedDocument {
        let text = try DocxReader.text(try Fixture.data("office/docx/\(name)"), fileName: name)
        return try RoadmapImporter.importDocument(text: text, fileName: name, owner: .region, period: period)
    }

    @Test(arguments: Fixture.Seed.allCases)
    func seedsAsWordImportTheSameActivitiesAsTheirText(seed: Fixture.Seed) throws {
        // The unnamed 2020 plan states no period in a form the importer reads; both are given one.
        let period = seed == .unnamed2020 ? Period(parsing: "2020-2021") : nil
        let text = try RoadmapImporter.importDocument(
            text: Fixture.text(seed.path), fileName: seed.rawValue, owner: .region, period: period)
        let word = try Self.imported(docx: seed.rawValue.replacingOccurrences(of: ".txt", with: ".docx"), period: period)
        #expect(word.roadmap.activities.count == text.roadmap.activities.count)
        #expect(word.roadmap.activities.count > 10)
        #expect(word.roadmap.sections.map(\.title) == text.roadmap.sections.map(\.title))
        #expect(Self.activities(word.roadmap) == Self.activities(text.roadmap))
        #expect(word.roadmap.period == text.roadmap.period)
        #expect(word.report.fragments.map(\.text) == text.report.fragments.map(\.text))
    }

    @Test func kaliningradNumbersComeFromWordsNumbering() throws {
        let data = try Fixture.data("office/docx/004_906aaa976152efa1.docx")
        let zip = try ZipReader(data: data, fileName: "plan.docx")
        let xml = String(decoding: try zip.data("word/document.xml"), as: UTF8.self)
        // The «№ пп» cells hold no text: every number is Word's.
        #expect(!xml.contains(">1.<") && !xml.contains(">32.<"))
        #expect(xml.components(separatedBy: "<w:numPr>").count - 1 == 32)
        let word = try Self.imported(docx: "004_906aaa976152efa1.docx")
        #expect(word.roadmap.activities.map(\.number) == (1...32).map { "\($0)." })
    }

    @Test func featuresOfWordTables() throws {
        let imported = try Self.imported(docx: "features.docx", period: Period(parsing: "2023"))
        let roadmap = imported.roadmap
        #expect(roadmap.sections.map(\.title) == ["1. Организационные мероприятия", "2. Работа с обучающимися"])
        let rows = roadmap.activities.map { [$0.number ?? "", $0.title, $0.schedule, $0.executors] + $0.documents }
        #expect(
            rows == [
                // Two-level numbering «%1.%2.»; «Директор» merged down over three rows applies to each.
                ["1.1.", "Назначение ответственного за реализацию проекта", "до 15.02.2023", "Директор", "Приказ"],
                ["1.2.", "Разработка программы перехода в эффективный режим", "до 01.03.2023", "Директор", "Программа"],
                ["1.3.", "Анализ кадрового обеспечения образовательного процесса", "ежегодно, август", "Директор", "Справка"],
                // Two paragraphs and a line break in one cell; the hyphenated word joined whole.
                [
                    "1.4.", "Участие в вебинарах для учителей информационно-телекоммуникационной направленности",
                    "в течение года", "Заместитель директора", "Сертификаты",
                ],
                // The tracked deletion « (отменено)» is not text.
                ["1.5.", "Родительское собрание", "Май 2023", "Классные руководители", "Протокол"],
                // After the page break: the header repeated, numbering continued; a nested table's rows.
                [
                    "2.1.", "Дополнительные занятия по математике", "сентябрь – декабрь 2023", "Учителя математики", "График",
                    "Журнал Отчёт",
                ],
            ])
        // Nothing lost: the signature is kept as a fragment, the numbered goals are in the preamble.
        #expect(imported.report.fragments.map(\.text) == ["Директор школы И.И. Иванов"])
        #expect(roadmap.title.hasSuffix("Цели: а) повысить качество обучения б) снизить долю неуспевающих"))
    }

    @Test func numberingLevelsRestartAndStartValues() throws {
        let xml = """
            <w:numbering xmlns:w="urn:w">
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Раздел %1"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
            </w:numbering>
            """
        var numbering = try DocxNumbering(numbering: Array(xml.utf8))
        let sequence: [(String, Int)] = [
            ("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 0), ("1", 1), ("2", 0), ("2", 1), ("2", 0),
            ("3", 0), ("3", 1), ("9", 0),
        ]
        let shown = sequence.map { numbering.next(num: $0.0, level: $0.1) ?? "-" }
        #expect(
            shown == [
                "3.", "3.1.", "3.2.", "a)", "b)", "3.3.", "4.", "4.1.", "Раздел I", "-", "Раздел II", "10.", "10.1.", "-",
            ])
    }

    @Test func numberingCarriedByAParagraphStyle() throws {
        let styles = """
            <w:styles xmlns:w="urn:w">
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Normal"/>
            </w:styles>
            """
        let found = try DocxReader.styleNumbering(Array(styles.utf8))
        #expect(found.keys.sorted() == ["Heading2", "ListNumber"])
        #expect(found["ListNumber"]! == ("4", 0))
        #expect(found["Heading2"]! == ("4", 1))
        #expect(DocxReader.contains(Array("<w:pStyle w:val=\"x\"/>".utf8), Array("pStyle".utf8)))
        #expect(!DocxReader.contains(Array("<w:p/>".utf8), Array("pStyle".utf8)))
    }

    @Test(arguments: [(1, "a"), (26, "z"), (27, "aa"), (4, "iv"), (1994, "mcmxciv")])
    func numberFormats(value: Int, expected: String) {
        let format = expected.allSatisfy { "ivxlcdm".contains($0) } && value != 1 ? "lowerRoman" : "lowerLetter"
        #expect(DocxNumbering.format(value, format) == expected)
        #expect(DocxNumbering.format(3, "russianLower") == "в")
        #expect(DocxNumbering.format(7, "decimalZero") == "07")
    }

    @Test func notAWordDocumentIsOneClearError() throws {
        let text = try Fixture.data(Fixture.Seed.svetlogorsk.path)
        #expect(DocumentText.isWordDocument(text, fileName: "plan.docx"))
        #expect(!DocumentText.isWordDocument(text, fileName: "plan.txt"))
        #expect(throws: DocxReadError.archive(.notZip(file: "plan.docx"))) {
            try DocumentText.read(text, fileName: "plan.docx")
        }
        #expect(throws: DocxReadError.missingPart(file: "plan.docx", part: "word/document.xml")) {
            try DocxReader.text(try Fixture.data("office/zip/two-entries.zip"), fileName: "plan.docx")
        }
        #expect {
            try DocxReader.text(try Fixture.data("office/zip/bomb.zip"), fileName: "plan.docx")
        } throws: { error in
            guard case .archive(.limitExceeded(let file, _)) = error as? DocxReadError else { return false }
            return file == "plan.docx"
        }
    }
}
