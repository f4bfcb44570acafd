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

/// The region's term dates in `workspace.json` (`schoolCalendar`): every schedule of the workspace —
/// the index, imports, skeletons, compliance and deadlines — reads «I четверть» with them; a
/// workspace without them reads the usual dates.
@Suite struct WorkspaceSchoolCalendarTests {
    /// A region whose first quarter ends on 25 October (the usual: 27 October).
    static let regional = #"{"quarters": ["01.09-25.10", "06.11-29.12", "09.01-22.03", "01.04-24.05"]}"#

    static func calendar() throws -> SchoolCalendar {
        try JSONDecoder().decode(SchoolCalendar.self, from: Data(regional.utf8))
    }

    static func settingsJSON(_ extra: String) -> Data {
        Data(
            #"{"schemaVersion": 1, "region": {"id": "ens", "name": "Энская область"}, "period": "2024""#
                .appending(extra).appending("}").utf8)
    }

    @Test func workspaceJSONKeepsTheRegionsTermsAndWritesOnlyDatesThatDiffer() throws {
        let path = WorkspaceLayout.settingsFile
        let usual = try JSONFileCodec.decodeVersioned(WorkspaceSettings.self, from: Self.settingsJSON(""), path: path)
        #expect(usual.schoolCalendar == .standard)
        let written = String(decoding: try JSONEncoder().encode(usual), as: UTF8.self)
        #expect(!written.contains("schoolCalendar"))

        let region = try JSONFileCodec.decodeVersioned(
            WorkspaceSettings.self, from: Self.settingsJSON(#", "schoolCalendar": \#(Self.regional)"#), path: path)
        #expect(region.schoolCalendar.quarters.map(\.text) == ["01.09-25.10", "06.11-29.12", "09.01-22.03", "01.04-24.05"])
        // Trimesters left out keep the usual dates.
        #expect(region.schoolCalendar.trimesters == SchoolCalendar.standard.trimesters)
        let again = try JSONDecoder().decode(WorkspaceSettings.self, from: try JSONEncoder().encode(region))
        #expect(again.schoolCalendar == region.schoolCalendar)
    }

    @Test func malformedTermsAreRejectedWithTheirPath() {
        let json = Self.settingsJSON(#", "schoolCalendar": {"quarters": ["01.09-25.10", "20.10-29.12", "09.01-22.03", "01.04-24.05"]}"#)
        do {
            _ = try JSONFileCodec.decodeVersioned(WorkspaceSettings.self, from: json, path: WorkspaceLayout.settingsFile)
            Issue.record("overlapping quarters were accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("schoolCalendar.quarters"), "\(message)")
            #expect(message.contains("01.09-25.10, 20.10-29.12"), "\(message)")
        }
    }

    @Test func theIndexReadsTermsWithTheWorkspacesCalendar() throws {
        var workspace = try CascadeFixture.workspace()
        let standard = ScheduleIndex(workspace)
        workspace.settings.schoolCalendar = try Self.calendar()
        let region = ScheduleIndex(workspace)
        let period = Period.calendarYear(2023)
        // Texts the workspace does not hold are read with its calendar too.
        #expect(standard.finalDeadline("по итогам I четверти", period: period) == LocalDate(iso: "2023-10-27"))
        #expect(region.finalDeadline("по итогам I четверти", period: period) == LocalDate(iso: "2023-10-25"))
        // «по четвертям» in 2023: III, IV quarters of 2022-2023, I, II of 2023-2024.
        #expect(
            region.occurrences("по четвертям", period: period).map(\.end).map(\.isoString) == [
                "2023-03-22", "2023-05-24", "2023-10-25", "2023-12-29",
            ])
        #expect(ScheduleIndex().finalDeadline("в I четверти", period: period) == LocalDate(iso: "2023-10-27"))
    }

    /// The second region's plan with item 2.5 due «по итогам I четверти», imported into a workspace
    /// of the region's calendar; compliance and deadlines on 26.10.2024.
    static func secondRegion(_ calendar: SchoolCalendar) throws -> (Workspace, ComplianceEvaluator.Evaluation, DeadlineList) {
        let url = Fixture.url("region-second/plan-2024.md")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "| 01.05-31.07.2024 |", with: "| по итогам I четверти |")
        let imported = try RoadmapImporter.importDocument(
            text: text, fileName: "plan-2024.md", owner: .region, period: nil, calendar: calendar)
        var settings = WorkspaceSettings(region: RegionInfo(id: RegionID("ens"), name: "Энская область"), period: .calendarYear(2024))
        settings.schoolCalendar = calendar
        let workspace = Workspace(settings: settings, regionalPlan: imported.roadmap)
        let asOf = LocalDate(iso: "2024-10-26")!
        let evaluation = ComplianceEvaluator(asOf: asOf, lookAheadDays: 14).evaluate(workspace)
        return (workspace, evaluation, DeadlineList(workspace: workspace, executions: evaluation.executions, asOf: asOf, within: 14))
    }

    @Test func complianceAndDeadlinesUseTheRegionsQuarters() throws {
        // The region: I quarter of 2024-2025 ended on 25.10.2024, a day before: item 2.5 is overdue.
        let (workspace, evaluation, list) = try Self.secondRegion(try Self.calendar())
        let item = try #require(workspace.regionalPlan?.activities.first { $0.number == "2.5." || $0.number == "2.5" })
        #expect(item.schedule == "по итогам I четверти")
        let region = try #require(evaluation.executions.first { $0.owner == .region })
        #expect(region.overdue.first { $0.activity == item.id }?.deadline == LocalDate(iso: "2024-10-25"))
        #expect(!region.dueSoon.contains { $0.activity == item.id })
        let entry = try #require(list.entries.first { $0.item.activity == item.id })
        #expect(entry.item.deadline == LocalDate(iso: "2024-10-25"))
        #expect(entry.daysLeft == -1)

        // The usual calendar: the quarter ends on 27.10.2024, the item is due in one day.
        let (_, usual, usualList) = try Self.secondRegion(.standard)
        let usualRegion = try #require(usual.executions.first { $0.owner == .region })
        #expect(!usualRegion.overdue.contains { $0.activity == item.id })
        #expect(usualRegion.dueSoon.first { $0.activity == item.id }?.deadline == LocalDate(iso: "2024-10-27"))
        #expect(usualList.entries.first { $0.item.activity == item.id }?.daysLeft == 1)
    }

    @Test func skeletonsCarryTheRegionsQuarterDates() throws {
        // Kaliningrad's item 1, which Primorye owes, due «по четвертям» instead.
        var workspace = try CascadeFixture.workspace()
        var plan = try #require(workspace.regionalPlan)
        CascadeFixture.edit(&plan, "1") { $0.schedule = "по четвертям" }
        workspace.regionalPlan = plan
        workspace.settings.schoolCalendar = try Self.calendar()
        let skeleton = try CascadeFixture.skeleton(workspace)
        let own = try #require(skeleton.activity(id: "r1"))
        let engine = try CascadeEngine(workspace: workspace)
        #expect(engine.schedules.calendar == workspace.settings.schoolCalendar)
        let ends = engine.schedules.occurrences(own.schedule, period: skeleton.period).map(\.end.isoString)
        #expect(ends.contains("2023-10-25"), "\(own.schedule)")
        #expect(!ends.contains("2023-10-27"), "\(own.schedule)")
    }
}
