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

/// Propagation keeps an item's nature: each parent occurrence is tightened only by the lower
/// occurrence in its own window; recurrence, count and windows are never changed.
@Suite struct OccurrenceWindowsTests {
    static let checkpoints2024 = OccurrenceWindows.checkpointDates(Checkpoint.programmeDefaults, period: .calendarYear(2024))

    static func item(_ level: Level, _ id: String, _ schedule: String, period: Period) -> ResolvedActivity {
        ResolvedActivity(
            link: ActivityLink(level: level, activity: id), activity: Activity(id: id, title: "x", schedule: schedule),
            sectionTitle: "", schedule: ScheduleParser(period: period).parse(schedule),
            executors: ExecutorResolution(roles: [.school]), period: period)
    }

    static let academic = Period.academicYear(startYear: 2023)

    @Test func aQuarterlyItemStaysQuarterlyUnderAMonthlyOne() throws {
        let parent = Self.item(.region, "2.1", "ежеквартально", period: .calendarYear(2024))
        let monthly = Self.item(.municipality, "3", "ежемесячно", period: Self.academic)
        let result = SchedulePropagation.propagate(
            parent: parent, leadDays: 0, tighteners: [monthly], checkpoints: Self.checkpoints2024)
        #expect(result.occurrences.count == 4)
        #expect(result.text.hasPrefix("ежеквартально: "))
        // Q1, Q2 end with the month that ends them; Q3 by the roadmap's last month (August);
        // Q4 lies outside the 2023-2024 school year: not the municipal roadmap's to answer.
        #expect(
            result.text
                == "ежеквартально: 01.01.2024–31.03.2024; 01.04.2024–30.06.2024; 01.07.2024–31.08.2024; 01.10.2024–31.12.2024"
        )
        #expect(result.mismatches.isEmpty)
        let reparsed = ScheduleParser(period: .calendarYear(2024)).parse(result.text)
        #expect(reparsed.occurrences == result.occurrences)
        #expect(reparsed.recurrence?.unit == parent.schedule.recurrence?.unit)
    }

    /// The case: «декабрь, май» of a 2023-2024 roadmap linked to the 30.11 monitoring.
    @Test func aNovemberMonitoringIsNotMovedToMay() {
        let parent = Self.item(.region, "2.4", "30.11.2024", period: .calendarYear(2024))
        let lower = Self.item(.municipality, "2", "декабрь, май", period: Self.academic)
        let result = SchedulePropagation.propagate(
            parent: parent, leadDays: 0, tighteners: [lower], checkpoints: Self.checkpoints2024)
        #expect(result.text == "30.11.2024")
        #expect(result.origin.kind == .inherited)
        #expect(result.mismatches.count == 1)
        #expect(result.mismatches.first?.strays.map(\.end.isoString) == ["2024-05-31"])
        #expect(result.origin.note?.contains("сохранены сроки region:2.4 («30.11.2024»)") == true)
        #expect(result.origin.note?.contains("municipality:2 («декабрь, май»)") == true)
        // The June monitoring is answered by May, in its own window (after 30.11.2023).
        let june = Self.item(.region, "2.2", "30.06.2024", period: .calendarYear(2024))
        let tightened = SchedulePropagation.propagate(
            parent: june, leadDays: 0, tighteners: [lower], checkpoints: Self.checkpoints2024)
        #expect(tightened.text == "до 31.05.2024")
        #expect(tightened.mismatches.isEmpty)
    }

    @Test func aDueDatesWindowStopsAtTheCheckpointBeforeIt() throws {
        let windows = OccurrenceWindows.windows(
            [Occurrence(end: LocalDate(year: 2024, month: 11, day: 30)!)], checkpoints: Self.checkpoints2024)
        #expect(windows.first?.after == LocalDate(year: 2024, month: 6, day: 30))
        #expect(windows.first?.contains(LocalDate(year: 2024, month: 7, day: 1)!) == true)
        #expect(windows.first?.contains(LocalDate(year: 2024, month: 6, day: 30)!) == false)
    }

    @Test func aWindowKeepsItsStartAndADueDateStaysADueDate() {
        let parent = Self.item(.region, "2.3", "01.03-30.04.2024", period: .calendarYear(2024))
        let window = Self.item(.municipality, "4", "с 10.04.2024 по 15.04.2024", period: .calendarYear(2024))
        #expect(
            SchedulePropagation.propagate(parent: parent, leadDays: 0, tighteners: [window]).text
                == "01.03.2024–15.04.2024")
        let due = Self.item(.region, "2.2", "30.06.2024", period: .calendarYear(2024))
        #expect(
            SchedulePropagation.propagate(parent: due, leadDays: 0, tighteners: [window], checkpoints: Self.checkpoints2024)
                .text == "до 15.04.2024")
    }

    /// Every pair of deadline cells in the seeds (parent in its period, lower in its own): the
    /// result has the parent's occurrences, each inside its own window and never later than the
    /// parent's, tightened exactly where the lower item has an earlier deadline in that window,
    /// and its text reads back to the same occurrences and recurrence.
    @Test func everyPairOfSeedCellsKeepsTheParentsNature() throws {
        var seen: Set<String> = []
        let rows = try SeedDeadline.all().filter { seen.insert("\($0.period)|\($0.text)").inserted }
        let items = rows.enumerated().map { i, row in Self.item(.region, "p\(i)", row.text, period: row.period) }
        let lowers = rows.enumerated().map { i, row in Self.item(.municipality, "l\(i)", row.text, period: row.period) }
        var compared = 0
        var tightenedCount = 0
        for parent in items {
            let schedule = parent.schedule
            guard schedule.isMeasurable || schedule.kind == .continuous, !schedule.occurrences.isEmpty else { continue }
            let checkpoints = OccurrenceWindows.checkpointDates(Checkpoint.programmeDefaults, period: parent.period)
            let own = schedule.occurrences.sorted()
            let windows = OccurrenceWindows.windows(own, checkpoints: checkpoints)
            let parser = ScheduleParser(period: parent.period)
            for lower in lowers {
                compared += 1
                let result = SchedulePropagation.propagate(
                    parent: parent, leadDays: 0, tighteners: [lower], checkpoints: checkpoints)
                let context = "«\(parent.activity.schedule)» [\(parent.period)] ← «\(lower.activity.schedule)» [\(lower.period)]"
                try #require(result.occurrences.count == own.count, "\(context)")
                let measurable = lower.schedule.isMeasurable || lower.schedule.kind == .continuous
                let match = OccurrenceWindows.match(
                    parent: own, lower: lower.schedule.occurrences, period: parent.period, lowerPeriod: lower.period,
                    checkpoints: checkpoints)
                for (i, occurrence) in result.occurrences.sorted().enumerated() {
                    #expect(occurrence.end <= own[i].end, "\(context)")
                    #expect(windows[i].contains(occurrence.end) || occurrence == own[i], "\(context)")
                    #expect(occurrence.start == own[i].start || (occurrence.start == nil && own[i].start! >= occurrence.end))
                    if measurable, let answer = match.answers[i], answer.end < own[i].end {
                        #expect(occurrence.end == answer.end, "\(context)")
                        tightenedCount += 1
                    } else {
                        #expect(occurrence == own[i], "\(context)")
                    }
                }
                if result.text != parent.activity.schedule {
                    let reparsed = parser.parse(result.text)
                    #expect(reparsed.occurrences == result.occurrences, "\(context) → «\(result.text)»")
                    // The recurrence is written whenever it reads back to the same dates.
                    if result.text.hasPrefix(schedule.recurrence?.russianText ?? "\u{0}") {
                        #expect(reparsed.recurrence?.unit == schedule.recurrence?.unit, "\(context) → «\(result.text)»")
                    }
                }
                #expect(result.mismatches.isEmpty == (!measurable || match.corresponds), "\(context)")
            }
        }
        #expect(compared > 5_000)
        #expect(tightenedCount > 100)
    }
}
