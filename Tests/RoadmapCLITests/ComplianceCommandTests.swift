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

/// `roadmap compliance` and `roadmap deadlines` end to end on the small fixture workspace.
@Suite struct ComplianceCommandTests {
    static let workspace = CapturedRun.repositoryRoot
        .appendingPathComponent("Tests/RoadmapKitTests/Fixtures/compliance/small").path

    func run(_ args: [String], language: Language = .ru) -> (code: Int32, out: String, err: String) {
        let result = CapturedRun.run(args, in: CapturedRun.repositoryRoot, language: language)
        return (result.code, result.out, result.err)
    }

    @Test func aRedUnitExitsOne() {
        let result = run(["compliance", Self.workspace, "--as-of", "2023-06-30"])
        #expect(result.code == ExitCode.failure)
        #expect(result.out.contains("Южный округ"))
        #expect(result.out.contains("красная"))
    }

    /// A copy of the fixture whose one data error (school n2 sets «До 31.03.2023» under the
    /// municipality's «До 28.02.2023») is corrected.
    static func correctedCopy() throws -> URL {
        let directory = try CapturedRun.temporaryDirectory().appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: workspace), to: directory)
        let file = directory.appendingPathComponent("roadmaps/schools/n2.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("До 31.03.2023"))
        try text.replacingOccurrences(of: "До 31.03.2023", with: "До 28.02.2023").write(to: file, atomically: true, encoding: .utf8)
        return directory
    }

    @Test func oneMunicipalityAtTheMinimumWithValidDataExitsZero() throws {
        let directory = try Self.correctedCopy()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let result = run(["compliance", directory.path, "--as-of", "2023-06-30", "--municipality", "north", "--level", "school"])
        #expect(result.code == ExitCode.success)
        #expect(result.out.contains("МБОУ СОШ № 1"))
        #expect(!result.out.contains("Школа & Ко"))
        #expect(result.err.isEmpty)
    }

    @Test func dataErrorsAreListedAndExitOneWithTheReportComplete() {
        let result = run(["compliance", Self.workspace, "--as-of", "2023-06-30", "--municipality", "north", "--level", "school"])
        #expect(result.code == ExitCode.failure)
        #expect(result.out.contains("МБОУ СОШ № 1"))
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(
            lines.first?.hasPrefix("roadmaps/schools/n2.json:sections[0].activities[0].schedule: error: [deadline-after-parent]") == true)
        #expect(
            lines.last
                == "предупреждение: в данных ошибок 1; отчёт посчитан по данным как есть, все находки: roadmap validate \(Self.workspace)")
        // Warnings (a missing document, a missing activity) are left to `roadmap validate`.
        #expect(!result.err.contains("document-mismatch"))
    }

    @Test func aFileThatCannotBeReadIsReportedAndExitsOne() {
        let broken = CapturedRun.repositoryRoot.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/validation/invalid-json").path
        let result = run(["compliance", broken, "--as-of", "2023-03-01"])
        // Before the first checkpoint nothing is red: the exit code says the data is broken.
        #expect(result.code == ExitCode.failure)
        #expect(result.err.contains("roadmaps/region.json"))
        #expect(result.err.contains("1 файл(ов) не прочитано и не учтено в отчёте"))
        #expect(result.out.contains("Контрольная точка ещё не наступила"))
    }

    @Test func manyDataErrorsListTheFirstTen() throws {
        let directory = try Self.correctedCopy()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let store = WorkspaceStore(directory: directory)
        var roadmap = try #require(try store.load().workspace.schoolRoadmaps["s1"])
        for i in 1...12 {
            roadmap.sections[0].activities.append(Activity(id: "x\(i)", title: "Мероприятие \(i)", schedule: "31.02.2023"))
        }
        try store.write(roadmap: roadmap)
        let result = run(["compliance", directory.path, "--as-of", "2023-06-30", "--level", "region"], language: .en)
        #expect(result.code == ExitCode.failure)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 11)
        #expect(lines.prefix(10).allSatisfy { $0.contains("error: [impossible-date]") })
        #expect(lines.last?.hasPrefix("warning: the data has 12 error(s) (the first 10 above);") == true)
        // The impossible dates are not counted, and the report is still printed.
        #expect(result.out.contains("Region"))
    }

    @Test(arguments: [
        ["--as-of", "30.06.2023"], ["--as-of", "2023-02-30"], [], ["--as-of", "2023-06-30", "--format", "xml"],
        ["--as-of", "2023-06-30", "--level", "district"], ["--as-of", "2023-06-30", "--municipality", "nort"],
        ["--as-of", "2023-06-30", "--separator", ";;"],
    ])
    func usageErrorsExitTwo(extra: [String]) {
        let result = run(["compliance", Self.workspace] + extra)
        #expect(result.code == ExitCode.usage)
        #expect(result.err.hasPrefix("ошибка: "))
        #expect(result.err.contains("\nИспользование: roadmap compliance [<workspace>] [параметры]\n"))
        #expect(result.out.isEmpty)
        let english = run(["compliance", Self.workspace] + extra, language: .en)
        #expect(english.code == ExitCode.usage)
        #expect(english.err.hasPrefix("error: "))
        #expect(english.err.contains("\nUsage: roadmap compliance [<workspace>] [options]\n"))
    }

    @Test func unknownMunicipalitySuggestsTheNearest() {
        let result = run(["compliance", Self.workspace, "--as-of", "2023-06-30", "--municipality", "nort"])
        #expect(result.code == 2)
        #expect(result.err.contains("возможно, вы имели в виду «north»"))
        let english = run(["compliance", Self.workspace, "--as-of", "2023-06-30", "--municipality", "nort"], language: .en)
        #expect(english.err.contains("did you mean 'north'?"))
    }

    @Test func writesTheReportToAFile() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.json").path
        let result = run(["compliance", Self.workspace, "--as-of", "2023-06-30", "--format", "json", "--output", file])
        #expect(result.code == ExitCode.failure)
        #expect(result.out.isEmpty)
        let report = try JSONDecoder().decode(ComplianceReport.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(report.units.count == 8)
        #expect(report.region?.pooledPercent == 800.0 / 23)
    }

    @Test func englishReport() {
        let result = run(["compliance", Self.workspace, "--as-of", "2023-06-30", "--format", "md"], language: .en)
        #expect(result.out.contains("## Municipalities"))
        #expect(result.out.contains("Roll-up: pooled"))
    }

    @Test func deadlinesListsOverdueAndDueSoonByUnit() {
        let result = run(["deadlines", Self.workspace, "--as-of", "2023-06-30", "--within", "14"])
        #expect(result.code == ExitCode.failure)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("МБОУ СОШ № 1") && $0.contains("Летняя школа") && $0.contains("через 10 дн.") })
        #expect(
            lines.contains { $0.hasPrefix("МБОУ СОШ № 1") && $0.contains("Рисковый профиль ОО") && $0.contains("просрочено на 30 дн.") })
        #expect(lines.contains { $0.contains("Программа развития ОО") && $0.contains("нет отчётного документа") })
        // r2 of the regional plan is executed by schools only: it is owed (and overdue) in their
        // roadmaps, not again in the plan.
        #expect(result.out.contains("просрочено 4, без отчётного документа 1, срок в ближайшие 14 дн.: 1"))
        let shorter = run(["deadlines", Self.workspace, "--as-of", "2023-06-30", "--within", "5"])
        #expect(!shorter.out.contains("Летняя школа"))
    }

    @Test func deadlinesAsCSV() throws {
        let result = run(["deadlines", Self.workspace, "--as-of", "2023-06-30", "--format", "csv", "--municipality", "north"])
        let table = try CSVReader.parse(result.out, fileName: "deadlines.csv")
        #expect(table.header.first == "Исполнитель")
        #expect(table.rows.count == 4)  // m2, n1 items 4, 5 and 6
    }

    @Test func deadlinesReportTheDataErrorsAndFailOnThemAlone() throws {
        // Nothing is due by 10 January; the fixture's one data error still makes the exit 1.
        let result = run(["deadlines", Self.workspace, "--as-of", "2023-01-10"])
        #expect(result.code == ExitCode.failure)
        #expect(result.out.contains("просрочено 0, без отчётного документа 0"))
        #expect(result.err.contains("roadmaps/schools/n2.json"))
        #expect(result.err.contains("[deadline-after-parent]"))
        #expect(result.err.contains("в данных ошибок 1"))
        // Narrowed to the school's municipality, the whole workspace is still what is validated.
        let narrowed = run(["deadlines", Self.workspace, "--as-of", "2023-01-10", "--municipality", "north"])
        #expect(narrowed.code == ExitCode.failure)
        #expect(narrowed.err.contains("[deadline-after-parent]"))
        #expect(!narrowed.err.contains("unknown-link") && !narrowed.err.contains("[missing"))

        let directory = try Self.correctedCopy()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        for extra in [[], ["--municipality", "north"]] {
            let corrected = run(["deadlines", directory.path, "--as-of", "2023-01-10"] + extra)
            #expect(corrected.code == ExitCode.success)
            #expect(corrected.err.isEmpty)
        }
    }
}
