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

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhenNeededAndEndsLinesWithCRLF() {
        let text = CSVWriter.write(header: ["Код", "Школа"], rows: [["1", "МАОУ \"СОШ\", г. Пионерский"], ["2", "простая"]])
        #expect(text == "Код,Школа\r\n1,\"МАОУ \"\"СОШ\"\", г. Пионерский\"\r\n2,простая\r\n")
    }

    @Test func semicolonDelimiterQuotesSemicolonsButNotCommas() {
        let text = CSVWriter.write(header: ["a", "b"], rows: [["x;y", "x,y"]], delimiter: ";")
        #expect(text == "a;b\r\n\"x;y\";x,y\r\n")
    }

    @Test func byteOrderMarkIsOptional() {
        #expect(CSVWriter.write(header: ["a"], rows: [], byteOrderMark: true).unicodeScalars.first == "\u{FEFF}")
        #expect(CSVWriter.write(header: ["a"], rows: []) == "a\r\n")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+7 999", "'+7 999"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("a=b", "a=b"),
        ("", ""),
    ])
    func guardsAgainstFormulaInjection(_ value: String, _ expected: String) {
        #expect(CSVWriter.escape(value) == expected)
    }

    @Test func lineBreaksAndEdgeSpacesAreQuoted() {
        #expect(CSVWriter.escape("a\nb") == "\"a\nb\"")
        #expect(CSVWriter.escape(" a") == "\" a\"")
    }
}
