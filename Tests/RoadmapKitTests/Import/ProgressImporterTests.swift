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

/// Merging progress spreadsheets into a workspace whose school roadmap is the imported seed 001.
@Suite struct ProgressImporterTests {
    /// Two schools: «primorye» with the Svetlogorsk roadmap (seed 001) and «svetly» with one activity.
    static func workspace() throws -> Workspace {
        let text = try Fixture.text(Fixture.Seed.svetlogorsk.path)
        let imported = try RoadmapImporter.importDocument(
            text: text, fileName: "001.txt", owner: .school("primorye"), period: nil)
        let svetly = Roadmap(
            owner: .school("svetly"), title: "План школы", period: .calendarYear(2022),
            sections: [RoadmapSection(title: "", activities: [Activity(id: "1", number: "1.", title: "Приказ")])])
        return Workspace(
            settings: WorkspaceSettings(
                region: RegionInfo(id: "kaliningrad", name: "Калининградская область"), period: .calendarYear(2022)),
            units: UnitRegister(
                municipalities: [Municipality(id: "svetlogorsk", name: "Светлогорский городской округ")],
                schools: [
                    School(
                        id: "primorye", municipality: "svetlogorsk",
                        name: "Муниципальное автономное общеобразовательное учреждение «Основная общеобразовательная школа п. Приморье»",
                        shortName: "МАОУ «ООШ п. Приморье»"),
                    School(id: "svetly", municipality: "svetlogorsk", name: "МАОУ СОШ № 1 г. Светлогорска"),
                ]),
            schoolRoadmaps: ["primorye": imported.roadmap, "svetly": svetly])
    }

    static func merge(_ fixture: String, into workspace: Workspace) throws -> ProgressMergeResult {
        let table = try ProgressImporter.read(try Fixture.data("import/" + fixture), fileName: fixture)
        return try ProgressImporter.merge(table, fileName: fixture, into: workspace)
    }

    static func applied(_ result: ProgressMergeResult, to workspace: Workspace) -> Workspace {
        var copy = workspace
        for log in result.changedLogs { copy.progress[log.owner] = log }
        return copy
    }

    @Test func utf8CommaAndWindows1251SemicolonGiveTheSameRecords() throws {
        let workspace = try Self.workspace()
        let utf8 = try Self.merge("progress-utf8.csv", into: workspace)
        let cp1251 = try Self.merge("progress-cp1251.csv", into: workspace)
        #expect(utf8.rejected.isEmpty)
        #expect(cp1251.rejected.isEmpty)
        #expect(utf8.appended == 5)
        #expect(utf8.changedLogs == cp1251.changedLogs)
        let log = try #require(utf8.changedLogs.first { $0.owner == .school("primorye") })
        #expect(log.records.map(\.activity) == ["1.1", "2.1", "2.3", "2.3"])
        #expect(log.records[0].evidence == ["Распоряжение № 522", "Дорожная карта на сайте"])
        #expect(log.records[0].completedOn == LocalDate(year: 2022, month: 6, day: 10))
        #expect(log.records[1].comment == "Диагностика прошла, 12 учителей")
        #expect(log.records[2].comment == "Кадровый анализ\nпродолжается")
        #expect(log.records[3].evidence == ["Справка \"Кадры\""])
    }

    @Test func aByteOrderMarkChangesNothing() throws {
        let workspace = try Self.workspace()
        let plain = try Fixture.data("import/progress-utf8.csv")
        let table = try ProgressImporter.read(Data([0xEF, 0xBB, 0xBF]) + plain, fileName: "bom.csv")
        #expect(table.header.first == "School")
        let withMark = try ProgressImporter.merge(table, fileName: "bom.csv", into: workspace)
        #expect(withMark.changedLogs == (try Self.merge("progress-utf8.csv", into: workspace)).changedLogs)
    }

    @Test func aNewerReportSupersedesAndTheEarlierStaysInHistory() throws {
        let workspace = try Self.workspace()
        let result = try Self.merge("progress-utf8.csv", into: workspace)
        let log = try #require(result.changedLogs.first { $0.owner == .school("primorye") })
        let current = try #require(log.current()[ProgressKey(activity: "2.3")])
        #expect(current.status == .done)
        #expect(log.records.filter { $0.activity == "2.3" }.map(\.status) == [.inProgress, .done])
    }

    @Test func reimportingTheSameFileAddsNothing() throws {
        let workspace = try Self.workspace()
        let first = try Self.merge("progress-utf8.csv", into: workspace)
        let again = try Self.merge("progress-cp1251.csv", into: Self.applied(first, to: workspace))
        #expect(again.appended == 0)
        #expect(again.unchanged == 5)
        #expect(again.changedLogs.isEmpty)
    }

    @Test func everyKindOfBadRowIsReportedWithFileAndRowAndTheRestMerge() throws {
        let result = try Self.merge("progress-bad.csv", into: try Self.workspace())
        let problems = result.rejected.map { "\($0.line) \($0.code.rawValue)" }
        #expect(
            problems == [
                "2 impossible-date", "3 unknown-school", "4 unknown-activity", "5 unknown-status", "6 bad-date",
                "8 impossible-date", "9 missing-value",
            ])
        #expect(result.appended == 1)
        #expect(result.changedLogs.first?.records.map(\.activity) == ["2.6"])
        let formatted = result.rejected.map { $0.formatted(.en) }
        #expect(formatted[0] == "progress-bad.csv:2: [impossible-date] date “31.02.2023” does not exist (column completedOn)")
        #expect(formatted[1].contains("“Школа № 999” is not in units.json"))
        #expect(formatted[2].contains("activity “9.9” is not in the roadmap of “primorye”"))
        #expect(formatted[3].contains("status “почти готово” not understood"))
        #expect(result.rejected[4].message.ru.contains("ожидалось ДД.ММ.ГГГГ или ГГГГ-ММ-ДД"))
        #expect(formatted[6] == "progress-bad.csv:9: [missing-value] required cells are empty: activity")
    }

    @Test func aFileWithoutAStatusColumnIsRefusedNamingIt() throws {
        let table = try CSVReader.parse("Школа;Мероприятие\nprimorye;2.1\n", fileName: "p.csv")
        #expect(
            throws: ProgressImporter.FileError.missingColumn(file: "p.csv", column: .status, expected: ProgressColumn.status.headerNames)
        ) {
            try ProgressImporter.merge(table, fileName: "p.csv", into: try Self.workspace())
        }
    }

    @Test(arguments: [
        ("Школа", ProgressColumn.school), ("school id", .school), ("№ мероприятия", .activity), ("Activity", .activity),
        ("Статус", .status), ("Дата выполнения", .completedOn), ("Completed on", .completedOn),
        ("Подтверждающий документ", .evidence), ("Дата отчёта", .reportedOn), ("Кто отчитался", .reportedBy),
    ])
    func headersInEitherLanguage(_ header: String, _ column: ProgressColumn) {
        #expect(ProgressColumn.recognise(header) == column)
    }
}
