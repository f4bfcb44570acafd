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

/// Executors naming schools («Руководители МБОУ СОШ № 2, МБОУ СОШ № 9») point at registered schools.
@Suite struct ResponsibleSchoolsTests {
    @Test func andropovskyActivitiesPointAtTheSchoolsTheyName() throws {
        var roadmap = try RoadmapImporter.importDocument(
            text: try Fixture.text(Fixture.Seed.andropovsky.path), fileName: "000.txt", owner: .municipality("andropovsky"),
            period: nil
        ).roadmap
        let schools = [("sosh2", "МБОУ СОШ № 2"), ("sosh14", "МБОУ СОШ № 14"), ("oosh6", "МБОУ ООШ № 6"), ("sosh9", "МБОУ СОШ № 9")]
            .map { School(id: SchoolID($0.0), municipality: "andropovsky", name: "Школа " + $0.0, shortName: $0.1) }
        let resolved = ResponsibleSchools.resolve(&roadmap, schools: schools)
        #expect(roadmap.activity(id: "a1")?.responsibleSchools == ["sosh2", "sosh14", "oosh6", "sosh9"])
        #expect(roadmap.activity(id: "a4")?.responsibleSchools == ["sosh2", "sosh9"])
        #expect(roadmap.activity(id: "a5")?.responsibleSchools == ["oosh6"])
        // «МБОУ СОШ № 9 с. Султан» is school № 9, not № 1 or a new one.
        #expect(roadmap.activity(id: "a14")?.responsibleSchools == ["sosh9"])
        #expect(roadmap.activity(id: "a7")?.responsibleSchools == [])
        #expect(resolved == 7)
    }
}
