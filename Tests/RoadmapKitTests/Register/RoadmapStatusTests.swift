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

@Suite struct RoadmapStatusTests {
    static func roadmap(_ origins: [ActivityOrigin]) -> Roadmap {
        Roadmap(
            owner: .school("s"), title: "", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: origins.enumerated().map { Activity(id: "a\($0.offset)", title: "x", origin: $0.element) })
            ])
    }

    @Test func statuses() {
        #expect(RoadmapStatus(nil) == .missing)
        #expect(RoadmapStatus(Self.roadmap([.skeleton, .skeleton])) == .skeletonOnly)
        #expect(RoadmapStatus(Self.roadmap([.skeleton, .added])) == .present)
        #expect(RoadmapStatus(Self.roadmap([.document])) == .present)
        #expect(RoadmapStatus(Self.roadmap([])) == .present)
    }

    @Test func listingShowsStatusPerUnitAndFiltersByMunicipality() throws {
        let register = UnitRegister(
            municipalities: [Municipality(id: "a", name: "Балтийский городской округ"), Municipality(id: "b", name: "Б")],
            schools: [
                School(id: "s1", municipality: "a", name: "Школа 1", shortName: "Ш1"),
                School(id: "s2", municipality: "a", name: "Школа 2"), School(id: "s3", municipality: "b", name: "Школа 3"),
            ])
        var workspace = Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2023)),
            units: register)
        workspace.schoolRoadmaps["s1"] = Self.roadmap([.skeleton])
        workspace.municipalRoadmaps["a"] = Self.roadmap([.document])
        let listing = UnitListing(workspace, municipality: "a")
        #expect(listing.lines.map(\.id) == ["a", "s1", "s2"])
        #expect(listing.lines.map(\.roadmap) == [.present, .skeletonOnly, .missing])
        #expect(
            listing.table(.ru) == """
                ID    Наименование                Дорожная карта
                a     Балтийский городской округ  есть
                  s1  Ш1                          только заготовка
                  s2  Школа 2                     нет

                """)
        let csv = try CSVReader.parse(listing.csv(), fileName: "l.csv")
        #expect(csv.rows.map { $0[column: 11] } == ["present", "skeleton-only", "missing"])
        #expect(try listing.json().contains("\"roadmap\" : \"skeleton-only\""))
    }
}
