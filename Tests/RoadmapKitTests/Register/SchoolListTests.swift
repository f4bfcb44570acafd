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

@Suite struct SchoolListTests {
    static func read(_ text: String, fileName: String = "list.csv") throws -> SchoolList {
        try SchoolList.read(Data(text.utf8), fileName: fileName)
    }

    @Test func readsTheExampleListInWindows1251() throws {
        let list = try SchoolList.read(Fixture.data("register/schools-2023-cp1251.csv"), fileName: "schools-2023.csv")
        #expect(list.encoding == .windows1251)
        #expect(list.delimiter == ";")
        #expect(list.findings.isEmpty)
        #expect(list.entries.count == 10)
        let primorye = try #require(list.entries.first)
        #expect(primorye.line == 2)
        #expect(primorye.municipality == "Светлогорский городской округ")
        #expect(primorye.shortName == "МАОУ «ООШ п. Приморье»")
        #expect(primorye.lowResults == true)
        #expect(primorye.difficultConditions == false)
        #expect(primorye.years == [2022, 2023])
        #expect(
            primorye.riskDirections == [
                "Недостаточная предметная и методическая компетентность педагогических работников",
                "Высокая доля обучающихся с рисками учебной неуспешности",
            ])
        #expect(primorye.responsible == "Глухова В.Ф., руководитель ОО")
        // The Приморье risk cell spans two physical lines, so the next school starts on line 4.
        #expect(list.entries[1].line == 4)
        #expect(list.entries[1].riskDirections.count == 3)
    }

    @Test func englishHeadersInAnyOrder() throws {
        let list = try Self.read(
            """
            Responsible,Code,School,Municipality,Risks,500+ year
            Petrova,3906000001,School 1,Zelenogradsk district,"1. Low equipment; 2) Staff shortage.",2023
            """)
        #expect(list.findings.isEmpty)
        #expect(list.columns[.name] == "School")
        let entry = try #require(list.entries.first)
        #expect(entry.code == "3906000001")
        #expect(entry.municipality == "Zelenogradsk district")
        #expect(entry.riskDirections == ["Low equipment", "Staff shortage"])
        #expect(entry.years == [2023])
        #expect(entry.lowResults == nil)
    }

    @Test(arguments: [
        ("Муниципальное образование", SchoolListColumn.municipality), ("МО", .municipality),
        ("Наименование ОО", .name), ("Полное наименование", .name), ("Краткое наименование", .shortName),
        ("Сокращённое наименование", .shortName), ("Код", .code), ("ИНН", .code), ("ШНОР", .lowResults),
        ("ШССУ/ШНСУ", .difficultConditions), ("ШНСУ", .difficultConditions), ("Год участия", .participation),
        ("Участник 500+", .participation), ("Рисковые направления", .riskDirections), ("Риски", .riskDirections),
        ("Ответственный", .responsible), ("  ОТВЕТСТВЕННОЕ   лицо ", .responsible),
    ])
    func recognisesUsualHeaders(_ header: String, _ column: SchoolListColumn) {
        #expect(SchoolListColumn.recognize(header) == column)
    }

    @Test func missingRequiredColumnIsAnErrorOnTheHeaderLine() throws {
        let list = try Self.read("Муниципалитет;Ответственный\nСветлогорский городской округ;Иванова\n")
        #expect(list.entries.isEmpty)
        let finding = try #require(list.findings.first { $0.code == .missingColumn })
        #expect(finding.severity == .error)
        #expect(finding.location == "1")
        #expect(finding.formatted(.ru).hasPrefix("list.csv:1: error: [missing-column] нет обязательного столбца «Наименование ОО»"))
    }

    @Test func emptySchoolNameAndMunicipalityAreReportedWithTheirRows() throws {
        let list = try Self.read(
            "Муниципалитет;Наименование ОО\nБалтийский городской округ;МБОУ СОШ № 5\nБалтийский городской округ;  \n;МБОУ СОШ № 6\n")
        #expect(list.entries.count == 1)
        #expect(list.findings.map(\.code) == [.emptySchoolName, .emptyMunicipality])
        #expect(list.findings.map(\.location) == ["3", "4"])
        #expect(list.findings.allSatisfy { $0.severity == .error })
    }

    @Test func invalidFlagAndYearAreErrors() throws {
        let list = try Self.read("МО;ОО;ШНОР;Год участия\nA;B;может быть;2023\nA;C;да;в следующем\n")
        #expect(list.findings.map(\.code) == [.invalidCell, .invalidCell])
        #expect(list.findings.map(\.location) == ["2", "3"])
        #expect(list.findings[0].message.ru.contains("«может быть» в столбце «ШНОР»"))
    }

    @Test func unknownColumnsAreReportedNotDropped() throws {
        let list = try Self.read("МО;ОО;Телефон\nA;B;123\n")
        #expect(list.findings.map(\.code) == [.ignoredColumn])
        #expect(list.findings[0].severity == .warning)
        #expect(list.entries.count == 1)
    }

    @Test func twoHeadersForOneColumnAreAnError() throws {
        let list = try Self.read("МО;ОО;Код;ИНН\nA;B;1;2\n")
        #expect(list.findings.map(\.code) == [.duplicateColumn])
    }

    @Test func namesAreCollapsedAndBlankRowsSkipped() throws {
        let list = try Self.read("МО;ОО\n\" Балтийский   ГО \";\"МБОУ\nСОШ №5\"\n;\n")
        #expect(list.entries.map(\.name) == ["МБОУ СОШ №5"])
        #expect(list.entries.map(\.municipality) == ["Балтийский ГО"])
        #expect(list.findings.isEmpty)
    }

    @Test func notCSVAtAllThrows() {
        #expect(throws: CSVError.unterminatedQuote(fileName: "bad.csv", line: 2)) {
            try Self.read("МО;ОО\n\"A;B\n", fileName: "bad.csv")
        }
    }
}
