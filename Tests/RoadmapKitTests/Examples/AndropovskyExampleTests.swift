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

/// `Examples/andropovsky-2023`: the municipal roadmap of `000_…` transcribed whole.
@Suite struct AndropovskyExampleTests {
    static let workspace = Result { try ExampleFiles.load("andropovsky-2023").workspace }

    static func roadmap() throws -> Roadmap {
        try #require(try workspace.get().municipalRoadmaps["andropovsky"])
    }

    @Test func unitsAreTheMunicipalityAndItsFiveSchools() throws {
        let ws = try Self.workspace.get()
        #expect(ws.settings.region.id == "stavropol")
        #expect(ws.settings.region.name == "Ставропольский край")
        #expect(ws.units.municipalities.map(\.name) == ["Андроповский муниципальный округ"])
        #expect(
            ws.units.schools.map(\.name) == [
                "МБОУ СОШ № 2", "МБОУ СОШ № 14", "МБОУ ООШ № 6", "МБОУ СОШ № 9 с. Султан", "МБОУ ООШ № 15",
            ])
        #expect(ws.units.schools.allSatisfy { $0.municipality == "andropovsky" })
    }

    @Test func thePlanTableIsComplete() throws {
        let roadmap = try Self.roadmap()
        #expect(roadmap.period == .multiYear(from: 2022, through: 2025))
        #expect(roadmap.sections.map { $0.title.prefix(3) } == ["1. ", "2. ", "3. ", "4. ", "5. "])
        #expect(roadmap.sections.map(\.activities.count) == [6, 4, 10, 8, 4])
        for (s, section) in roadmap.sections.enumerated() {
            #expect(section.activities.map(\.id) == section.activities.indices.map { "\(s + 1)-\($0 + 1)" })
        }
        #expect(roadmap.activities.allSatisfy { $0.number == nil && $0.documents.count == 1 })
        let seed = try Fixture.text(Fixture.Seed.andropovsky.path)
        for a in roadmap.activities {
            #expect(seed.contains("| \(a.schedule) |"), "schedule of \(a.id)")
            if a.id != "3-1" { #expect(seed.contains(a.title), "title of \(a.id)") }
        }
        let joined = try #require(roadmap.activity(id: "3-1"))
        #expect(
            joined.title
                == "Собеседование с руководителями школ с низкими образовательными результатами по формированию дорожной карты комплекса мероприятий"
        )
        #expect(joined.documents == ["План мероприятий (дорожная карта)"])
    }

    @Test(arguments: [
        ("1-1", ["mbou-sosh-2", "mbou-sosh-14", "mbou-oosh-6", "mbou-sosh-9", "mbou-oosh-15"]),
        ("1-4", ["mbou-sosh-2", "mbou-sosh-9"]),
        ("1-5", ["mbou-oosh-6"]),
        ("1-6", ["mbou-oosh-6"]),
        ("3-4", ["mbou-sosh-9"]),
        ("2-2", []),
        ("4-4", []),
    ])
    func rowsNamingSchoolsListThem(activity: String, schools: [String]) throws {
        let a = try #require(try Self.roadmap().activity(id: activity))
        #expect(a.responsibleSchools == schools.map { SchoolID($0) })
    }

    @Test func targetIndicatorsKeepTheirYearsAndDirections() throws {
        let targets = try Self.roadmap().targets
        #expect(targets.count == 9)
        for t in targets {
            #expect(t.direction == TargetIndicator.direction(forName: t.name), "\(t.name)")
            #expect(t.targets.map(\.year) == [2023, 2024, 2025])
            #expect(["%", "ед."].contains(t.unit))
        }
        let share = try #require(targets.first { $0.name.hasPrefix("Снижение доли школ") })
        #expect(share.direction == .atMost)
        #expect(share.targets.map(\.value) == [28, 21, 14])
        let vacancies = try #require(targets.first { $0.name == "Количество вакантных ставок" })
        #expect(vacancies.direction == .atMost)
        #expect(vacancies.targets.map(\.value) == [1, 1, 1])
        let mentors = try #require(targets.first { $0.name.hasPrefix("Доля педагогов, сопровождаемых") })
        #expect(mentors.name == "Доля педагогов, сопровождаемых наставниками из школ с высокими результатами обучения")
        #expect(targets.filter { $0.direction == .atMost }.count == 3)
        #expect(targets.contains { !$0.actuals.isEmpty })
    }

    @Test func otherTablesAreKept() throws {
        let tables = try Self.roadmap().tables
        #expect(
            tables.map(\.title) == [
                "Определение основных направлений деятельности",
                "Контрольные точки достижения целевых показателей реализации дорожной карты",
                "Механизмы реализации дорожной карты",
            ])
        #expect(tables.map(\.rows.count) == [6, 4, 6])
        for table in tables { #expect(table.rows.allSatisfy { $0.count == table.header.count }, "\(table.title)") }
        #expect(
            tables[1].rows[2][1] == "Повышение эффективности организационно-методического сопровождения общеобразовательных организаций")
    }

    /// The current parser reads none of these phrasings yet; whatever it reports, it is never an error.
    @Test func validationFindsNoErrors() throws {
        let findings = Validator.validate(try Self.workspace.get())
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.allSatisfy { [.unparsedSchedule, .dateOutsidePeriod].contains($0.code) })
    }
}
