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

/// The counting rules of one roadmap, with schedules given directly so the rules are tested apart
/// from the parser: activity `i` gets the text of schedule `i`, which the index answers as given.
@Suite struct RoadmapEvaluatorTests {
    static let owner = Owner.school("s")

    static func roadmap(_ activities: [Activity]) -> Roadmap {
        Roadmap(owner: owner, title: "", period: .calendarYear(2023), sections: [RoadmapSection(title: "", activities: activities)])
    }

    static func deadline(_ iso: String) -> Schedule {
        Schedule(text: iso, kind: .deadline, occurrences: [Occurrence(end: day(iso))])
    }

    static let conditional = Schedule(text: "По мере необходимости", kind: .conditional, condition: "по мере необходимости")

    /// «ежеквартально»: four occurrences, each a window of its quarter.
    static let quarterly = Schedule(
        text: "ежеквартально", kind: .recurring,
        occurrences: [
            Occurrence(start: day("2023-01-01"), end: day("2023-03-31")),
            Occurrence(start: day("2023-04-01"), end: day("2023-06-30")),
            Occurrence(start: day("2023-07-01"), end: day("2023-09-30")),
            Occurrence(start: day("2023-10-01"), end: day("2023-12-31")),
        ])

    func evaluate(
        _ activities: [Activity], _ schedules: [Schedule], _ records: [ProgressRecord], asOf: String = "2023-06-30",
        next: String? = "2023-11-30"
    ) -> RoadmapExecution {
        var activities = activities
        for (i, schedule) in zip(activities.indices, schedules) { activities[i].schedule = schedule.text }
        let roadmap = Self.roadmap(activities)
        return RoadmapEvaluator(asOf: day(asOf), nextCheckpoint: next.map(day))
            .evaluate(
                roadmap, log: ProgressLog(owner: Self.owner, records: records),
                schedules: ScheduleIndex(answering: schedules, in: roadmap.period))
    }

    @Test func doneWithoutTheRequiredDocumentIsUndocumentedNotDoneNotOverdue() {
        let activities = [
            Activity(id: "1", title: "Программа развития", documents: ["Программа развития ОО"]),
            Activity(id: "2", title: "Приказ", documents: ["Приказ"]),
        ]
        let result = evaluate(
            activities, [Self.deadline("2023-03-31"), Self.deadline("2023-04-30")],
            [
                ProgressRecord(activity: "1", status: .done, completedOn: day("2023-03-20")),
                ProgressRecord(activity: "2", status: .done, completedOn: day("2023-04-20"), evidence: ["Приказ № 7"]),
            ])
        #expect(result.counts == ExecutionCounts(activities: 2, due: 2, done: 1, dueDone: 1, overdue: 0, undocumented: 1))
        #expect(result.undocumented.map(\.activity) == ["1"])
        #expect(result.overdue.isEmpty)
        #expect(result.counts.percent == 50)
    }

    @Test func blankEvidenceDoesNotCountAsADocument() {
        let result = evaluate(
            [Activity(id: "1", title: "x", documents: ["Справка"])], [Self.deadline("2023-03-31")],
            [ProgressRecord(activity: "1", status: .done, completedOn: day("2023-03-20"), evidence: ["  "])])
        #expect(result.counts.undocumented == 1)
        #expect(result.counts.done == 0)
    }

    @Test func conditionalItemsCountOnlyOnceDone() {
        let activities = [
            Activity(id: "1", title: "Консультации"), Activity(id: "2", title: "Конкурсы"), Activity(id: "3", title: "Семинар"),
        ]
        let schedules = [Self.conditional, Self.conditional, Self.deadline("2023-05-31")]
        let result = evaluate(
            activities, schedules,
            [
                ProgressRecord(activity: "1", status: .done, completedOn: day("2023-02-01")),
                ProgressRecord(activity: "2", status: .inProgress),
            ])
        // Activity 1 (done) counts, 2 (not done) does not, 3 is due and overdue.
        #expect(result.counts == ExecutionCounts(activities: 2, due: 1, done: 1, dueDone: 0, overdue: 1))
        #expect(result.overdue.map(\.activity) == ["3"])
    }

    @Test func recurringItemsCountByOccurrence() {
        let result = evaluate(
            [Activity(id: "q", title: "Мониторинг")], [Self.quarterly],
            [
                ProgressRecord(activity: "q", occurrence: day("2023-03-31"), status: .done, completedOn: day("2023-03-25"))
            ])
        // Four quarters; Q1 done, Q2 (due 30.06) overdue; by the next checkpoint (30.11) Q3 is due
        // and Q4 (01.10–31.12) is 60 of 91 days in.
        #expect(
            result.counts == ExecutionCounts(activities: 4, due: 2, done: 1, dueDone: 1, overdue: 1, pendingByNextCheckpoint: 1 + 60.0 / 91)
        )
        #expect(result.overdue.map(\.deadline) == [day("2023-06-30")])
        #expect(result.counts.percent == 25)
    }

    @Test func aRecordWithoutOccurrenceCoversTheOneOccurrenceItFallsIn() {
        // Done on 10.05: Q2 had opened (01.04), so the report is Q2's work; Q1 stays overdue.
        let result = evaluate(
            [Activity(id: "q", title: "Мониторинг")], [Self.quarterly],
            [ProgressRecord(activity: "q", status: .done, completedOn: day("2023-05-10"))])
        #expect(result.counts.done == 1)
        #expect(result.counts.overdue == 1)
        #expect(result.overdue.map(\.deadline) == [day("2023-03-31")])
        #expect(result.completedActivities.isEmpty)
        // With Q1 reported by its occurrence as well, both quarters are done.
        let both = evaluate(
            [Activity(id: "q", title: "Мониторинг")], [Self.quarterly],
            [
                ProgressRecord(activity: "q", occurrence: day("2023-03-31"), status: .done, completedOn: day("2023-03-20")),
                ProgressRecord(activity: "q", status: .done, completedOn: day("2023-05-10")),
            ])
        #expect(both.counts.done == 2)
        #expect(both.completedActivities == ["q"])
    }

    @Test func aRecordNamingTheOccurrenceWinsOverOneThatDoesNot() {
        let result = evaluate(
            [Activity(id: "q", title: "Мониторинг")], [Self.quarterly],
            [
                ProgressRecord(activity: "q", status: .done, completedOn: day("2023-05-10")),
                ProgressRecord(activity: "q", occurrence: day("2023-06-30"), status: .notStarted),
            ])
        #expect(result.counts.done == 0)
        #expect(result.counts.overdue == 2)
        #expect(result.completedActivities.isEmpty)
    }

    @Test func occurrencesWithoutStartOpenTheDayAfterThePreviousDeadline() {
        let twice = Schedule(
            text: "Май, октябрь", kind: .recurring,
            occurrences: [Occurrence(end: day("2023-05-31")), Occurrence(end: day("2023-10-31"))])
        // On 31.05 the May occurrence is open; from 01.06 the October one.
        let early = evaluate(
            [Activity(id: "r", title: "x")], [twice], [ProgressRecord(activity: "r", status: .done, completedOn: day("2023-05-31"))])
        #expect(early.counts.done == 1)
        #expect(early.counts.overdue == 0)
        let later = evaluate(
            [Activity(id: "r", title: "x")], [twice], [ProgressRecord(activity: "r", status: .done, completedOn: day("2023-06-01"))])
        #expect(later.counts.done == 1)
        #expect(later.counts.overdue == 1)
    }

    @Test func completionAfterTheAsOfDateIsNotDoneYet() {
        let result = evaluate(
            [Activity(id: "1", title: "x")], [Self.deadline("2023-09-30")],
            [ProgressRecord(activity: "1", status: .done, completedOn: day("2023-07-01"))])
        #expect(result.counts.done == 0)
        #expect(result.counts.pendingByNextCheckpoint == 1)
        let onTheDay = evaluate(
            [Activity(id: "1", title: "x")], [Self.deadline("2023-09-30")],
            [ProgressRecord(activity: "1", status: .done, completedOn: day("2023-07-01"))], asOf: "2023-07-01")
        #expect(onTheDay.counts.done == 1)
    }

    @Test func theLatestReportIsCurrent() {
        let result = evaluate(
            [Activity(id: "1", title: "x")], [Self.deadline("2023-03-31")],
            [
                ProgressRecord(activity: "1", status: .done, completedOn: day("2023-03-01"), reportedOn: day("2023-03-02")),
                ProgressRecord(activity: "1", status: .inProgress, reportedOn: day("2023-04-01")),
            ])
        #expect(result.counts.done == 0)
        #expect(result.counts.overdue == 1)
    }

    @Test func aRoadmapWithoutActivitiesHasNoPercentage() {
        let result = evaluate([], [], [])
        #expect(result.counts.activities == 0)
        #expect(result.counts.percent == nil)
        #expect(result.counts.projectedPercent == nil)
    }

    @Test func occurrencesOutsideThePeriodAreNotCounted() {
        let result = evaluate([Activity(id: "1", title: "x")], [Self.deadline("2024-01-15")], [])
        #expect(result.counts.activities == 0)
    }

    @Test func projectionCompletesTheWorkExpectedByTheNextCheckpointAtTheRateKeptSoFar() throws {
        // 4 due (2 done: rate 0.5). Expected by 30.11: four deadlines July–October (1 each), «до 20.12»
        // open since 1 January (333 of 353 days elapsed), the window 01.12–15.12 not yet open (0).
        // (2 + (4 + 333/353) × 0.5) / 10.
        let deadlines = [
            "2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-12-20",
        ]
        var schedules = deadlines.map(Self.deadline)
        schedules.append(
            Schedule(
                text: "01.12-15.12.2023", kind: .window,
                occurrences: [Occurrence(start: day("2023-12-01"), end: day("2023-12-15"))]))
        let activities = schedules.indices.map { Activity(id: String($0), title: "x") }
        let result = evaluate(
            activities, schedules,
            [
                ProgressRecord(activity: "0", status: .done, completedOn: day("2023-01-31")),
                ProgressRecord(activity: "1", status: .done, completedOn: day("2023-02-28")),
            ])
        let expected: Double = 4 + 333.0 / 353
        #expect(result.counts.pendingByNextCheckpoint == expected)
        let projected = try #require(result.counts.projectedPercent)
        let hand: Double = (2 + expected * 0.5) * 10
        #expect(abs(projected - hand) < 1e-9)
        #expect(result.counts.onTimePercent == 50)
    }
}
