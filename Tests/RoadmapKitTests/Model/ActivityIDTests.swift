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

/// One number → id rule for import, progress lookup, labels and `explain`: spaces and trailing
/// dots go, the groups stay («2.1.» → `2.1`).
@Suite struct ActivityIDTests {
    /// Numbers as the seed documents write them (a table cell «2.1.», a pasted cell with spaces).
    @Test(arguments: [
        ("1.", "1"), ("2.1.", "2.1"), ("3.17.", "3.17"), ("3.17", "3.17"), (" 2.4. ", "2.4"), ("\t5.\n", "5"),
        ("1..", "1"), ("12", "12"), ("", ""),
    ])
    func numberGivesID(_ number: String, _ id: String) {
        #expect(ActivityID.from(number: number) == id)
    }

    @Test func importedIDsAreUniqueAndFollowTheRule() {
        var ids = ActivityIDs()
        #expect(ids.id(number: "2.1.", position: 0) == "2.1")
        #expect(ids.id(number: " 2.1 ", position: 1) == "2.1-2")
        #expect(ids.id(number: nil, position: 2) == "a2")
        #expect(ids.id(number: "  ", position: 3) == "a3")
    }

    @Test func headAndTopLevelReadTheSameID() {
        #expect(ActivityNumber.head("3.17.") == "3")
        #expect(ActivityNumber.isTopLevel("1."))
        #expect(!ActivityNumber.isTopLevel("2.1."))
    }
}
