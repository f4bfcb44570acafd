import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// The form the tool writes (`progress form`) is the form it reads back (`progress import`): an
/// empty form imports nothing and says so; a filled row becomes exactly one record; a second
/// import of the same form adds nothing.
@Suite struct ProgressFormRoundTripTests {
    static let school = SchoolID("guryevsk-sosh-101")

    static func workspace() throws -> URL {
        let directory = try CapturedRun.temporaryDirectory()
        try FileManager.default.copyItem(
            at: CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023"),
            to: directory.appendingPathComponent("w"))
        return directory
    }

    @Test func anEmptyFormWrittenByTheToolImportsNothing() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = CapturedRun.run(
            ["progress", "form", "w", "--municipality", "guryevsk", "--school", Self.school.rawValue, "--output", "forms"],
            in: directory)
        #expect(written.code == 0, "\(written.shown)")
        let before = try Data(contentsOf: directory.appendingPathComponent("w/progress/schools/guryevsk-sosh-101.json"))
        let imported = CapturedRun.run(
            ["progress", "import", "forms/guryevsk-sosh-101.xlsx", "--workspace", "w"], in: directory)
        #expect(imported.code == 0, "\(imported.shown)")
        #expect(imported.out.hasPrefix("добавлено записей: 0; уже были: 0; отклонено строк: 0; не заполнено строк формы: "))
        let after = try Data(contentsOf: directory.appendingPathComponent("w/progress/schools/guryevsk-sosh-101.json"))
        #expect(before == after)
    }

    @Test func aFilledRowOfTheToolsFormBecomesOneRecord() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = try WorkspaceStore(directory: directory.appendingPathComponent("w")).load().workspace
        let school = try #require(workspace.units.schools.first { $0.id == Self.school })
        let roadmap = try #require(workspace.schoolRoadmaps[Self.school])
        let form = ProgressForm(school: school, municipalityName: "Гурьевский", roadmap: roadmap, schedules: ScheduleIndex(workspace))
        // The first one-off row the school has not reported yet.
        let recorded = Set(workspace.progress[.school(Self.school)]?.records.map(\.activity) ?? [])
        let index = try #require(form.rows.firstIndex { $0.occurrence == nil && !recorded.contains($0.activity) })
        let activity = form.rows[index].activity
        var workbook = form.workbook(.ru)
        let row = ProgressForm.firstDataRow - 1 + index
        workbook.sheets[0].rows[row][4] = .text("выполнено")
        workbook.sheets[0].rows[row][5] = .date(LocalDate(year: 2023, month: 5, day: 20)!)
        workbook.sheets[0].rows[row][6] = .text("Приказ № 17 от 20.05.2023")
        try workbook.data().write(to: directory.appendingPathComponent("filled.xlsx"))

        let first = CapturedRun.run(["progress", "import", "filled.xlsx", "--workspace", "w"], in: directory)
        #expect(first.code == 0, "\(first.shown)")
        #expect(first.out.hasPrefix("добавлено записей: 1; уже были: 0; отклонено строк: 0"))
        let log = try WorkspaceStore(directory: directory.appendingPathComponent("w")).load().workspace
            .progress[.school(Self.school)]
        let record = try #require(log?.records.last)
        #expect(record.activity == activity)
        #expect(record.status == .done)
        #expect(record.completedOn == LocalDate(year: 2023, month: 5, day: 20))
        #expect(record.evidence == ["Приказ № 17 от 20.05.2023"])

        let again = CapturedRun.run(["progress", "import", "filled.xlsx", "--workspace", "w"], in: directory)
        #expect(again.out.hasPrefix("добавлено записей: 0; уже были: 1; отклонено строк: 0"))
    }
}
