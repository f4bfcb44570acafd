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

@Suite struct WorkspaceStoreTests {
    func sampleWorkspace() -> Workspace {
        let settings = WorkspaceSettings(
            region: RegionInfo(id: "kaliningrad", name: "Калининградская область"), period: .calendarYear(2023))
        let units = UnitRegister(
            municipalities: [Municipality(id: "svetlogorsk", name: "Светлогорский городской округ")],
            schools: [School(id: "primorye", municipality: "svetlogorsk", name: "МАОУ «ООШ п. Приморье»")])
        let plan = Roadmap(
            owner: .region, title: "План-график", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "Организационные мероприятия",
                    activities: [
                        Activity(
                            id: "1", number: "1.", title: "Назначение ответственных лиц", schedule: "До 15.02.2023",
                            executors: "Руководители школ МОУО КОИРО", indicator: "100% от количества школ участниц",
                            documents: ["Приказы о назначении ответственных"])
                    ])
            ])
        let school = Roadmap(
            owner: .school("primorye"), title: "Дорожная карта ОО", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: [
                        Activity(
                            id: "r1", number: "1.", title: "Назначение ответственного", schedule: "до 15.02.2023",
                            executors: "Руководитель ОО", documents: ["Приказ о назначении ответственного"],
                            implements: [ActivityLink(level: .region, activity: "1")], origin: .skeleton)
                    ])
            ])
        let progress = ProgressLog(
            owner: .school("primorye"),
            records: [
                ProgressRecord(
                    activity: "r1", status: .done, completedOn: LocalDate(year: 2023, month: 2, day: 10), evidence: ["Приказ № 12"])
            ])
        return Workspace(
            settings: settings, units: units, regionalPlan: plan, schoolRoadmaps: ["primorye": school],
            progress: [.school("primorye"): progress])
    }

    @Test func writesAndLoadsTheSameWorkspace() throws {
        let dir = try TemporaryDirectory.make("roadmap-test")
        defer { try? FileManager.default.removeItem(at: dir) }
        let workspace = sampleWorkspace()
        let store = WorkspaceStore(directory: dir)
        try store.write(workspace)
        let loaded = try store.load()
        #expect(loaded.findings.isEmpty)
        #expect(loaded.workspace.regionalPlan == workspace.regionalPlan)
        #expect(loaded.workspace.schoolRoadmaps == workspace.schoolRoadmaps)
        #expect(loaded.workspace.units == workspace.units)
        #expect(loaded.workspace.progress == workspace.progress)
        #expect(loaded.workspace.settings == workspace.settings)
        #expect(Validator.validate(loaded.workspace).isEmpty)
    }

    @Test func writingTwiceGivesIdenticalBytes() throws {
        let dir = try TemporaryDirectory.make("roadmap-test")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = WorkspaceStore(directory: dir)
        try store.write(sampleWorkspace())
        let first = try Data(contentsOf: dir.appendingPathComponent("roadmaps/region.json"))
        try store.write(sampleWorkspace())
        let second = try Data(contentsOf: dir.appendingPathComponent("roadmaps/region.json"))
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"owner\": {"))
        #expect(text.contains("Назначение ответственных лиц"))
        // No temporary files are left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("roadmaps").path)
        #expect(names.allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func missingOptionalFieldsDecodeWithDefaults() throws {
        let json = #"{"owner": {"level": "region"}, "period": "2023", "sections": [{"activities": [{"id": "1", "title": "X"}]}]}"#
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "r.json")
        #expect(roadmap.activities.first?.schedule == "")
        #expect(roadmap.activities.first?.documents == [])
        #expect(roadmap.activities.first?.origin == .document)
        #expect(roadmap.sections.first?.title == "")
    }

    @Test func newerSchemaVersionIsRefusedWithAClearMessage() {
        let json = #"{"schemaVersion": 7, "owner": {"level": "region"}, "period": "2023"}"#
        #expect(throws: WorkspaceError.schemaTooNew(path: "roadmaps/region.json", found: 7, supported: 1)) {
            try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "roadmaps/region.json")
        }
    }

    @Test func syntaxErrorIsReportedWithLineAndColumn() {
        let json = "{\n  \"owner\": {\"level\": \"region\"},\n  \"period\": \"2023\",,\n}"
        #expect(
            throws: WorkspaceError.invalidFile(
                path: "r.json", location: "3:20",
                reason: LocalizedText(
                    ru: "не JSON: ожидается: ключ в двойных кавычках, найдено «,»",
                    en: "not valid JSON: expected a key in double quotes, found \",\""))
        ) {
            try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "r.json")
        }
    }

    @Test func structuralErrorNamesTheField() {
        let json = #"{"owner": {"level": "region"}, "period": "2023", "sections": [{"activities": [{"id": "1"}]}]}"#
        #expect(
            throws: WorkspaceError.invalidFile(
                path: "r.json", location: "sections[0].activities[0].title",
                reason: LocalizedText(ru: "нет обязательного поля «title»", en: "required field \"title\" is missing"))
        ) {
            try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "r.json")
        }
    }

    @Test func impossibleDateInAFieldIsReported() {
        let json =
            #"{"owner": {"level": "school", "id": "s"}, "records": [{"activity": "1", "status": "done", "completedOn": "2023-02-31"}]}"#
        let dir = try? TemporaryDirectory.make("roadmap-test")
        #expect(dir != nil)
        guard let dir else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = WorkspaceStore(directory: dir)
        try? store.write(settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2023)))
        try? FileManager.default.createDirectory(at: dir.appendingPathComponent("progress/schools"), withIntermediateDirectories: true)
        try? Data(json.utf8).write(to: dir.appendingPathComponent("progress/schools/s.json"))
        let loaded = try? store.load()
        let finding = loaded?.findings.first
        #expect(finding?.code == .invalidJSON)
        #expect(finding?.location == "records[0].completedOn")
        #expect(finding?.message.en.contains("2023-02-31") == true)
    }

    @Test func unsafeIdsNeverBecomePaths() {
        #expect(throws: WorkspaceError.unsafeID("../etc")) { try WorkspaceLayout.roadmapPath(.school("../etc")) }
        #expect(throws: WorkspaceError.unsafeID("a/b")) { try WorkspaceLayout.progressPath(.municipality("a/b")) }
        #expect(throws: WorkspaceError.unsafeID(".hidden")) { try WorkspaceLayout.roadmapPath(.school(".hidden")) }
        #expect((try? WorkspaceLayout.roadmapPath(.school("maou-oosh-primorye"))) == "roadmaps/schools/maou-oosh-primorye.json")
    }
}
