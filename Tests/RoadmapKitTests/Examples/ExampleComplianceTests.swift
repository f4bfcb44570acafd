import Testing

@testable import RoadmapKit

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
                "maou-oosh-primorye": (14, 30, .green), "guryevsk-sosh-101": (3, 23, .red),
                "guryevsk-sosh-102": (8, 23, .yellow), "guryevsk-oosh-103": (10, 22, .green),
                "chernyakhovsk-sosh-104": (5, 22, .red), "chernyakhovsk-sosh-105": (8, 23, .yellow),
                "baltiysk-sosh-106": (10, 22, .green), "baltiysk-oosh-107": (4, 22, .red),
                "neman-sosh-108": (7, 22, .yellow), "neman-oosh-109": (12, 23, .green),
                // Svetlogorsk's 2.5, 2.8, 3.1 (executed by Приморье only) and the plan's items executed by
                // schools only (2, 18 …) count once, in the schools' roadmaps.
                "svetlogorsk": (16, 36, .green), "guryevsk": (26, 75, .yellow), "chernyakhovsk": (14, 51, .red),
                "baltiysk": (18, 49, .yellow), "neman": (23, 51, .green), "kaliningrad": (103, 285, .yellow),
            ]),
        Expected(
            asOf: november,
            units: [
                "maou-oosh-primorye": (25, 30, .yellow), "guryevsk-sosh-101": (15, 23, .red),
                "guryevsk-sosh-102": (21, 23, .green), "guryevsk-oosh-103": (20, 22, .green),
                "chernyakhovsk-sosh-104": (18, 22, .yellow), "chernyakhovsk-sosh-105": (15, 23, .red),
                "baltiysk-sosh-106": (18, 22, .yellow), "baltiysk-oosh-107": (14, 22, .red),
                "neman-sosh-108": (20, 22, .green), "neman-oosh-109": (22, 23, .green),
                "svetlogorsk": (30, 36, .yellow), "guryevsk": (62, 75, .yellow), "chernyakhovsk": (35, 51, .red),
                "baltiysk": (36, 49, .red), "neman": (48, 51, .green), "kaliningrad": (228, 285, .yellow),
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
