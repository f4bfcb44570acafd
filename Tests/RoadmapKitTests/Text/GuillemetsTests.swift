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

/// Printed names use one quote style, guillemets (issue 21, items 4 and d).
@Suite struct GuillemetsTests {
    @Test(arguments: [
        ("МБОУ \"СОШ № 3\"", "МБОУ «СОШ № 3»"),
        ("МБОУ «СОШ № 3»", "МБОУ «СОШ № 3»"),
        ("МАОУ \"Гимназия \"Гармония\"\"", "МАОУ «Гимназия «Гармония»»"),
        ("МБОУ „СОШ № 2“", "МБОУ «СОШ № 2»"),
        ("МБОУ “СОШ № 2”", "МБОУ «СОШ № 2»"),
        ("alert(\"x\")", "alert(\"x\")"),
        ("=HYPERLINK(\"http://a\";\"b\")", "=HYPERLINK(\"http://a\";\"b\")"),
        ("МБОУ СОШ № 2", "МБОУ СОШ № 2"),
        ("МБОУ \"СОШ № 3", "МБОУ \"СОШ № 3"),
    ])
    func doubleQuotesBecomeGuillemets(written: String, shown: String) {
        #expect(Guillemets.apply(written) == shown)
    }

    /// The second region's register writes its names in straight quotes in places: reports show
    /// them in guillemets, and the register keeps them as written.
    @Test func schoolsAreShownInGuillemetsAndStoredAsWritten() throws {
        let school = School(id: "s", municipality: "m", name: "Муниципальное … учреждение", shortName: "МБОУ \"СОШ № 9 с. Султан\"")
        #expect(school.displayName == "МБОУ «СОШ № 9 с. Султан»")
        #expect(school.shortName == "МБОУ \"СОШ № 9 с. Султан\"")
        let schools = try SchoolLookupTests.schools("andropovsky-2023")
        #expect(schools.allSatisfy { !$0.displayName.contains("\"") })
    }
}
