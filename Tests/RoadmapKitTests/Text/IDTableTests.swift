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

/// `IDTable` answers as `Set<String>` / `[String: Int]` would: numbering in first-sight order,
/// canonical equivalence for non-ASCII ids, scopes kept apart, and nothing left after `removeAll`.
@Suite struct IDTableTests {
    @Test func numbersIdsInFirstSightOrder() {
        var table = IDTable()
        #expect(table.insert("r1") == (true, 0))
        #expect(table.insert("m2.1") == (true, 1))
        #expect(table.insert("r1") == (false, 0))
        #expect(table.insert("") == (true, 2))
        #expect(table.number(of: "m2.1") == 1)
        #expect(table.number(of: "") == 2)
        #expect(table.number(of: "r2") == nil)
        #expect(table.count == 3)
    }

    @Test(arguments: [
        ("й", "и\u{0306}"),  // «й» composed and as «и» + combining breve
        ("ё", "е\u{0308}"),
        ("K", "\u{212A}"),  // the Kelvin sign is canonically the letter K
        ("п.1", "п.1"),
    ])
    func canonicallyEqualIdsAreOneId(a: String, b: String) {
        #expect(a == b)  // what `String` says, and so what the table must say
        var table = IDTable()
        table.insert(a)
        #expect(table.contains(b))
        #expect(table.insert(b).inserted == false)
    }

    @Test func distinctIdsStayDistinct() {
        var table = IDTable()
        for id in ["1", "1.", "01", "й", "и", "Й", "r1 "] { #expect(table.insert(id).inserted, "\(id)") }
        #expect(table.count == 7)
    }

    @Test func scopesKeepTheSameIdApart() {
        var table = IDTable()
        table.insert(ActivityLink(level: .region, activity: "5"))
        #expect(table.contains(ActivityLink(level: .region, activity: "5")))
        #expect(!table.contains(ActivityLink(level: .municipality, activity: "5")))
        #expect(!table.contains("5", scope: 2))
        #expect(table.insert("5", scope: 1).inserted)
        #expect(table.contains(ActivityLink(level: .municipality, activity: "5")))
    }

    @Test func removeAllForgetsEveryIdAndTheTableGrowsAgain() {
        var table = IDTable(capacity: 4)
        for round in 0..<3 {
            table.removeAll()
            #expect(table.count == 0)
            let ids = (0..<1_000).map { "r\(round)-\($0)" }
            for (n, id) in ids.enumerated() { #expect(table.insert(id) == (true, Int32(n))) }
            for (n, id) in ids.enumerated() { #expect(table.number(of: id) == Int32(n)) }
            #expect(!table.contains("r\(round + 1)-0"))
        }
    }

    /// On every roadmap of the example workspace, the duplicates found are those of `Set<String>`.
    @Test func findsTheDuplicatesASetFindsOnTheExampleRoadmaps() throws {
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        var table = IDTable()
        var checked = 0
        let roadmaps = [workspace.regionalPlan].compactMap { $0 } + workspace.municipalRoadmaps.values + workspace.schoolRoadmaps.values
        for roadmap in roadmaps {
            table.removeAll()
            var set: Set<String> = []
            for activity in roadmap.activities {
                #expect(table.insert(activity.id).inserted == set.insert(activity.id).inserted)
                checked += 1
            }
            #expect(table.count == set.count)
        }
        #expect(checked > 100)
    }
}
