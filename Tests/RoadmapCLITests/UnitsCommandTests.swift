import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `roadmap init` and `roadmap units import|list` end to end.
@Suite final class UnitsCommandTests {
    let directory: URL

    init() throws { directory = try CapturedRun.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func run(_ arguments: [String], language: Language = .ru) -> CapturedRun {
        CapturedRun.run(arguments, in: directory, language: language)
    }

    func write(_ text: String, to name: String, windows1251: Bool = false) throws {
        let data = windows1251 ? try #require(TextDecoding.encodeWindows1251(text)) : Data(text.utf8)
        try data.write(to: directory.appendingPathComponent(name))
    }

    func initialize() throws {
        let result = run(["init", "ws", "--region", "Калининградская область", "--period", "2023"])
        try #require(result.code == 0, "\(result.err)")
    }

    var unitsJSON: URL { directory.appendingPathComponent("ws/units.json") }

    @Test func initRefusesToOverwrite() throws {
        try initialize()
        let again = run(["init", "ws", "--region", "Другая", "--period", "2024"])
        #expect(again.code == 1)
        #expect(again.err == "ошибка: ws уже существует и не пуст; рабочая область не создана (ничего не изменено)\n")
        let settings = try String(contentsOf: directory.appendingPathComponent("ws/workspace.json"), encoding: .utf8)
        #expect(settings.contains("Калининградская область"))
    }

    @Test func initNeedsRegionAndAPeriodOrPlan() {
        #expect(run(["init", "ws", "--period", "2023"]).code == 2)
        let noPeriod = run(["init", "ws", "--region", "Калининградская область"])
        #expect(noPeriod.code == 2)
        #expect(noPeriod.err.contains("--period"))
        #expect(run(["init", "ws", "--region", "К", "--period", "когда-нибудь"]).code == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("ws").path))
    }

    @Test func importsTheExampleListAndListsIt() throws {
        try initialize()
        let example = CapturedRun.repositoryRoot.appendingPathComponent("Examples/schools-2023.csv").path
        let imported = run(["units", "import", example, "--workspace", "ws"])
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("Windows-1251, разделитель «;», школ в списке: 10"))
        #expect(imported.out.contains("муниципалитетов добавлено: 5; школ добавлено: 10, обновлено: 0"))
        #expect(imported.err.isEmpty)

        let listed = run(["units", "list", "--workspace", "ws", "--municipality", "svetlogorskiy"])
        #expect(listed.code == 0)
        #expect(
            listed.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).first } == [
                "ID", "svetlogorskiy", "maou-oosh-p-primore",
            ])
        #expect(listed.out.contains("МАОУ «ООШ п. Приморье»"))

        let json = run(["units", "list", "--workspace", "ws", "--format", "json"])
        let lines = try JSONDecoder().decode([UnitListing.Line].self, from: Data(json.out.utf8))
        #expect(lines.count == 15)
        let csv = run(["units", "list", "--workspace", "ws", "--format", "csv", "--lang", "en"])
        #expect(try CSVReader.parse(csv.out, fileName: "out").rows.count == 15)

        #expect(run(["units", "list", "--workspace", "ws", "--format", "xml"]).code == 2)
        let unknown = run(["units", "list", "--workspace", "ws", "--municipality", "svetlogorsky"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("возможно, вы имели в виду «svetlogorskiy»"))
    }

    @Test func refusedImportLeavesUnitsJSONUntouched() throws {
        try initialize()
        try write(
            "Муниципалитет;Наименование ОО\nСветлогорский городской округ;МАОУ «ООШ п. Приморье»\n", to: "good.csv",
            windows1251: true)
        #expect(run(["units", "import", "good.csv", "--workspace", "ws"]).code == 0)
        let before = try Data(contentsOf: unitsJSON)
        try write(
            "Муниципалитет;Наименование ОО\nСветлогорский ГО;МАОУ СОШ № 1\nСветлогорский городской округ;\n",
            to: "bad.csv")
        let result = run(["units", "import", "bad.csv", "--workspace", "ws"])
        #expect(result.code == 1)
        #expect(
            result.err == """
                bad.csv:2: error: [municipality-spelling] муниципалитет «Светлогорский ГО» похож на «Светлогорский городской округ» из реестра (svetlogorskiy); напишите так же или добавьте это написание в aliases в units.json
                bad.csv:3: error: [empty-school-name] пустое наименование школы (муниципалитет «Светлогорский городской округ»)
                ошибка: импорт отменён (ошибок: 2); units.json не изменён

                """)
        #expect(try Data(contentsOf: unitsJSON) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("ws").path)
        // The lock file a writer holds stays (hidden, empty of data); nothing else is added.
        #expect(leftovers.sorted() == [".roadmap.lock", "roadmaps", "units.json", "workspace.json"])
    }

    @Test func missingColumnIsRefusedInEnglishToo() throws {
        try initialize()
        try write("Municipality,Phone\nA,1\n", to: "cols.csv")
        let result = run(["units", "import", "cols.csv", "--workspace", "ws"], language: .en)
        #expect(result.code == 1)
        #expect(result.err.contains("cols.csv:1: error: [missing-column] required column name is missing"))
        #expect(result.err.contains("cols.csv:1: warning: [ignored-column] column \"Phone\" is not recognised"))
    }

    @Test func brokenCSVNamesTheLine() throws {
        try initialize()
        try write("МО;ОО\nA;\"B\n", to: "broken.csv")
        let result = run(["units", "import", "broken.csv", "--workspace", "ws"])
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("ошибка: broken.csv:2: кавычка, открытая в этой строке, не закрыта"))
    }

    @Test func reimportUpdatesWithoutDuplicatesAndDryRunWritesNothing() throws {
        try initialize()
        try write("МО;ОО;ШНОР\nБалтийский городской округ;МБОУ СОШ № 5;нет\nБалтийский городской округ;МБОУ СОШ № 6;нет\n", to: "a.csv")
        #expect(run(["units", "import", "a.csv", "--workspace", "ws"]).code == 0)
        try write("МО;ОО;ШНОР\nБалтийский городской округ;МБОУ «СОШ №5»;да\n", to: "b.csv")
        let before = try Data(contentsOf: unitsJSON)
        let dry = run(["units", "import", "b.csv", "--workspace", "ws", "--dry-run"])
        #expect(dry.code == 0)
        #expect(try Data(contentsOf: unitsJSON) == before)
        let result = run(["units", "import", "b.csv", "--workspace", "ws"])
        #expect(result.code == 0)
        #expect(result.out.contains("школ добавлено: 0, обновлено: 1, без изменений: 0, нет в списке: 1"))
        #expect(result.err.contains("[school-not-in-list] школы «МБОУ СОШ № 6» (mbou-sosh-6) нет в списке"))
        let register = try WorkspaceStore(directory: directory.appendingPathComponent("ws")).load().workspace.units
        #expect(register.schools.count == 2)
        #expect(register.schools[0].flags.lowResults)
    }

    @Test func importIntoAMissingWorkspaceFails() throws {
        try write("МО;ОО\nA;B\n", to: "a.csv")
        let result = run(["units", "import", "a.csv", "--workspace", "nowhere"])
        #expect(result.code == 1)
        #expect(result.err.contains("это не рабочая область: нет workspace.json"))
    }
}

/// `roadmap init --plan` with the real regional plan.
@Suite struct InitCommandTests {
    @Test func initImportsTheRegionalPlanAndTakesItsPeriod() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = CapturedRun.repositoryRoot.appendingPathComponent("Examples/documents/kaliningrad-plan-2023.txt")
        let result = CapturedRun.run(
            ["init", "ws", "--region", "Калининградская область", "--plan", plan.path], in: directory)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("региональный план: kaliningrad-plan-2023.txt, приказ № 28/1 13.01.2023\n"))
        #expect(result.out.contains("период 2023"))
        let workspace = try WorkspaceStore(directory: directory.appendingPathComponent("ws")).load().workspace
        let regional = try #require(workspace.regionalPlan)
        #expect(regional.owner == .region)
        #expect(regional.activities.count == 32)
        #expect(workspace.settings.period == .calendarYear(2023))
    }

    @Test func aPlanThatCannotBeImportedCreatesNothing() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("\n\n".utf8).write(to: directory.appendingPathComponent("empty.txt"))
        let result = CapturedRun.run(
            ["init", "ws", "--region", "Калининградская область", "--plan", "empty.txt"], in: directory)
        #expect(result.code == 1)
        #expect(result.err.contains("empty.txt"))
        #expect(result.err.hasSuffix("рабочая область не создана\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["empty.txt"])
        let missing = CapturedRun.run(["init", "ws", "--region", "К", "--plan", "nope.txt"], in: directory)
        #expect(missing.code == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("ws").path))
    }
}

/// `roadmap units` without a subcommand, or with a wrong one.
@Suite struct CommandGroupTests {
    @Test func groupWithoutSubcommandListsThem() throws {
        let result = CapturedRun.run(["units"], in: CapturedRun.repositoryRoot)
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("ошибка: после «units» нужна подкоманда: import, list\n"))
        let english = CapturedRun.run(["units"], in: CapturedRun.repositoryRoot, language: .en)
        #expect(english.err.hasPrefix("error: 'units' needs a subcommand: import, list\n"))
    }

    @Test func unknownSubcommandSuggestsTheNearest() throws {
        let result = CapturedRun.run(["units", "lst"], in: CapturedRun.repositoryRoot)
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("ошибка: неизвестная команда «units lst»; возможно, вы имели в виду «units list»\n"))
        let english = CapturedRun.run(["units", "lst"], in: CapturedRun.repositoryRoot, language: .en)
        #expect(english.err.hasPrefix("error: unknown command 'units lst'; did you mean 'units list'?\n"))
    }

    @Test func groupHelpListsSubcommands() throws {
        let result = CapturedRun.run(["units", "--help"], in: CapturedRun.repositoryRoot)
        #expect(result.code == 0)
        #expect(result.out.contains("units import"))
        #expect(result.out.contains("units list"))
    }
}
