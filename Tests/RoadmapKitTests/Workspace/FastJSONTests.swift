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

/// The hand-written workspace codec must agree with the `Codable` conformances field for field.
@Suite struct FastJSONTests {
    static let fullRoadmap = Roadmap(
        owner: .municipality("svetlogorsk"), title: "План мероприятий «Дорожная карта»", period: .multiYear(from: 2022, through: 2024),
        issuer: "Администрация МО «Светлогорский городской округ»",
        order: OrderReference(number: "522", date: LocalDate(year: 2022, month: 6, day: 3)),
        source: "001.txt",
        sections: [
            RoadmapSection(
                title: "1. Организационные мероприятия",
                activities: [
                    Activity(
                        id: "1.1", number: "1.1.", title: "Утверждение \"Дорожной карты\"\nс переносом\tи \\ слэшем",
                        schedule: "Май – июнь 2022 г.",
                        executors: "Отдел образования", responsibleSchools: ["maou-oosh-primorye"], indicator: "100% МОУО и ОО",
                        documents: ["Приказ", "Справка"], implements: [ActivityLink(level: .region, activity: "6")], origin: .skeleton,
                        provenance: Provenance(
                            schedule: ValueOrigin(
                                kind: .tightened, from: [ActivityLink(level: .region, activity: "6")], leadDays: 3, note: "срок"),
                            documents: ValueOrigin(kind: .inherited, from: [ActivityLink(level: .region, activity: "6")])),
                        extraColumns: [NamedText(name: "Задача", text: "Создание условий")]),
                    Activity(id: "1.2", title: "Корректировка", schedule: "По мере необходимости"),
                ]),
            RoadmapSection(title: "", activities: []),
        ],
        targets: [
            TargetIndicator(
                name: "Снижение доли школ", unit: "%", direction: .atMost,
                targets: [YearValue(year: 2023, value: 28), YearValue(year: 2024, value: 21.5)],
                actuals: [YearValue(year: 2023, value: 30)])
        ],
        tables: [DocumentTable(title: "Контрольные точки", header: ["№", "Контрольная точка"], rows: [["1", "Развитие МТБ"]])],
        fragments: ["3", "работы ОУ"])

    @Test func fastOutputDecodesWithFoundationToTheSameValue() throws {
        let data = WorkspaceStore.encodeRoadmap(Self.fullRoadmap)
        let viaFoundation = try JSONDecoder().decode(Roadmap.self, from: data)
        #expect(viaFoundation == Self.fullRoadmap)
    }

    @Test func foundationOutputDecodesWithTheFastCodecToTheSameValue() throws {
        let data = try JSONEncoder().encode(Self.fullRoadmap)
        let viaFast = try WorkspaceStore.decodeRoadmap(data, path: "x.json")
        #expect(viaFast == Self.fullRoadmap)
    }

    @Test func progressAndUnitsAgreeToo() throws {
        let log = ProgressLog(
            owner: .school("s"),
            records: [
                ProgressRecord(
                    activity: "r1", occurrence: LocalDate(year: 2023, month: 3, day: 31), status: .done,
                    completedOn: LocalDate(year: 2023, month: 3, day: 20), evidence: ["Протокол"], count: 7, comment: "ок",
                    reportedBy: "И.И.",
                    reportedOn: LocalDate(year: 2023, month: 4, day: 1))
            ])
        #expect(try JSONDecoder().decode(ProgressLog.self, from: WorkspaceStore.encodeProgress(log)) == log)
        #expect(try WorkspaceStore.decodeProgress(try JSONEncoder().encode(log), path: "p") == log)
        let units = UnitRegister(
            municipalities: [Municipality(id: "m", name: "М", aliases: ["М ГО"], coordinator: "К")],
            schools: [
                School(
                    id: "s", municipality: "m", name: "Школа", shortName: "Ш", code: "1",
                    flags: ProgrammeFlags(lowResults: true, difficultConditions: true, participant500: false, years: [2022, 2023]),
                    riskDirections: ["Дефицит педагогических кадров"], responsible: "Р")
            ])
        #expect(try JSONDecoder().decode(UnitRegister.self, from: WorkspaceStore.encodeUnits(units)) == units)
        #expect(try WorkspaceStore.decodeUnits(try JSONEncoder().encode(units), path: "u") == units)
    }

    @Test(arguments: [
        ("{\"a\": [1, 2,]}", "1:13"), ("{\"a\": tru}", "1:7"), ("{\"a\": \"x\n\"}", "1:9"), ("[1, 2", "1:6"), ("{\"a\": 1} x", "1:10"),
        ("{\n\"a\": \"\\q\"\n}", "2:8"),
    ])
    func syntaxErrorsAreLocated(_ text: String, _ location: String) {
        do {
            _ = try WorkspaceStore.decodeRoadmap(Data(text.utf8), path: "f.json")
            Issue.record("expected an error")
        } catch {
            guard case .invalidFile(let path, let loc, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "f.json")
            #expect(loc == location)
            #expect(reason.en.hasPrefix("not valid JSON"))
            #expect(reason.ru.hasPrefix("не JSON"))
        }
    }

    @Test func unicodeEscapesAndByteOrderMarkAreRead() throws {
        let json =
            "\u{FEFF}{\"owner\": {\"level\": \"region\"}, \"period\": \"2023\", \"title\": \"\\u041f\\u043b\\u0430\\u043d \\ud83d\\ude00\"}"
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "r")
        #expect(roadmap.title == "План 😀")
    }

    @Test func wrongTypesNameTheField() {
        let json =
            #"{"owner": {"level": "region"}, "period": "2023", "sections": [{"activities": [{"id": "1", "title": "x", "implements": ["regional-5"]}]}]}"#
        #expect(
            throws: WorkspaceError.invalidFile(
                path: "r", location: "sections[0].activities[0].implements[0]",
                reason: LocalizedText(
                    ru: "ожидается: ссылка, например «region:5» или «municipality:2.1»",
                    en: "expected a link such as \"region:5\" or \"municipality:2.1\""))
        ) { try WorkspaceStore.decodeRoadmap(Data(json.utf8), path: "r") }
    }
}
