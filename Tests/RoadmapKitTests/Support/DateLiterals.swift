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

/// A date written as in the tests' expectations, `day("2023-06-30")`; a typo stops the test.
func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
