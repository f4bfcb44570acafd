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

@Suite struct ZoneTests {
    static let june = Checkpoint.programmeDefaults[0]
    static let november = Checkpoint.programmeDefaults[1]

    @Test(arguments: [
        (29.99, Zone.red), (30, .yellow), (35, .yellow), (39.99, .yellow), (40, .green), (100, .green), (0, .red),
    ])
    func juneBoundaries(percent: Double, zone: Zone) {
        #expect(Zone(percent: percent, checkpoint: Self.june) == zone)
    }

    @Test(arguments: [(79.9, Zone.red), (80, .yellow), (89.9, .yellow), (90, .green)])
    func novemberBoundaries(percent: Double, zone: Zone) {
        #expect(Zone(percent: percent, checkpoint: Self.november) == zone)
    }

    /// 3 of 10 and 4 of 10 are exactly 30 % and 40 %: no rounding pushes them into the zone below.
    @Test func countsOnTheBoundaryLandInTheUpperZone() throws {
        let thirty = try #require(ExecutionCounts(activities: 10, done: 3).percent)
        let forty = try #require(ExecutionCounts(activities: 10, done: 4).percent)
        #expect(thirty == 30)
        #expect(forty == 40)
        #expect(Zone(percent: thirty, checkpoint: Self.june) == .yellow)
        #expect(Zone(percent: forty, checkpoint: Self.june) == .green)
        #expect(Zone(percent: try #require(ExecutionCounts(activities: 1000, done: 299).percent), checkpoint: Self.june) == .red)
    }

    @Test func theCalendarPicksTheLatestPassedAndTheNextCheckpoint() throws {
        let settings = WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2023))
        let calendar = CheckpointCalendar(settings: settings)
        let date = { (s: String) in LocalDate(iso: s)! }
        #expect(calendar.assessed(asOf: date("2023-06-29")) == nil)
        #expect(calendar.next(after: date("2023-06-29"))?.date == date("2023-06-30"))
        #expect(calendar.assessed(asOf: date("2023-06-30"))?.minimum == 30)
        #expect(calendar.next(after: date("2023-06-30"))?.date == date("2023-11-30"))
        #expect(calendar.assessed(asOf: date("2023-12-31"))?.target == 90)
        #expect(calendar.next(after: date("2023-12-01")) == nil)
    }

    @Test func multiYearRoadmapsAreMeasuredYearByYear() {
        let window = MonitoringWindow.window(for: .multiYear(from: 2022, through: 2024), asOf: LocalDate(iso: "2023-06-30")!)
        #expect(window == LocalDate(iso: "2023-01-01")!...LocalDate(iso: "2023-12-31")!)
        let academic = MonitoringWindow.window(for: .academicYear(startYear: 2022), asOf: LocalDate(iso: "2023-06-30")!)
        #expect(academic == LocalDate(iso: "2022-09-01")!...LocalDate(iso: "2023-08-31")!)
    }
}
