import Foundation
import Testing

@testable import RoadmapCLI
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

/// `progress import` with rows for every level, `compliance --known-on` and `amend` end to end on
/// a copy of `Fixtures/compliance/levels` (its README has the hand computation).
@Suite struct LevelsCommandTests {
    static let fixture = CapturedRun.repositoryRoot
        .appendingPathComponent("Tests/RoadmapKitTests/Fixtures/compliance/levels")

    func run(_ args: [String], language: Language = .ru) -> (code: Int32, out: String, err: String) {
        let result = CapturedRun.run(args, in: CapturedRun.repositoryRoot, language: language)
        return (result.code, result.out, result.err)
    }

    static func copy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("levels-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: directory)
        return directory
    }

    @Test func importThenReportWithAndWithoutKnownOn() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("progress-levels.csv").path
        let imported = run(["progress", "import", csv, "--workspace", directory.path])
        #expect(imported.code == ExitCode.failure)
        #expect(imported.out.contains("добавлено записей: 9; уже были: 0; отклонено строк: 2"))
        #expect(imported.err.contains("progress-levels.csv:11: [missing-reason]"))
        #expect(imported.err.contains("progress-levels.csv:12: [unknown-school]"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("progress/region.json").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("progress/municipalities/east.json").path))

        let all = run(["compliance", directory.path, "--as-of", "2023-06-30", "--level", "region"])
        #expect(all.out.contains("Проверочная область на 30.06.2023: 71 % (зелёная зона)"))
        #expect(all.out.contains("Зачёт работ в процессе (elapsed-share)"))
        let known = run(["compliance", directory.path, "--as-of", "2023-06-30", "--level", "region", "--known-on", "2023-06-30"])
        #expect(known.out.contains("Проверочная область на 30.06.2023: 48,7 % (зелёная зона)"))
        #expect(known.out.contains("Учтены отчёты, поданные по 30.06.2023 включительно."))
        let csvReport = run(["compliance", directory.path, "--as-of", "2023-06-30", "--format", "csv", "--level", "school"])
        let e2 = try #require(csvReport.out.split(whereSeparator: \.isNewline).first { $0.contains(";e2;") })
        // В работе; зачтено; не применимо; вне периода; правило.
        #expect(e2.hasSuffix(";0;0;1;1;elapsed-share"))
    }

    @Test func outsideThePeriodAndNotApplicableAreShownNotLost() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run(["progress", "import", directory.appendingPathComponent("progress-levels.csv").path, "--workspace", directory.path])
        let deadlines = run(["deadlines", directory.path, "--as-of", "2023-06-30"])
        let outside = deadlines.out.split(whereSeparator: \.isNewline).filter { $0.contains("[date-outside-period]") }
        // Item 4 «До 30.12.2022» of both schools.
        #expect(outside.count == 2)
        #expect(outside.allSatisfy { $0.contains("30.12.2022") && $0.contains("Публикация плана на сайте школы") })
        #expect(deadlines.out.contains("; вне периода: 2."))
        // Region-wide lists: the plan's item number first («п. 1 плана»); school items here link to none.
        #expect(deadlines.out.contains("п. 1 плана") == false)
        let overdue = run(["deadlines", directory.path, "--as-of", "2023-12-31"])
        #expect(overdue.out.contains("п. 3 плана"), "\(overdue.out)")
        let table = run(["compliance", directory.path, "--as-of", "2023-06-30"])
        #expect(table.out.contains("Не применимо (1):"))
        #expect(table.out.contains("МБОУ «ООШ № 2»: 2. Подготовка обучающихся к ГИА-11 — нет 11 класса (основная школа)"))
        #expect(table.out.contains("не применимо: 1; вне периода: 2."))
        let markdown = run(["compliance", directory.path, "--as-of", "2023-06-30", "--format", "md", "--lang", "en"], language: .en)
        #expect(markdown.out.contains("## Not applicable (1)"))
        #expect(markdown.out.contains("## Outside the roadmap's period (2)"))
        let html = run(["compliance", directory.path, "--as-of", "2023-06-30", "--format", "html"])
        #expect(html.out.contains("не применимо: 1"))
        #expect(html.out.contains("вне периода: 1"))
    }

    @Test func amendRecordsWhoWhyAndWhenAndExplainShowsIt() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let amended = run([
            "amend", directory.path, "--activity", "school:e1:4", "--schedule", "До 30.12.2023", "--reason",
            "опечатка: план на 2023 год", "--order", "№ 12 от 01.03.2023", "--by", "Координатор", "--on", "2023-03-01",
        ])
        #expect(amended.code == ExitCode.success, "\(amended.err)")
        #expect(amended.out.contains("school:e1:4: срок «До 30.12.2022» → «До 30.12.2023»"))
        let log = try AmendmentLog.load(workspace: directory)
        #expect(log.amendments.count == 1)
        #expect(log.amendments.first?.reason == "опечатка: план на 2023 год")
        #expect(log.amendments.first?.on == LocalDate(iso: "2023-03-01"))
        let workspace = try WorkspaceStore(directory: directory).load().workspace
        #expect(workspace.schoolRoadmaps[SchoolID("e1")]?.activity(id: "4")?.schedule == "До 30.12.2023")
        // The item is now inside the period: e1 owes 4 items, none outside.
        let report = ComplianceEvaluator(asOf: LocalDate(iso: "2023-06-30")!).evaluate(workspace).report
        let e1 = try #require(report.units.first { $0.id == "e1" })
        #expect(e1.counts.activities == 4)
        #expect(e1.counts.outsidePeriod == 0)
        let explained = run(["explain", directory.path, "--school", "e1", "--activity", "4"])
        #expect(explained.out.contains("Поправки:"))
        #expect(explained.out.contains("причина: опечатка: план на 2023 год; приказ № 12 от 01.03.2023; внёс: Координатор"))
    }

    @Test(arguments: [
        (["--activity", "region:9", "--schedule", "x", "--reason", "y"], ExitCode.failure, "region:9: нет такого мероприятия"),
        (["--activity", "school:e1:4", "--schedule", "До 30.12.2023", "--reason", " "], ExitCode.failure, "нужна причина"),
        (["--activity", "town:4", "--schedule", "x", "--reason", "y"], ExitCode.usage, "--activity: ожидается region:N"),
        (["--activity", "region:1", "--schedule", "x"], ExitCode.usage, "не указан параметр --reason <TEXT>"),
    ])
    func amendRefusesWithoutWriting(_ options: [String], _ code: Int32, _ message: String) throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = run(["amend", directory.path] + options + ["--on", "2023-03-01"])
        #expect(result.code == code)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(AmendmentLog.fileName).path))
    }
}
