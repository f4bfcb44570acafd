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

/// Schools found by what people write for them (issue 21, item 4): id, full name, short name or
/// the usual short form derived from the full name, quotes and «№»/«N» spellings alike.
@Suite struct SchoolLookupTests {
    /// An example's register, with the short names removed when `withoutShortNames`.
    static func schools(_ example: String, withoutShortNames: Bool = false) throws -> [School] {
        let url = Fixture.repositoryRoot.appendingPathComponent("Examples/\(example)/units.json")
        var schools = try WorkspaceStore.decodeUnits(Data(contentsOf: url), path: "units.json").schools
        if withoutShortNames { for i in schools.indices { schools[i].shortName = nil } }
        return schools
    }

    @Test(arguments: [
        ("МАОУ «ООШ п. Приморье»", "maou-oosh-primorye"),
        ("МАОУ \"ООШ п. Приморье\"", "maou-oosh-primorye"),
        ("маоу «оош п. приморье»", "maou-oosh-primorye"),
        ("МБОУ «СОШ № 102»", "guryevsk-sosh-102"),
        ("МБОУ \"СОШ N 102\"", "guryevsk-sosh-102"),
        ("МБОУ СОШ №102", "guryevsk-sosh-102"),
        ("guryevsk-oosh-103", "guryevsk-oosh-103"),
        (
            "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 103» (условная школа, пример)",
            "guryevsk-oosh-103"
        ),
    ])
    func aListWithoutShortNamesIsMatchedByTheUsualShortForm(written: String, id: String) throws {
        let lookup = SchoolLookup(try Self.schools("kaliningrad-2023", withoutShortNames: true))
        #expect(lookup.school(written) == SchoolID(id))
    }

    @Test(arguments: [
        ("МБОУ «СОШ № 9 с. Султан»", "mbou-sosh-9"),
        ("МБОУ \"СОШ N 2\"", "mbou-sosh-2"),
        ("мбоу оош №6", "mbou-oosh-6"),
    ])
    func theSecondRegionsNamesMatchInAnyQuotes(written: String, id: String) throws {
        let lookup = SchoolLookup(try Self.schools("andropovsky-2023"))
        #expect(lookup.school(written) == SchoolID(id))
    }

    @Test func unknownAndSharedShortFormsAreNotGuessed() throws {
        let lookup = SchoolLookup(try Self.schools("kaliningrad-2023", withoutShortNames: true))
        #expect(lookup.school("МБОУ «СОШ № 1»") == nil)
        let twins = [
            School(
                id: "a", municipality: "m1",
                name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»"),
            School(
                id: "b", municipality: "m2",
                name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1» (филиал)"),
        ]
        #expect(SchoolLookup(twins).school("МБОУ «СОШ № 1»") == nil)
        #expect(SchoolLookup(twins).school("b") == SchoolID("b"))
    }

    @Test func progressRowsAndExecutorsUseTheLookup() throws {
        var workspace = try CascadeFixture.workspace()
        for i in workspace.units.schools.indices { workspace.units.schools[i].shortName = nil }
        let resolver = ProgressOwnerResolver(workspace)
        #expect(resolver.owner("МАОУ \"ООШ п. Приморье\"") == .school(CascadeFixture.primorye))
        var roadmap = Roadmap(
            owner: .municipality(CascadeFixture.svetlogorsk), title: "t", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "", activities: [Activity(id: "1", title: "Анализ", executors: "Руководитель МАОУ «ООШ п. Приморье»")])
            ])
        #expect(ResponsibleSchools.resolve(&roadmap, schools: workspace.units.schools) == 1)
        #expect(roadmap.activities.first?.responsibleSchools == [CascadeFixture.primorye])
    }
}
