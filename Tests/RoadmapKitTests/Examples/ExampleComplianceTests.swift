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

/// The compliance picture the Kaliningrad example was designed to show (its README's tables):
/// red, yellow and green units at both checkpoints, from illustrative progress.
@Suite struct ExampleComplianceTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var asOf: LocalDate
        /// unit id → (done, counted, zone)
        var units: [String: (Int, Int, Zone)]
        var testDescription: String { asOf.isoString }
    }

    static let june = LocalDate(year: 2023, month: 6, day: 30)!
    static let november = LocalDate(year: 2023, month: 11, day: 30)!

    @Test(arguments: [
        Expected(
            asOf: june,
            units: [
                "maou-oosh-primorye": (13, 29, .green), "guryevsk-sosh-101": (3, 23, .red),
                "guryevsk-sosh-102": (8, 23, .yellow), "guryevsk-oosh-103": (9, 21, .green),
                "chernyakhovsk-sosh-104": (5, 22, .red), "chernyakhovsk-sosh-105": (8, 23, .yellow),
                "baltiysk-sosh-106": (10, 22, .green), "baltiysk-oosh-107": (3, 21, .red),
                "neman-sosh-108": (7, 22, .yellow), "neman-oosh-109": (11, 22, .green),
                // Svetlogorsk's 2.5, 2.8, 3.1 (executed by Приморье only) and the plan's items executed by
                // schools only (2, 18 …) count once, in the schools' roadmaps; ГИА-11 (r29) is «не
                // применимо» in the four ООШ by the school-type rule of workspace.json.
                "svetlogorsk": (15, 35, .green), "guryevsk": (25, 74, .yellow), "chernyakhovsk": (14, 51, .red),
                "baltiysk": (17, 48, .yellow), "neman": (22, 50, .green), "kaliningrad": (99, 281, .yellow),
            ]),
        Expected(
            asOf: november,
            units: [
                "maou-oosh-primorye": (24, 29, .yellow), "guryevsk-sosh-101": (15, 23, .red),
                "guryevsk-sosh-102": (21, 23, .green), "guryevsk-oosh-103": (19, 21, .green),
                "chernyakhovsk-sosh-104": (18, 22, .yellow), "chernyakhovsk-sosh-105": (15, 23, .red),
                "baltiysk-sosh-106": (18, 22, .yellow), "baltiysk-oosh-107": (13, 21, .red),
                "neman-sosh-108": (20, 22, .green), "neman-oosh-109": (21, 22, .green),
                "svetlogorsk": (29, 35, .yellow), "guryevsk": (61, 74, .yellow), "chernyakhovsk": (35, 51, .red),
                "baltiysk": (35, 48, .red), "neman": (47, 50, .green), "kaliningrad": (224, 281, .yellow),
            ]),
    ])
    func theReadmeTablesHold(_ expected: Expected) throws {
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        let report = ComplianceEvaluator(asOf: expected.asOf).evaluate(workspace).report
        #expect(report.rollUp == .pooled)
        #expect(Set(report.units.map(\.id)) == Set(expected.units.keys))
        for unit in report.units {
            let (done, counted, zone) = try #require(expected.units[unit.id])
            #expect(unit.counts.done == done, "\(unit.id)")
            #expect(unit.counts.activities == counted, "\(unit.id)")
            #expect(unit.zone == zone, "\(unit.id)")
        }
        #expect(Set(report.units.filter { $0.level == .school }.compactMap(\.zone)) == Set(Zone.allCases))
    }
}
