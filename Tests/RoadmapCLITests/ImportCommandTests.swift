import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `roadmap import` and `roadmap progress import` end to end.
@Suite struct ImportCommandTests {
    let directory: URL

    init() throws { directory = try CapturedRun.temporaryDirectory() }

    func run(_ arguments: [String], language: Language = .ru) -> CapturedRun {
        CapturedRun.run(arguments, in: directory, language: language)
    }

    static func seed(_ name: String) -> String {
        CapturedRun.repositoryRoot.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/seeds/\(name)").path
    }

    static func fixture(_ name: String) -> String {
        CapturedRun.repositoryRoot.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/import/\(name)").path
    }

    static let kaliningrad = seed("004_906aaa976152efa1.txt")
    static let svetlogorsk = seed("001_d6732ecfa0f45767.txt")

    /// A workspace with the Svetlogorsk municipality and the school «primorye».
    func makeWorkspace() throws {
        let store = WorkspaceStore(directory: directory.appendingPathComponent("ws"))
        try store.write(
            Workspace(
                settings: WorkspaceSettings(
                    region: RegionInfo(id: "kaliningrad", name: "Калининградская область"), period: .calendarYear(2023)),
                units: UnitRegister(
                    municipalities: [Municipality(id: "svetlogorsk", name: "Светлогорский городской округ")],
                    schools: [
                        School(
                            id: "primorye", municipality: "svetlogorsk", name: "МАОУ «ООШ п. Приморье»",
                            shortName: "МАОУ «ООШ п. Приморье»")
                    ])))
    }

    @Test func printsRoadmapJSONByDefault() throws {
        let result = run(["import", Self.kaliningrad])
        #expect(result.code == 0, "\(result.err)")
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(result.out.utf8), path: "stdout")
        #expect(roadmap.activities.count == 32)
        #expect(roadmap.owner == .region)
        #expect(roadmap.activity(id: "10")?.schedule == "30.06.2023")
    }

    @Test func reportPrintsTheAccountingInRussianOrEnglish() {
        let ru = run(["import", Self.kaliningrad, "--report"])
        #expect(ru.code == 0)
        #expect(ru.out.contains("Строк прочитано: 108"))
        #expect(ru.out.contains("Мероприятий: 32"))
        #expect(!ru.out.contains("\"sections\""))
        let en = run(["import", Self.kaliningrad, "--report", "--lang", "en"])
        #expect(en.out.contains("Lines read: 108"))
        #expect(en.out.contains("Activities: 32"))
    }

    @Test func writesToAFileWithOwnerAndPeriod() throws {
        let result = run([
            "import", Self.seed("002_fc088c5c2a1b5efa.txt"), "--owner", "municipality:kirovsk", "--period", "2020-2021",
            "--output", "out.json",
        ])
        #expect(result.code == 0, "\(result.err)")
        let data = try Data(contentsOf: directory.appendingPathComponent("out.json"))
        let roadmap = try WorkspaceStore.decodeRoadmap(data, path: "out.json")
        #expect(roadmap.owner == .municipality("kirovsk"))
        #expect(roadmap.period == .academicYear(startYear: 2020))
        #expect(roadmap.activities.count == 48)
    }

    @Test func aDocumentWithoutPeriodOrActivitiesIsAClearError() throws {
        let noPeriod = run(["import", Self.seed("002_fc088c5c2a1b5efa.txt")])
        #expect(noPeriod.code == 1)
        #expect(noPeriod.err.contains("002_fc088c5c2a1b5efa.txt: период не указан"))
        try "Приказ № 1\n\nПросто текст без таблицы.\n".write(
            to: directory.appendingPathComponent("letter.txt"), atomically: true, encoding: .utf8)
        let none = run(["import", "letter.txt", "--period", "2023"], language: .en)
        #expect(none.code == 1)
        #expect(none.err.contains("letter.txt: no activity or deadline column found"))
        #expect(run(["import", "letter.txt", "--owner", "town:x"]).code == 2)
    }

    @Test func addsToAWorkspaceOnlyForKnownUnitsAndNeverClobbers() throws {
        try makeWorkspace()
        let unknown = run(["import", Self.svetlogorsk, "--workspace", "ws", "--municipality", "nowhere"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("nowhere"))
        let first = run(["import", Self.svetlogorsk, "--workspace", "ws", "--municipality", "svetlogorsk"])
        #expect(first.code == 0, "\(first.err)")
        let file = directory.appendingPathComponent("ws/roadmaps/municipalities/svetlogorsk.json")
        let written = try WorkspaceStore.decodeRoadmap(Data(contentsOf: file), path: file.path)
        #expect(written.activities.count == 15)
        #expect(written.period == .multiYear(from: 2022, through: 2024))
        // Activities naming «МАОУ «ООШ п. Приморье»» among their executors point at the school.
        #expect(written.activity(id: "2.1")?.responsibleSchools == ["primorye"])
        #expect(written.activity(id: "1.1")?.responsibleSchools == [])
        let again = run(["import", Self.kaliningrad, "--workspace", "ws", "--municipality", "svetlogorsk"])
        #expect(again.code == 1)
        #expect(again.err.contains("--replace"))
        #expect(try WorkspaceStore.decodeRoadmap(Data(contentsOf: file), path: file.path) == written)
        let replaced = run(["import", Self.kaliningrad, "--workspace", "ws", "--municipality", "svetlogorsk", "--replace"])
        #expect(replaced.code == 0)
        #expect(try WorkspaceStore.decodeRoadmap(Data(contentsOf: file), path: file.path).activities.count == 32)
        #expect(run(["import", Self.svetlogorsk, "--workspace", "ws"]).code == 2)
        #expect(run(["import", Self.svetlogorsk, "--school", "primorye"]).code == 2)
    }

    @Test func progressImportMergesRejectsAndIsIdempotent() throws {
        try makeWorkspace()
        #expect(run(["import", Self.svetlogorsk, "--workspace", "ws", "--school", "primorye"]).code == 0)
        let bad = run(["progress", "import", Self.fixture("progress-bad.csv"), "--workspace", "ws"], language: .en)
        #expect(bad.code == 1)
        #expect(bad.err.contains("progress-bad.csv:2: [impossible-date]"))
        #expect(bad.err.contains("progress-bad.csv:3: [unknown-school]"))
        #expect(bad.out.contains("records appended: 1"))
        let progressFile = directory.appendingPathComponent("ws/progress/schools/primorye.json")
        #expect(FileManager.default.fileExists(atPath: progressFile.path))
        let good = run(["progress", "import", Self.fixture("progress-cp1251.csv"), "--workspace", "ws"])
        // The «svetly» rows name a school that is not in this workspace.
        #expect(good.code == 1)
        #expect(good.out.contains("добавлено записей: 4"))
        let again = run(["progress", "import", Self.fixture("progress-utf8.csv"), "--workspace", "ws"])
        #expect(again.out.contains("добавлено записей: 0; уже были: 4"))
        let loaded = try WorkspaceStore(directory: directory.appendingPathComponent("ws")).load().workspace
        #expect(loaded.progress[.school("primorye")]?.records.count == 5)
        #expect(run(["progress", "import", Self.fixture("progress-utf8.csv")]).code == 2)
    }
}
