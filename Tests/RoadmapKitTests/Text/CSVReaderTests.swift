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

@Suite struct CSVReaderTests {
    @Test func detectsSemicolonFromHeader() throws {
        let table = try CSVReader.parse("Код;Наименование, полное\n1;МАОУ СОШ, г. Светлогорск\n", fileName: "s.csv")
        #expect(table.delimiter == ";")
        #expect(table.header == ["Код", "Наименование, полное"])
        #expect(table.rows == [CSVRow(line: 2, fields: ["1", "МАОУ СОШ, г. Светлогорск"])])
    }

    @Test func semicolonsOutnumberingCommasWin() throws {
        let table = try CSVReader.parse("Код;Наименование, полное;Риски\n1;a, b;c\n", fileName: "s.csv")
        #expect(table.delimiter == ";")
        #expect(table.rows[0].fields == ["1", "a, b", "c"])
    }

    @Test func detectsCommaFromHeader() throws {
        let table = try CSVReader.parse("a,b,\"c;d\"\n1,2,3", fileName: "c.csv")
        #expect(table.delimiter == ",")
        #expect(table.header == ["a", "b", "c;d"])
        #expect(table.rows[0].fields == ["1", "2", "3"])
    }

    @Test func explicitDelimiterWins() throws {
        let table = try CSVReader.parse("a;b,c\n1;2,3\n", delimiter: ",", fileName: "x.csv")
        #expect(table.header == ["a;b", "c"])
    }

    @Test func quotedFieldsWithSeparatorsLineBreaksAndDoubledQuotes() throws {
        let text =
            "Школа;Риски;Ответственный\r\n"
            + "\"МАОУ \"\"ООШ п. Приморье\"\"\";\"Низкая учебная мотивация;\r\n"
            + "Высокая доля обучающихся с рисками\";Иванова\r\n"
            + "\"МБОУ «СОШ № 1»\";\"\";\r\n"
        let table = try CSVReader.parse(text, fileName: "ugly.csv")
        #expect(table.rows.count == 2)
        #expect(table.rows[0].line == 2)
        #expect(
            table.rows[0].fields == [
                "МАОУ \"ООШ п. Приморье\"",
                "Низкая учебная мотивация;\r\nВысокая доля обучающихся с рисками",
                "Иванова",
            ])
        #expect(table.rows[1].line == 4)
        #expect(table.rows[1].fields == ["МБОУ «СОШ № 1»", "", ""])
    }

    @Test func lineNumbersCountPhysicalLinesAndSkipBlankOnes() throws {
        let text = "h1,h2\n\n\"multi\nline\nvalue\",x\n\n\nlast,y\n"
        let table = try CSVReader.parse(text, fileName: "l.csv")
        #expect(table.rows.map(\.line) == [3, 8])
        #expect(table.rows.map { $0.fields[1] } == ["x", "y"])
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let table = try CSVReader.parse("a;b\r1;2\r3;4", fileName: "mac.csv")
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    }

    @Test func byteOrderMarkAndHeaderSpacesAreDropped() throws {
        let table = try CSVReader.parse("\u{FEFF} Код ;Имя\n1;x", fileName: "b.csv")
        #expect(table.header == ["Код", "Имя"])
    }

    @Test func raggedRowsAreKeptAndMissingFieldsReadEmpty() throws {
        let table = try CSVReader.parse("a;b;c\n1\n1;2;3;4;\n", fileName: "r.csv")
        #expect(table.rows[0].fields == ["1"])
        #expect(table.rows[0][column: 2] == "")
        #expect(table.rows[1].fields == ["1", "2", "3", "4", ""])
    }

    @Test func quotesInsideUnquotedFieldsAreText() throws {
        let table = try CSVReader.parse("name;code\nМАОУ \"Гимназия\";7", fileName: "q.csv")
        #expect(table.rows[0].fields == ["МАОУ \"Гимназия\"", "7"])
    }

    @Test func unterminatedQuoteNamesFileAndOpeningLine() throws {
        let text = "a;b\n1;2\n3;\"never closed\n4;5\n"
        let error = try #require(throws: CSVError.self) { try CSVReader.parse(text, fileName: "schools.csv") }
        #expect(error == .unterminatedQuote(fileName: "schools.csv", line: 3))
        #expect(error.description.contains("schools.csv:3"))
        #expect(error.description.contains("expected a closing"))
        #expect(error.message.ru.contains("не закрыта"))
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        let error = try #require(throws: CSVError.self) {
            try CSVReader.parse("a;b\n\"x\"y;2\n", fileName: "t.csv")
        }
        #expect(error == .textAfterClosingQuote(fileName: "t.csv", line: 2, found: "y"))
    }

    @Test func spacesAfterClosingQuoteAreTolerated() throws {
        let table = try CSVReader.parse("a;b\n\"x\"  ;2\n", fileName: "t.csv")
        #expect(table.rows[0].fields == ["x", "2"])
    }

    @Test(arguments: ["", "\n\n", "\u{FEFF}", "  \r\n"])
    func emptyFileIsAnError(_ text: String) throws {
        #expect(throws: CSVError.empty(fileName: "e.csv")) { try CSVReader.parse(text, fileName: "e.csv") }
    }

    @Test func findsColumnsByAnyOfTheirNames() throws {
        let table = try CSVReader.parse("МО;Полное  наименование;Код\n", fileName: "h.csv")
        #expect(table.columnIndex(named: ["Муниципалитет", "мо"]) == 0)
        #expect(table.columnIndex(named: ["полное наименование"]) == 1)
        #expect(table.columnIndex(named: ["ИНН"]) == nil)
    }

    @Test func readsWhatTheWriterWrites() throws {
        let rows = [
            ["МАОУ \"ООШ\"", "a;b", "line\nbreak", " padded "],
            ["=SUM(A1)", "", "-5", "обычный"],
        ]
        for delimiter: Character in [",", ";"] {
            let text = CSVWriter.write(header: ["h1", "h2", "h3", "h4"], rows: rows, delimiter: delimiter, byteOrderMark: true)
            let table = try CSVReader.parse(text, fileName: "w.csv")
            #expect(table.delimiter == delimiter)
            #expect(table.rows.map(\.fields) == [rows[0], ["'=SUM(A1)", "", "'-5", "обычный"]])
        }
    }
}
