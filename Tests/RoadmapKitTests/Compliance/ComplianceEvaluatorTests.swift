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

/// Roll-up, indicators and targets on `Fixtures/compliance/small` (numbers computed by hand in
/// `Fixtures/compliance/README.md`).
@Suite struct ComplianceEvaluatorTests {
    static func workspace(rollUp: RollUpPolicy = .pooled) throws -> Workspace {
        let loaded = try WorkspaceStore(directory: Fixture.url("compliance/small")).load()
        #expect(loaded.findings.isEmpty)
        var workspace = loaded.workspace
        workspace.settings.rollUp = rollUp
        return workspace
    }

    static func report(rollUp: RollUpPolicy = .pooled, asOf: String = "2023-06-30") throws -> ComplianceReport {
        ComplianceEvaluator(asOf: LocalDate(iso: asOf)!).evaluate(try workspace(rollUp: rollUp)).report
    }

    static func unit(_ report: ComplianceReport, _ level: Level, _ id: String) throws -> UnitCompliance {
        try #require(report.units.first { $0.level == level && $0.id == id })
    }

    @Test func schoolsOnTheBoundariesAndBelow() throws {
        let report = try Self.report()
        let n1 = try Self.unit(report, .school, "n1")
        #expect(
            n1.counts
                == ExecutionCounts(activities: 10, due: 5, done: 3, dueDone: 3, overdue: 1, undocumented: 1, pendingByNextCheckpoint: 5))
        #expect(n1.percent == 30)
        #expect(n1.zone == .yellow)
        #expect(n1.projectedPercent == 60)
        #expect(n1.onTrack == false)
        let n2 = try Self.unit(report, .school, "n2")
        #expect(n2.counts.activities == 5)  // the conditional item in progress is left out
        #expect(n2.percent == 40)
        #expect(n2.zone == .green)
        #expect(n2.onTrack == true)
        let s1 = try Self.unit(report, .school, "s1")
        #expect(s1.percent == 25)
        #expect(s1.zone == .red)
        #expect(s1.overdue.map(\.activity) == ["2", "3"])
    }

    @Test func aUnitWithoutActivitiesHasNoPercentageAndIsLeftOutOfTheMean() throws {
        let report = try Self.report()
        let s2 = try Self.unit(report, .school, "s2")
        #expect(s2.hasRoadmap == false)
        #expect(s2.percent == nil)
        #expect(s2.zone == nil)
        let south = try Self.unit(report, .municipality, "south")
        #expect(south.meanPercent == 25)
        #expect(south.schools == SchoolTally(total: 2, withData: 1, meetingMinimum: 0, meetingTarget: 0))
        let empty = try Self.unit(report, .municipality, "empty")
        #expect(empty.percent == nil)
        #expect(empty.meanPercent == nil)
        #expect(empty.zone == nil)
    }

    @Test func municipalityPoolsItsSchoolsAndItsOwnRoadmap() throws {
        let report = try Self.report()
        let north = try Self.unit(report, .municipality, "north")
        // Own roadmap: m1 done, m2 overdue, m3 later, m4 conditional and done → 2 of 4.
        #expect(north.ownCounts == ExecutionCounts(activities: 4, due: 2, done: 2, dueDone: 1, overdue: 1, pendingByNextCheckpoint: 1))
        #expect(north.counts.activities == 19)
        #expect(north.counts.done == 7)
        #expect(north.pooledPercent == 700.0 / 19)
        // Mean of schools n1 30 % and n2 40 %; the municipal roadmap's 50 % is its own line.
        #expect(north.meanPercent == 35)
        #expect(north.ownCounts.percent == 50)
        #expect(north.percent == north.pooledPercent)
        #expect(north.zone == .yellow)
        #expect(north.schools == SchoolTally(total: 2, withData: 2, meetingMinimum: 2, meetingTarget: 1))
    }

    @Test func regionPoolsEverythingAndMeansItsMunicipalities() throws {
        let report = try Self.report()
        let region = try #require(report.region)
        // r1 and r2 are executed by «Руководители школ» only: counted once, in the schools' roadmaps,
        // and left out of the regional plan's own figure, which has no items left.
        #expect(region.hasRoadmap)
        #expect(region.ownCounts.percent == nil)
        #expect(region.counts.activities == 23)
        #expect(region.counts.done == 8)
        #expect(region.pooledPercent == 800.0 / 23)
        // Mean of the schools with data: n1 30 %, n2 40 %, s1 25 %.
        #expect(abs(try #require(region.meanPercent) - 95.0 / 3) < 1e-9)
        #expect(region.schools == SchoolTally(total: 4, withData: 3, meetingMinimum: 2, meetingTarget: 1))
        #expect(report.checkpoint?.date == LocalDate(iso: "2023-06-30"))
        #expect(report.nextCheckpoint?.date == LocalDate(iso: "2023-11-30"))
        #expect(report.allAtMinimum == false)
    }

    @Test func theMeanPolicyChangesTheHeadlineOnly() throws {
        let pooled = try Self.report(rollUp: .pooled)
        let mean = try Self.report(rollUp: .meanOfChildren)
        let northPooled = try Self.unit(pooled, .municipality, "north")
        let northMean = try Self.unit(mean, .municipality, "north")
        #expect(northMean.percent == 35)
        #expect(northMean.zone == .yellow)
        #expect(northPooled.zone == .yellow)
        #expect(northMean.pooledPercent == northPooled.pooledPercent)
        #expect(mean.rollUp == .meanOfChildren)
    }

    @Test func beforeTheFirstCheckpointThereAreNoZones() throws {
        let report = try Self.report(asOf: "2023-05-31")
        #expect(report.checkpoint == nil)
        #expect(report.units.allSatisfy { $0.zone == nil })
        #expect(report.region?.schools.meetingMinimum == nil)
        #expect(report.allAtMinimum)
        #expect(try Self.unit(report, .school, "n2").onTrack != nil)
    }

    @Test func regionalIndicatorsFromTheLevelsBelow() throws {
        let report = try Self.report()
        let share = try #require(report.indicators.first { $0.activity == "r1" })
        // n1 (direct link) and n2 (through municipal item m1) completed; s1 did not; s2 has no roadmap.
        #expect(share.kind == .share)
        #expect(share.required == 100)
        #expect(share.actual == 50)
        #expect(share.met == false)
        let count = try #require(report.indicators.first { $0.activity == "r2" })
        #expect(count.kind == .count)
        #expect(count.actual == 7)
        #expect(count.met == true)
    }

    @Test func indicatorsThatCannotBeEvaluatedSaySo() throws {
        var workspace = try Self.workspace()
        var plan = try #require(workspace.regionalPlan)
        plan.sections[0].activities[0].indicator = "Повышение качества образования"
        plan.sections[0].activities[1].indicator = "не реже 1 раза в месяц"
        workspace.regionalPlan = plan
        workspace.progress[.region] = ProgressLog(
            owner: .region,
            records: (1...5).map {
                ProgressRecord(
                    activity: "r2", occurrence: LocalDate.lastDay(year: 2023, month: $0), status: .done,
                    completedOn: LocalDate.lastDay(year: 2023, month: $0))
            })
        let report = ComplianceEvaluator(asOf: LocalDate(iso: "2023-06-30")!).evaluate(workspace).report
        let text = try #require(report.indicators.first { $0.activity == "r1" })
        #expect(text.kind == .text)
        #expect(text.actual == nil)
        #expect(text.met == nil)
        #expect(text.note.ru.contains("нельзя"))
        // 5 done consultations in 5 whole months (1 January – 30 June is 5.9 months) … at least once a month.
        let frequency = try #require(report.indicators.first { $0.activity == "r2" })
        #expect(frequency.kind == .frequency)
        #expect(frequency.actual == 1)
        #expect(frequency.met == true)
    }

    @Test func targetIndicatorsCompareInTheirDirection() throws {
        let report = try Self.report()
        #expect(report.targets.count == 2)
        let falling = try #require(report.targets.first { $0.direction == .atMost })
        #expect(falling.target == 28)
        #expect(falling.actual == 30)
        #expect(falling.met == false)
        let rising = try #require(report.targets.first { $0.direction == .atLeast })
        #expect(rising.met == true)
        let nextYear = TargetEvaluator(asOf: LocalDate(iso: "2024-06-30")!).evaluate(
            TargetIndicator(
                name: "x", unit: "%", direction: .atMost, targets: [YearValue(year: 2024, value: 21)],
                actuals: [YearValue(year: 2024, value: 20)]),
            owner: .region)
        #expect(nextYear.met == true)
    }
}

/// Progress as known on the as-of date, and counts reported while work is in progress.
@Suite struct ComplianceProgressAsOfTests {
    @Test func aLaterReportDoesNotChangeAnEarlierAsOfDate() throws {
        var workspace = try ComplianceEvaluatorTests.workspace()
        // n2 reports in August that a2 was not done after all: the report as of 30.06 keeps it done.
        workspace.progress[.school("n2")]?.records.append(
            ProgressRecord(activity: "a2", status: .inProgress, reportedOn: LocalDate(iso: "2023-08-10")))
        let june = ComplianceEvaluator(asOf: LocalDate(iso: "2023-06-30")!).evaluate(workspace).report
        let august = ComplianceEvaluator(asOf: LocalDate(iso: "2023-08-31")!).evaluate(workspace).report
        #expect(june.units.first { $0.id == "n2" }?.counts.done == 2)
        #expect(august.units.first { $0.id == "n2" }?.counts.done == 1)
    }

    @Test func countsIncludeWorkInProgressAndNotYetDueIndicatorsStayOpen() throws {
        var workspace = try ComplianceEvaluatorTests.workspace()
        var plan = try #require(workspace.regionalPlan)
        plan.sections[0].activities[1].schedule = "30.09.2023"
        workspace.regionalPlan = plan
        workspace.progress[.region]?.records.append(
            ProgressRecord(activity: "r2", status: .inProgress, count: 2, reportedOn: LocalDate(iso: "2023-06-15")))
        let report = ComplianceEvaluator(asOf: LocalDate(iso: "2023-06-30")!).evaluate(workspace).report
        let count = try #require(report.indicators.first { $0.activity == "r2" })
        #expect(count.actual == 9)  // 3 (n1) + 4 (n2) + 2 (the region, in progress)
        #expect(count.met == nil)
        #expect(count.note.ru.hasPrefix("срок 30.09.2023 не наступил"))
    }
}
