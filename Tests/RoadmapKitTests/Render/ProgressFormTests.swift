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

/// The progress form follows its contract (Docs/import.md, «Progress forms») on two regions: the
/// Kaliningrad example and the differently written fixture region of `compliance/small`.
@Suite struct ProgressFormTests {
    func form(_ workspace: Workspace, _ school: String) throws -> ProgressForm {
        let school = try #require(workspace.units.schools.first { $0.id.rawValue == school })
        let roadmap = try #require(workspace.schoolRoadmaps[school.id])
        let municipality = try #require(workspace.municipality(school.municipality))
        return ProgressForm(school: school, municipalityName: municipality.name, roadmap: roadmap, schedules: ScheduleIndex(workspace))
    }

    func kaliningrad() throws -> ProgressForm {
        try form(try ExampleFiles.load("kaliningrad-2023").workspace, "guryevsk-sosh-101")
    }

    @Test func aRowPerActivityAndPerOccurrenceOfARecurringOne() throws {
        let form = try kaliningrad()
        // 23 activities; «9.» (r19) is due each half-year, so it has two rows.
        #expect(form.rows.count == 24)
        #expect(Set(form.rows.map(\.activity)).count == 23)
        let r19 = form.rows.filter { $0.activity == "r19" }
        #expect(r19.map(\.occurrence) == [LocalDate(iso: "2023-06-30"), LocalDate(iso: "2023-12-31")])
        #expect(r19.map(\.number) == ["9.", "9."])
        #expect(r19[0].deadline.hasSuffix(": 01.01.2023–30.06.2023"))
        let first = try #require(form.rows.first)
        #expect(first.number == "1." && first.activity == "r1" && first.deadline == "До 15.02.2023")
        #expect(first.documents == "Приказ о назначении ответственного")
        #expect(first.occurrence == nil)
    }

    @Test func theWorkbookFollowsTheContract() throws {
        let form = try kaliningrad()
        let data = try form.workbook(.ru).data()
        let cells = try SheetCells(data)
        #expect(cells.names == ["Отчёт"])
        let sheet = try cells.sheet("Отчёт")
        #expect(sheet["A1"]?.value == .text("Отчёт об исполнении дорожной карты"))
        #expect(sheet["A2"]?.value == .text("Школа: \(form.school.name)"))
        #expect(sheet["A3"]?.value == .text("Муниципалитет: Гурьевский муниципальный округ"))
        #expect(sheet["A4"]?.value == .text("Период: 2023"))
        #expect(!sheet.keys.contains { $0.dropFirst().elementsEqual("5") }, "row 5 is empty")
        let header = "ABCDEFGHIJK".map { sheet["\($0)6"]?.value }
        #expect(header == ProgressForm.header(.ru).map { .text($0) })
        #expect(
            ProgressForm.header(.ru) == [
                "Номер", "Мероприятие (содержание)", "Срок исполнения", "Отчётные документы", "Статус", "Дата выполнения",
                "Подтверждающий документ", "Комментарий", "id школы", "id мероприятия", "срок отчета",
            ])
        #expect(sheet["A7"]?.value == .text("1."))
        #expect(sheet["I7"]?.value == .text("guryevsk-sosh-101"))
        #expect(sheet["J7"]?.value == .text("r1"))
        #expect(sheet["K7"] == nil, "no occurrence for a one-off activity")
        #expect(sheet["E7"] == nil && sheet["F7"] == nil, "the school's columns are empty")
        // The two rows of r19: rows 7 + 8 and 7 + 9 (after eight single activities).
        #expect(sheet["J15"]?.value == .text("r19") && sheet["K15"]?.value == .text("2023-06-30"))
        #expect(sheet["J16"]?.value == .text("r19") && sheet["K16"]?.value == .text("2023-12-31"))
        #expect(sheet["I30"]?.value == .text("guryevsk-sosh-101"))
        #expect(sheet["I31"] == nil)
        let xml = try StoredZip.text(data, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<pane ySplit=\"6\" topLeftCell=\"A7\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        // Every status the model has, «не применимо» included (issue 18), in the drop-down.
        #expect(
            xml.contains("sqref=\"E7:E30\"><formula1>&quot;выполнено,в работе,не начато,не применимо&quot;</formula1>"))
        for column in 9...11 {
            #expect(xml.contains("<col min=\"\(column)\" max=\"\(column)\" width=\"") && xml.contains("customWidth=\"1\" hidden=\"1\"/>"))
        }
        #expect(!xml.contains("<col min=\"5\" max=\"5\" width=\"14\" customWidth=\"1\" hidden"))
        // F is formatted as a date for what the school types.
        let f7 = try #require(xml.firstRange(of: "<c r=\"F7\" s=\""))
        let style = Int(xml[f7.upperBound...].prefix { $0.isNumber })!
        #expect(cells.styles[style].format == 165)
    }

    @Test(arguments: Language.allCases)
    func headersReadBackAsTheContractSays(language: Language) {
        let header = ProgressForm.header(language)
        // A–D are not progress columns; E–K are.
        #expect(header[0..<4].allSatisfy { ProgressColumn.recognise($0) == nil }, "\(header[0..<4])")
        #expect(
            header[4...].map(ProgressColumn.recognise) == [
                .status, .completedOn, .evidence, .comment, .school, .activity, .occurrence,
            ])
    }

    @Test(arguments: Language.allCases)
    func theDropDownOffersEveryStatusAndEachReadsBack(language: Language) {
        let words = ProgressForm.statuses(language)
        #expect(words.count == ProgressStatus.allCases.count)
        #expect(words.map { ProgressStatus(text: $0) } == ProgressStatus.allCases.map { $0 })
        #expect(words.allSatisfy { !$0.contains(",") && !$0.contains("\"") })
    }

    @Test func englishFormNamesItsSheetReport() throws {
        let cells = try SheetCells(try kaliningrad().workbook(.en).data())
        #expect(cells.names == ["Report"])
        #expect(try cells.sheet("Report")["E6"]?.value == .text("Status"))
    }

    @Test func aSecondRegionWithTextThatLooksLikeMarkup() throws {
        let workspace = try WorkspaceStore(directory: Fixture.url("compliance/small")).load().workspace
        let n2 = try form(workspace, "n2")
        // Six activities, one conditional («По мере необходимости»): a row each, no occurrence.
        #expect(n2.rows.map(\.activity) == ["a1", "a2", "a3", "a4", "a5", "c1"])
        #expect(n2.rows.allSatisfy { $0.occurrence == nil })
        #expect(n2.municipalityName == "Северный округ")
        let s1 = try form(workspace, "s1")
        let data = try s1.workbook(.ru).data()
        let sheet = try SheetCells(data).sheet("Отчёт")
        #expect(sheet["A2"]?.value == .text("Школа: <script>alert(\"x\")</script> МБОУ «Школа & Ко»"))
        let strings = try StoredZip.text(data, "xl/sharedStrings.xml")
        #expect(strings.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; МБОУ «Школа &amp; Ко»"))
    }

    @Test func theCSVFormIsAProgressCSVTheImporterReads() throws {
        let workspace = try WorkspaceStore(directory: Fixture.url("compliance/small")).load().workspace
        let form = try form(workspace, "n1")
        var lines = form.csv(.ru).split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.count == 11)
        // The school fills row «2.» (id 2): done on 27.02.2023 with a document.
        lines[2] = lines[2].replacingOccurrences(of: ";;;;;n1;2;", with: ";выполнено;27.02.2023;Справка № 5;;n1;2;")
        let filled = [lines[0], lines[2]].joined(separator: "\r\n") + "\r\n"
        let table = try ProgressImporter.read(Data(filled.utf8), fileName: "n1.csv")
        let result = try ProgressImporter.merge(table, fileName: "n1.csv", into: workspace)
        #expect(result.rejected.isEmpty)
        let log = try #require(result.changedLogs.first)
        let record = try #require(log.records.last)
        #expect(record.activity == "2" && record.status == .done)
        #expect(record.completedOn == LocalDate(iso: "2023-02-27"))
        #expect(record.evidence == ["Справка № 5"])
    }
}
