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

/// The headline rule checked against perfect execution (issue 18): a unit that does everything on
/// time meets the minimum at both checkpoints, and one that did nothing is red at both — for both
/// example regions, written differently (Kaliningrad's calendar-year plan with dated windows,
/// Andropovsky's academic-year municipal roadmap with months and «в течение года»).
@Suite struct PerfectExecutionTests {
    static let checkpoints = [
        LocalDate(year: 2023, month: 6, day: 30)!, LocalDate(year: 2023, month: 11, day: 30)!,
    ]
    static let cases: [(String, LocalDate)] = ExampleFiles.workspaces.flatMap { name in checkpoints.map { (name, $0) } }

    @Test(arguments: cases)
    func perfectExecutionMeetsTheMinimum(_ example: String, _ asOf: LocalDate) throws {
        let workspace = PerfectProgress.apply(to: try ExampleFiles.load(example).workspace)
        let report = ComplianceEvaluator(asOf: asOf).evaluate(workspace).report
        let checkpoint = try #require(report.checkpoint)
        #expect(checkpoint.date == asOf)
        for unit in report.units where unit.percent != nil {
            let percent = try #require(unit.percent)
            #expect(percent >= checkpoint.minimum, "\(unit.id): \(percent) at \(asOf.isoString)")
            #expect(unit.zone != .red, "\(unit.id)")
            #expect(unit.counts.overdue == 0, "\(unit.id)")
        }
        // Every roadmap in the workspace has a figure: none is left out of the claim.
        for unit in report.units where unit.hasRoadmap { #expect(unit.percent != nil, "\(unit.id)") }
        #expect(report.region?.percent != nil)
        #expect(report.allAtMinimum)
    }

    @Test(arguments: cases)
    func nothingDoneIsRed(_ example: String, _ asOf: LocalDate) throws {
        let workspace = PerfectProgress.apply(to: try ExampleFiles.load(example).workspace, nothing: true)
        let report = ComplianceEvaluator(asOf: asOf).evaluate(workspace).report
        for unit in report.units where unit.hasRoadmap || unit.level != .school {
            #expect(unit.zone == .red, "\(unit.id)")
            #expect(unit.percent == 0, "\(unit.id)")
        }
        #expect(report.region?.zone == .red)
        #expect(!report.allAtMinimum)
    }

    /// The same perfect progress under `done-only` (credit for nothing under way) is what made
    /// perfect execution red: the policy, not the data, is what changes.
    @Test func doneOnlyLeavesPerfectExecutionRedAtThirtiethOfNovember() throws {
        var workspace = PerfectProgress.apply(to: try ExampleFiles.load("kaliningrad-2023").workspace)
        workspace.settings.credit = .doneOnly
        let report = ComplianceEvaluator(asOf: Self.checkpoints[1]).evaluate(workspace).report
        // 166 items due by 30.11 done of the year's 281 (each counted once, ГИА-11 not owed by ООШ): 59.1 %.
        #expect(report.region?.counts.done == 166)
        #expect(report.region?.counts.activities == 281)
        #expect(report.region?.zone == .red)
        #expect(report.credit == .doneOnly)
    }
}
