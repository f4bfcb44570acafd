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

@Suite struct RussianPluralTests {
    static let activity = CountedNoun(
        ru: ("мероприятие", "мероприятия", "мероприятий"), en: ("activity", "activities"))

    @Test(arguments: [
        (0, "0 мероприятий"), (1, "1 мероприятие"), (2, "2 мероприятия"), (4, "4 мероприятия"),
        (5, "5 мероприятий"), (11, "11 мероприятий"), (12, "12 мероприятий"), (14, "14 мероприятий"),
        (21, "21 мероприятие"), (22, "22 мероприятия"), (25, "25 мероприятий"), (101, "101 мероприятие"),
        (111, "111 мероприятий"), (1_000_002, "1000002 мероприятия"), (-1, "-1 мероприятие"),
    ])
    func russianForms(count: Int, expected: String) {
        #expect(Self.activity.text(count, .ru) == expected)
    }

    @Test(arguments: [(0, "0 activities"), (1, "1 activity"), (2, "2 activities"), (21, "21 activities")])
    func englishForms(count: Int, expected: String) {
        #expect(Self.activity.text(count, .en) == expected)
    }
}
