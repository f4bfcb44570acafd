import Foundation
import Testing

@testable import RoadmapCLI

/// The tutorial's school list and progress report as Excel workbooks give the same workspace
/// and the same compliance figures as the CSV files; filled progress forms read back as forms;
/// a zip bomb, a truncated workbook or a text file named .xlsx is one clear error and writes nothing.
@Suite struct WorkbookInputTests {
    static let examples = CapturedRun.repositoryRoot.appendingPathComponent("Examples")
    static let office = CapturedRun.repositoryRoot.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/office")

    /// The tutorial's steps 1–4 in `directory/name`: plan, schools list, Svetlogorsk roadmap, skeletons.
    static func tutorialWorkspace(_ name: String, schools: String, in directory: URL) throws {
        let steps: [[String]] = [
            [
                "init", name, "--region", "Калининградская область", "--plan",
                examples.appendingPathComponent("documents/kaliningrad-plan-2023.txt").path,
            ],
            ["units", "import", examples.appendingPathComponent(schools).path, "--workspace", name],
            [
                "import", examples.appendingPathComponent("documents/svetlogorsk-roadmap-2022.txt").path, "--workspace",
                name, "--municipality", "svetlogorskiy",
            ],
        ]
        for step in steps
            + ["svetlogorskiy", "gurevskiy", "chernyakhovskiy", "baltiyskiy", "nemanskiy"].map({
                ["skeleton", name, "--municipality", $0]
            })
        {
            let result = CapturedRun.run(step, in: directory)
            try #require(result.code == 0, "\(step): \(result.shown)")
        }
    }

    /// Every file of a workspace, relative path → bytes.
    static func files(_ directory: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))] = data
        }
        return result
    }

    @Test func workbooksGiveTheSameWorkspaceAndFiguresAsTheCSVs() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.tutorialWorkspace("csv", schools: "schools-2023.csv", in: directory)
        try Self.tutorialWorkspace("xlsx", schools: "schools-2023.xlsx", in: directory)
        let csv = CapturedRun.run(
            ["progress", "import", Self.examples.appendingPathComponent("documents/progress-2023.csv").path, "--workspace", "csv"],
            in: directory)
        let xlsx = CapturedRun.run(
            ["progress", "import", Self.examples.appendingPathComponent("documents/progress-2023.xlsx").path, "--workspace", "xlsx"],
            in: directory)
        #expect(csv.shown == "добавлено записей: 198; уже были: 0; отклонено строк: 0\n")
        #expect(xlsx.shown == csv.shown)
        let a = Self.files(directory.appendingPathComponent("csv"))
        let b = Self.files(directory.appendingPathComponent("xlsx"))
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.count > 15)
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        for date in ["2023-06-30", "2023-11-30"] {
            let figures = CapturedRun.run(["compliance", "csv", "--as-of", date, "--format", "json"], in: directory)
            let same = CapturedRun.run(["compliance", "xlsx", "--as-of", date, "--format", "json"], in: directory)
            #expect(figures.out.contains("\"percent\"") || figures.out.count > 1000)
            #expect(figures.out == same.out)
        }
    }

    @Test(arguments: [
        ("zip/bomb.zip", "архив отклонён, похоже на zip-бомбу"),
        ("zip/truncated.zip", "не zip-архив"),
        ("inflate/stored.plain", "не zip-архив"),
    ])
    func unreadableWorkbooksWriteNothing(fixture: String, message: String) throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.tutorialWorkspace("ws", schools: "schools-2023.csv", in: directory)
        let file = directory.appendingPathComponent("report.xlsx")
        try FileManager.default.copyItem(at: Self.office.appendingPathComponent(fixture), to: file)
        let before = Self.files(directory.appendingPathComponent("ws"))
        for command in [["units", "import"], ["progress", "import"]] {
            let result = CapturedRun.run(command + [file.path, "--workspace", "ws"], in: directory)
            #expect(result.code == 1)
            #expect(result.out.isEmpty)
            let errors = result.err.split(separator: "\n")
            #expect(errors.first?.contains("report.xlsx: " + message) == true, "\(result.err)")
            #expect(errors.count <= 2, "\(result.err)")
        }
        #expect(Self.files(directory.appendingPathComponent("ws")) == before)
    }

    @Test func unknownSheetIsNamedWithTheSheetsThereAre() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = CapturedRun.run(["init", "ws", "--region", "Калининградская область", "--period", "2023"], in: directory)
        let result = CapturedRun.run(
            ["units", "import", Self.examples.appendingPathComponent("schools-2023.xlsx").path, "--workspace", "ws", "--sheet", "Итог"],
            in: directory)
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("ошибка: "))
        #expect(result.err.hasSuffix("schools-2023.xlsx: нет листа «Итог»; листы книги: «Школы», «Примечания»\n"))
        let chosen = CapturedRun.run(
            ["units", "import", Self.examples.appendingPathComponent("schools-2023.xlsx").path, "--workspace", "ws", "--sheet", "Школы"],
            in: directory)
        #expect(chosen.code == 0)
        #expect(chosen.out.contains("schools-2023.xlsx: лист «Школы», школ в списке: 10\n"))
    }

    @Test func filledFormsReadBack() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.tutorialWorkspace("ws", schools: "schools-2023.csv", in: directory)
        let folder = Self.office.appendingPathComponent("forms/filled").path
        let result = CapturedRun.run(["progress", "import", folder, "--workspace", "ws"], in: directory)
        // 3 rows filled in one form, 2 in the other; 31 + 21 activities in all.
        #expect(result.shown == "добавлено записей: 5; уже были: 0; отклонено строк: 0; не заполнено строк формы: 47\n")
        #expect(result.code == 0)
        let log = try String(
            contentsOf: directory.appendingPathComponent("ws/progress/schools/maou-oosh-p-primore.json"), encoding: .utf8)
        #expect(log.contains("2023-02-10"))
        #expect(log.contains("Протокол педсовета № 4"))
        // Reading the same forms again adds nothing.
        let again = CapturedRun.run(["progress", "import", folder, "--workspace", "ws"], in: directory)
        #expect(again.shown == "добавлено записей: 0; уже были: 5; отклонено строк: 0; не заполнено строк формы: 47\n")
    }

    @Test(arguments: [
        ("bad/foreign-school.xlsx", "лист «Отчёт», строка 9, ячейка I9: [form-school-mismatch]"),
        ("bad/edited-id.xlsx", "лист «Отчёт», строка 8, ячейка J8: [form-unknown-activity]"),
        ("bad/blank-id.xlsx", "лист «Отчёт», строка 7, ячейка J7: [form-missing-id]"),
    ])
    func brokenFormsAreRefusedWhole(fixture: String, location: String) throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.tutorialWorkspace("ws", schools: "schools-2023.csv", in: directory)
        // The broken form sits in a folder next to a good one: nothing of either is written.
        let folder = directory.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.office.appendingPathComponent("forms/filled/mbou-sosh-102-uslovnaya.xlsx"),
            to: folder.appendingPathComponent("a.xlsx"))
        try FileManager.default.copyItem(
            at: Self.office.appendingPathComponent("forms/" + fixture), to: folder.appendingPathComponent("b.xlsx"))
        let before = Self.files(directory.appendingPathComponent("ws"))
        let result = CapturedRun.run(["progress", "import", "forms", "--workspace", "ws"], in: directory)
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("b.xlsx: " + location), "\(result.err)")
        #expect(result.err.hasSuffix("ошибка: импорт отменён; рабочая область не изменена\n"))
        #expect(Self.files(directory.appendingPathComponent("ws")) == before)
    }

    @Test func aFormOfAnotherSchoolThanGivenIsAnError() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.tutorialWorkspace("ws", schools: "schools-2023.csv", in: directory)
        let form = Self.office.appendingPathComponent("forms/filled/maou-oosh-p-primore.xlsx").path
        let result = CapturedRun.run(
            ["progress", "import", form, "--workspace", "ws", "--school", "mbou-sosh-102-uslovnaya"], in: directory,
            language: .en)
        #expect(result.code == 1)
        #expect(
            result.err == """
                maou-oosh-p-primore.xlsx: sheet "Отчёт", row 7, cell I7: [form-school-mismatch] the form is school "maou-oosh-p-primore"'s, but school "mbou-sosh-102-uslovnaya" was expected
                error: import refused; the workspace was not changed

                """)
        let right = CapturedRun.run(
            ["progress", "import", form, "--workspace", "ws", "--school", "maou-oosh-p-primore"], in: directory)
        #expect(right.code == 0)
        #expect(right.out.hasPrefix("добавлено записей: 3;"))
    }
}
