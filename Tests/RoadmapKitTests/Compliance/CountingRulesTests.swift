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

/// The counting rules of issue 18 on `Fixtures/compliance/levels` (its README has the hand
/// computation): progress rows for every level from one CSV, credit for work under way, the
/// known-on date, «не применимо», items outside the period and each item counted once.
@Suite struct CountingRulesTests {
    static let june = LocalDate(year: 2023, month: 6, day: 30)!
    static let year = 180.0 / 364
    static let march = 121.0 / 305

    /// The fixture workspace with `progress-levels.csv` merged in memory.
    static func workspace() throws -> (Workspace, ProgressMergeResult) {
        let directory = Fixture.url("compliance/levels")
        var workspace = try WorkspaceStore(directory: directory).load().workspace
        let data = try Data(contentsOf: directory.appendingPathComponent("progress-levels.csv"))
        let table = try ProgressImporter.read(data, fileName: "progress-levels.csv")
        let result = try ProgressImporter.merge(table, fileName: "progress-levels.csv", into: workspace)
        for log in result.changedLogs { workspace.progress[log.owner] = log }
        return (workspace, result)
    }

    static func report(knownOn: LocalDate? = nil, credit: CreditPolicy = .elapsedShare) throws -> ComplianceReport {
        var (workspace, _) = try workspace()
        workspace.settings.credit = credit
        return ComplianceEvaluator(asOf: june, knownOn: knownOn).evaluate(workspace).report
    }

    static func unit(_ report: ComplianceReport, _ id: String) throws -> UnitCompliance {
        try #require(report.units.first { $0.id == id })
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func rowsForTheRegionMunicipalityAndSchoolsGoToTheirOwnLogs() throws {
        let (workspace, result) = try Self.workspace()
        #expect(result.appended == 9)
        #expect(result.rejected.map(\.code) == [.missingReason, .unknownSchool])
        #expect(result.rejected.map(\.line) == [11, 12])
        #expect(workspace.progress[.region]?.records.map(\.activity) == ["1", "3"])
        #expect(workspace.progress[.municipality(MunicipalityID("east"))]?.records.map(\.activity) == ["1", "2"])
        #expect(workspace.progress[.school(SchoolID("e1"))]?.records.count == 3)
        let na = try #require(workspace.progress[.school(SchoolID("e2"))]?.records.last)
        #expect(na.status == .notApplicable)
        #expect(na.comment == "нет 11 класса (основная школа)")
    }

    @Test func creditForWorkUnderWayAndCompletionsByTheirDate() throws {
        let report = try Self.report()
        #expect(report.credit == .elapsedShare)
        let e1 = try Self.unit(report, "e1")
        #expect(e1.counts.activities == 3)
        #expect(e1.counts.done == 2)
        #expect(e1.counts.inProgress == 1)
        #expect(Self.close(e1.counts.inProgressCredit, Self.year))
        #expect(Self.close(e1.percent, (2 + Self.year) / 3 * 100))
        #expect(e1.counts.outsidePeriod == 1)
        #expect(e1.outsidePeriod.map(\.activity) == ["4"])
        let east = try Self.unit(report, "east")
        #expect(Self.close(east.ownCounts.percent, (1 + Self.march) / 2 * 100))
        #expect(Self.close(east.percent, (4 + Self.year + Self.march) / 7 * 100))
        let region = try #require(report.region)
        #expect(Self.close(region.ownCounts.percent, (1 + Self.year) / 2 * 100))
        #expect(region.counts.activities == 9)
        #expect(Self.close(region.percent, (5 + 2 * Self.year + Self.march) / 9 * 100))
        #expect(region.zone == .green)
    }

    @Test func knownOnReproducesWhatWasKnownThatDay() throws {
        let report = try Self.report(knownOn: Self.june)
        #expect(report.knownOn == Self.june)
        let e1 = try Self.unit(report, "e1")
        #expect(e1.counts.done == 1)
        #expect(e1.counts.overdue == 1)
        #expect(e1.overdue.map(\.activity) == ["2"])
        #expect(Self.close(e1.percent, (1 + Self.year) / 3 * 100))
        let east = try Self.unit(report, "east")
        #expect(Self.close(east.ownCounts.percent, Self.march / 2 * 100))
        #expect(Self.close(report.region?.percent, (3 + 2 * Self.year + Self.march) / 9 * 100))
    }

    @Test func notApplicableLeavesBothNumeratorAndDenominatorAndIsListed() throws {
        let report = try Self.report()
        let e2 = try Self.unit(report, "e2")
        #expect(e2.counts.activities == 2)
        #expect(e2.counts.done == 1)
        #expect(e2.counts.notApplicable == 1)
        #expect(e2.percent == 50)
        #expect(e2.notApplicable.map(\.activity) == ["2"])
        #expect(e2.notApplicable.first?.note == "нет 11 класса (основная школа)")
    }

    @Test func theSchoolTypeRuleGivesTheSameFigureWithItsOwnReason() throws {
        var (workspace, _) = try Self.workspace()
        workspace.settings.schoolTypes = SchoolTypeRule.programmeDefaults
        let report = ComplianceEvaluator(asOf: Self.june).evaluate(workspace).report
        let e2 = try Self.unit(report, "e2")
        #expect(e2.percent == 50)
        #expect(e2.notApplicable.map(\.note) == ["в основной школе нет 11 класса"])
        // e1 is a СОШ: its ГИА-11 item stays owed (and done).
        #expect(try Self.unit(report, "e1").counts.notApplicable == 0)
    }

    @Test func notApplicableWithoutAReasonStaysOwed() {
        let roadmap = Roadmap(
            owner: .school(SchoolID("x")), title: "", period: .calendarYear(2023),
            sections: [RoadmapSection(title: "", activities: [Activity(id: "1", title: "ГИА-11", schedule: "До 31.05.2023")])])
        let log = ProgressLog(
            owner: .school(SchoolID("x")), records: [ProgressRecord(activity: "1", status: .notApplicable, comment: " ")])
        let execution = RoadmapEvaluator(asOf: Self.june).evaluate(roadmap, log: log, schedules: ScheduleIndex())
        #expect(execution.counts.notApplicable == 0)
        #expect(execution.counts.overdue == 1)
    }

    @Test func doneOnlyGivesNoCreditForWorkUnderWay() throws {
        let report = try Self.report(credit: .doneOnly)
        #expect(report.credit == .doneOnly)
        #expect(Self.close(try Self.unit(report, "e1").percent, 200.0 / 3))
        #expect(Self.close(report.region?.percent, 500.0 / 9))
        #expect(report.region?.counts.inProgress == 3)
        #expect(report.region?.counts.inProgressCredit == 0)
    }

    /// An in-progress report counts only while the window is open: before it opens it earns
    /// nothing, after the deadline the item is overdue. On 15.02 item 1 (from 01.03) is not open and
    /// item 2 (01.01 to 28.02) has run 45 of 58 days; on 30.06 item 2 is overdue and item 1 has run
    /// 121 of 305 days; on 10.01.2024 both are overdue.
    @Test(arguments: [("2023-02-15", 45.0 / 58, 0), ("2023-06-30", 121.0 / 305, 1), ("2024-01-10", 0.0, 2)])
    func inProgressCountsOnlyInsideItsWindow(_ date: String, _ credit: Double, _ overdue: Int) throws {
        let asOf = try #require(LocalDate(iso: date))
        let roadmap = Roadmap(
            owner: .school(SchoolID("x")), title: "", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: [
                        Activity(id: "1", title: "Мониторинг", schedule: "01.03-31.12.2023"),
                        Activity(id: "2", title: "Диагностика", schedule: "До 28.02.2023"),
                    ])
            ])
        let log = ProgressLog(
            owner: .school(SchoolID("x")),
            records: [
                ProgressRecord(activity: "1", status: .inProgress, reportedOn: LocalDate(iso: "2023-01-10")),
                ProgressRecord(activity: "2", status: .inProgress, reportedOn: LocalDate(iso: "2023-01-10")),
            ])
        let counts = RoadmapEvaluator(asOf: asOf).evaluate(roadmap, log: log, schedules: ScheduleIndex()).counts
        #expect(abs(counts.inProgressCredit - credit) < 1e-9)
        #expect(counts.overdue == overdue)
        #expect(counts.inProgress == (credit > 0 ? 1 : 0))
    }
}

/// School-type rules of `workspace.json`: an item is «не применимо» for a kind of school by the
/// words of the item and of the school's name — the same phrasings as the seeds write them.
@Suite struct SchoolTypeRuleTests {
    static let rules = SchoolTypeRule.programmeDefaults

    @Test(arguments: [
        ("МАОУ «ООШ п. Приморье»", "Участие обучающихся в ГИА-11", true),
        ("МБОУ «Основная общеобразовательная школа № 7»", "Подготовка к ЕГЭ по математике", true),
        ("МБОУ ООШ № 2", "Организация работы с обучающимися 11-х классов", true),
        ("МБОУ ООШ № 2", "Подготовка к ГИА-9 (ОГЭ)", false),
        ("МБОУ «СОШ № 1»", "Участие обучающихся в ГИА-11", false),
        ("МБОУ «Лицей № 5»", "Подготовка к ЕГЭ", false),
        ("МКОУ «НОШ с. Лесное»", "Подготовка к ОГЭ", true),
        ("МБОУ «ООШ № 3»", "Участие в региональных олимпиадах", false),
    ])
    func itemsThatDoNotApplyToTheSchoolType(_ school: String, _ title: String, _ excluded: Bool) {
        #expect((SchoolTypeRule.exclusion(in: Self.rules, schoolName: school, title: title) != nil) == excluded)
    }

    /// A rule is data: a region that writes «Основная школа» in its names and wants «профильн» out
    /// adds a rule; no item number is involved.
    @Test func aRegionsOwnRule() {
        let rule = SchoolTypeRule(
            type: "ООШ", nameMarkers: ["основная школа"], itemPhrases: ["профильное обучение"], reason: "нет 10–11 классов")
        #expect(rule.matches(schoolName: "МКОУ Основная школа с. Высокое"))
        #expect(rule.excludes(title: "Организация профильного обучения") == false)
        #expect(rule.excludes(title: "Профильное обучение в 10 классе"))
    }
}

/// Issue 18 item 8 on seed 003 (Кавказский район, «на 2021-2022 учебный год», deadlines to
/// 28.02.2023): the import widens the period with a note instead of leaving 18 of 22 items out.
@Suite struct PeriodWideningTests {
    @Test func deadlinesPastThePeriodWidenItWithANote() throws {
        let text = try Fixture.text("seeds/003_aa0ce0c8ff5e76d6.txt")
        let imported = try RoadmapImporter.importDocument(
            text: text, fileName: "003.txt", owner: .municipality(MunicipalityID("kavkazsky")), period: nil)
        let roadmap = imported.roadmap
        #expect(roadmap.period.start == LocalDate(year: 2021, month: 9, day: 1))
        #expect(roadmap.period.end == LocalDate(year: 2023, month: 2, day: 28))
        #expect(imported.report.scheduleNotes.contains { $0.message.ru.contains("период расширен до 2021-09-01..2023-02-28") })
        // Every dated occurrence is now inside the period: nothing is outside, as of any date.
        let execution = RoadmapEvaluator(asOf: LocalDate(year: 2022, month: 12, day: 31)!).evaluate(
            roadmap, log: nil, schedules: ScheduleIndex())
        #expect(execution.counts.outsidePeriod == 0)
        let parser = ScheduleParser(period: roadmap.period)
        let ends = roadmap.activities.flatMap { parser.parse($0.schedule).occurrences.map(\.end) }
        #expect(ends.filter { $0 > LocalDate(year: 2022, month: 8, day: 31)! }.count >= 18)
        #expect(ends.allSatisfy { roadmap.period.contains($0) })
    }

    /// A 2022 date in a 2023 plan is misdated, not a longer plan: the period stays and the item
    /// is counted «вне периода».
    @Test func deadlinesBeforeThePeriodDoNotWidenIt() throws {
        let text = "План мероприятий на 2023 год\n\n№\tМероприятие\tСроки\n1.\tВедение страницы\t30.12.2022\n2.\tСовещание\tДо 01.03.2023\n"
        let imported = try RoadmapImporter.importDocument(text: text, fileName: "plan.txt", owner: .region, period: nil)
        #expect(imported.roadmap.period == .calendarYear(2023))
        let execution = RoadmapEvaluator(asOf: LocalDate(year: 2023, month: 6, day: 30)!).evaluate(
            imported.roadmap, log: nil, schedules: ScheduleIndex())
        #expect(execution.counts.outsidePeriod == 1)
        #expect(execution.counts.activities == 1)
    }
}

/// Indicators over those who owe (issue 18): the denominator is the units the cascade makes owe
/// the item, «МОУО и ОО» is two shares both required, and a frequency with whole periods and no
/// report is not met.
@Suite struct IndicatorOwingTests {
    static func indicator(_ id: String, asOf: String) throws -> IndicatorResult {
        let workspace = try ExampleFiles.load("kaliningrad-2023").workspace
        let report = ComplianceEvaluator(asOf: try #require(LocalDate(iso: asOf))).evaluate(workspace).report
        return try #require(report.indicators.first { $0.activity == id })
    }

    /// Item 29 «Участие обучающихся в ГИА-11», «100% МОУО и ОО»: the four ООШ do not owe it (school
    /// type), so the schools' share is 6 of 6; no municipality reports it, so 0 of 5 — not met.
    @Test func giaElevenIsOwedByTheSixSecondarySchoolsAndBothSharesAreRequired() throws {
        let result = try Self.indicator("29", asOf: "2023-11-30")
        #expect(result.actual == 0)
        #expect(result.met == false)
        #expect(result.note.ru.contains("школ: выполнили 6 из 6 обязанных"))
        #expect(result.note.ru.contains("МОУО: выполнили 0 из 5 обязанных"))
        #expect(result.note.ru.contains("нужны обе доли"))
    }

    /// Item 11 «Результаты первого мониторинга …», executed by «Региональный координатор» alone,
    /// «100% МОУО и ОО»: the region's own completed record is the figure (it was «no data»).
    @Test func theRegionsOwnRecordCountsForAnItemItExecutesAlone() throws {
        let result = try Self.indicator("11", asOf: "2023-11-30")
        #expect(result.actual == 100)
        #expect(result.met == true)
        #expect(result.note.ru == "выполняет региональный уровень: выполнено")
        // Item 1 is executed by the region, municipalities and schools: the schools' share (10 of
        // 10) and the region's part both count.
        let one = try Self.indicator("1", asOf: "2023-11-30")
        #expect(one.actual == 100)
        #expect(one.met == true)
        #expect(one.note.ru.hasSuffix("; региональный уровень: выполнено"))
    }

    /// «Первый мониторинг исполнения мероприятий дорожной карты» names the checkpoint «Первый
    /// мониторинг» of workspace.json: its «100% от числа школ участниц» is the report's own «школ ≥
    /// минимума» at 30.06 — 7 of 10 = 70 %, not met — also in the 30.11 report; the second
    /// monitoring is not reached at 30.06.
    @Test(arguments: ["2023-06-30", "2023-11-30"])
    func monitoringItemsAreMeasuredByTheCheckpointFigures(_ asOf: String) throws {
        let first = try Self.indicator("10", asOf: asOf)
        #expect(first.actual == 70)
        #expect(first.met == false)
        #expect(first.note.ru.contains("школ не ниже минимума 7 из 10"))
        let second = try Self.indicator("12", asOf: asOf)
        if asOf == "2023-06-30" {
            #expect(second.actual == nil)
            #expect(second.note.ru.contains("она ещё не наступила"))
        } else {
            #expect(second.actual == 70)
        }
    }

    @Test func aFrequencyWithoutReportsAfterWholeMonthsIsNotMet() throws {
        let plan = Roadmap(
            owner: .region, title: "План", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: [
                        Activity(
                            id: "7", title: "Консультации для школ", schedule: "В течение года",
                            executors: "Региональный координатор", indicator: "не реже 1 раза в месяц")
                    ])
            ])
        let workspace = Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: RegionID("r"), name: "Область"), period: .calendarYear(2023)),
            regionalPlan: plan)
        let asOf = try #require(LocalDate(iso: "2023-03-31"))
        let result = try #require(
            IndicatorEvaluator(asOf: asOf).evaluate(workspace, executions: [], schedules: ScheduleIndex(workspace)).first)
        #expect(result.actual == 0)
        #expect(result.met == false)
        #expect(result.note.ru.contains("нет ни одного отчёта о проведении"))
    }
}

/// Region-wide lists print the regional plan's item number with the unit's own number beside it.
@Suite struct ListNumberTests {
    @Test(arguments: [
        (Owner.school(SchoolID("s")), "3.", "r4", "4", "п. 4 плана (3.)"),
        (Owner.municipality(MunicipalityID("m")), "2.5", "2.5", "15", "п. 15 плана (2.5)"),
        (Owner.school(SchoolID("s")), "7.", "risk1", nil, "7."),
        (Owner.region, "31.", "31", nil, "п. 31 плана"),
    ])
    func planNumberFirst(_ owner: Owner, _ number: String, _ id: String, _ plan: String?, _ expected: String) {
        var item = ActivityItem(
            owner: owner, activity: id, number: number, title: "", deadline: nil, documents: [], executors: "")
        item.planItem = plan
        #expect(ReportFormatting(language: .ru).listNumber(item) == expected)
    }
}
