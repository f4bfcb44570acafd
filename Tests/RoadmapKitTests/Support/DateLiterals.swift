@testable import RoadmapKit

/// A date written as in the tests' expectations, `day("2023-06-30")`; a typo stops the test.
func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
