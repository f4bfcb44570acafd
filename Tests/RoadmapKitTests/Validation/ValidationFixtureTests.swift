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

/// Each validation code on a small workspace that has exactly that problem
/// (Fixtures/validation/<case>/).
@Suite struct ValidationFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// `file:location:severity:code` of every finding, loading problems included.
        var findings: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "valid", findings: []),
        Case(
            fixture: "unknown-id",
            findings: ["units.json:schools[0].municipality:error:unknown-id"]),
        Case(
            fixture: "duplicate-id",
            findings: ["roadmaps/region.json:sections[0].activities[1].id:error:duplicate-id"]),
        Case(
            fixture: "unknown-link",
            findings: ["roadmaps/schools/school-1.json:sections[0].activities[0].implements:error:unknown-link"]),
        Case(
            fixture: "link-cycle",
            findings: ["roadmaps/schools/school-1.json:sections[0].activities[0].implements:error:link-cycle"]),
        Case(
            fixture: "impossible-date",
            findings: [
                "roadmaps/region.json:sections[0].activities[0].schedule:error:impossible-date",
                "roadmaps/region.json:sections[0].activities[1].schedule:error:impossible-date",
            ]),
        Case(
            fixture: "date-outside-period",
            findings: ["roadmaps/region.json:sections[0].activities[0].schedule:warning:date-outside-period"]),
        Case(fixture: "invalid-json", findings: ["roadmaps/region.json:5:3:error:invalid-json"]),
        Case(fixture: "unsafe-id", findings: ["units.json:municipalities[0].id:error:unsafe-id"]),
        Case(fixture: "schema-too-new", findings: ["roadmaps/region.json:schemaVersion:error:schema-too-new"]),
    ]

    static func findings(_ fixture: String) throws -> [Finding] {
        let loaded = try WorkspaceStore(directory: Fixture.url("validation/" + fixture)).load()
        return Validator.sorted(loaded.findings + Validator.validate(loaded.workspace))
    }

    @Test(arguments: cases)
    func eachCodeHasAFailingFixture(_ c: Case) throws {
        let found = try Self.findings(c.fixture).map {
            "\($0.file):\($0.location ?? ""):\($0.severity.rawValue):\($0.code.rawValue)"
        }
        #expect(found == c.findings)
    }

    @Test func invalidJSONNamesWhatWasFound() throws {
        let finding = try #require(try Self.findings("invalid-json").first)
        #expect(finding.message.en.contains("not valid JSON"))
        #expect(finding.location == "5:3")
        #expect(finding.message.en.count > "file not read: not valid JSON".count)
    }

    @Test func messagesNameTheItemAndTheValue() throws {
        let impossible = try Self.findings("impossible-date")
        #expect(impossible.count == 2)
        for (finding, (item, date)) in zip(impossible, [("1", "31.02.2023"), ("2", "31.04.2023")]) {
            #expect(finding.message.ru.hasPrefix("пункт \(item): такой даты нет: «\(date)»"))
            #expect(finding.message.en.contains(date))
        }
        let link = try #require(try Self.findings("unknown-link").first)
        #expect(link.message.en.contains("\"region:99\""))
        let cycle = try #require(try Self.findings("link-cycle").first)
        #expect(cycle.message.en.contains("school:school-1:a → school:school-1:b → school:school-1:a"))
    }

    @Test func aNewerSettingsFileIsRefusedWithAClearMessage() {
        #expect(throws: WorkspaceError.schemaTooNew(path: "workspace.json", found: 99, supported: 1)) {
            try WorkspaceStore(directory: Fixture.url("validation/schema-too-new-settings")).load()
        }
        let error = WorkspaceError.schemaTooNew(path: "workspace.json", found: 99, supported: 1)
        #expect(error.description == "workspace.json: schemaVersion 99 is newer than this tool supports (1); update roadmap")
    }

    @Test func aNewerRoadmapIsRefusedBeforeItsFieldsAreRead() throws {
        var data = try Data(contentsOf: Fixture.url("validation/valid/roadmaps/region.json"))
        #expect(throws: Never.self) { try WorkspaceStore.decodeRoadmap(data, path: "region.json") }
        data = Data(#"{"schemaVersion": 2, "owner": 5}"#.utf8)
        #expect(throws: WorkspaceError.schemaTooNew(path: "region.json", found: 2, supported: 1)) {
            try WorkspaceStore.decodeRoadmap(data, path: "region.json")
        }
    }
}
