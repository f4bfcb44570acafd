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

/// Where regeneration puts the activities a school keeps (`SkeletonMerge.Placement`).
@Suite struct SkeletonPlacementTests {
    static let regional = CascadeEngine.regionalSectionTitle
    static let municipal = CascadeEngine.municipalSectionTitle

    func activity(_ id: String) -> Activity {
        Activity(id: id, title: "Мероприятие \(id)", schedule: "До 31.05.2023", executors: "Руководитель ОО", origin: .added)
    }

    func ids(_ sections: [RoadmapSection]) -> [[String]] { sections.map { $0.activities.map(\.id) } }

    func generated() -> [RoadmapSection] {
        [
            RoadmapSection(title: Self.regional, activities: ["r1", "r2", "r4"].map(activity)),
            RoadmapSection(title: Self.municipal, activities: ["m1"].map(activity)),
        ]
    }

    @Test func aChainOfKeptActivitiesFollowsItsAnchorInOrder() {
        var placement = SkeletonMerge.Placement(generated())
        placement.insert(activity("own-1"), after: "r2", inSection: Self.regional)
        placement.insert(activity("own-2"), after: "own-1", inSection: Self.regional)
        #expect(ids(placement.sections) == [["r1", "r2", "own-1", "own-2", "r4"], ["m1"]])
    }

    @Test func withoutAnAnchorTheActivityGoesFirstAndTheNextFirstGoesBeforeIt() {
        var placement = SkeletonMerge.Placement(generated())
        placement.insert(activity("a"), after: nil, inSection: Self.municipal)
        placement.insert(activity("b"), after: nil, inSection: Self.municipal)
        #expect(ids(placement.sections) == [["r1", "r2", "r4"], ["b", "a", "m1"]])
    }

    @Test func anAnchorInAnotherSectionAppendsAndTheLastStaysLast() {
        var placement = SkeletonMerge.Placement(generated())
        placement.insert(activity("x"), after: "r4", inSection: Self.municipal)
        placement.insert(activity("y"), after: "x", inSection: Self.municipal)
        placement.insert(activity("z"), after: "nowhere", inSection: Self.municipal)
        #expect(ids(placement.sections) == [["r1", "r2", "r4"], ["m1", "x", "y", "z"]])
    }

    @Test func anUnknownSectionIsAddedAtTheEndAndReusedByTitle() {
        var placement = SkeletonMerge.Placement(generated())
        placement.insert(activity("own-1"), after: "r1", inSection: "Мероприятия, добавленные школой")
        placement.insert(activity("own-2"), after: "own-1", inSection: "Мероприятия, добавленные школой")
        placement.insert(activity("own-3"), after: "r4", inSection: Self.regional)
        let sections = placement.sections
        #expect(sections.map(\.title) == [Self.regional, Self.municipal, "Мероприятия, добавленные школой"])
        #expect(ids(sections) == [["r1", "r2", "r4", "own-3"], ["m1"], ["own-1", "own-2"]])
    }

    @Test func anEmptySectionTakesActivitiesWithAndWithoutAnAnchor() {
        var placement = SkeletonMerge.Placement([RoadmapSection(title: Self.regional)])
        placement.insert(activity("a"), after: "r9", inSection: Self.regional)
        placement.insert(activity("b"), after: nil, inSection: Self.regional)
        placement.insert(activity("c"), after: "a", inSection: Self.regional)
        #expect(ids(placement.sections) == [["b", "a", "c"]])
    }
}
