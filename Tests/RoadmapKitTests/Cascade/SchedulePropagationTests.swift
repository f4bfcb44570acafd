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

@Suite struct SchedulePropagationTests {
    let parser = ScheduleParser(period: .calendarYear(2023))
    let resolver = ExecutorResolver(rules: .programmeDefaults)

    /// A regional item from seed 004 with its verbatim schedule.
    func regional(_ id: String, _ schedule: String) -> ResolvedActivity {
        ResolvedActivity(
            link: ActivityLink(level: .region, activity: id), activity: Activity(id: id, title: "x", schedule: schedule),
            sectionTitle: "", schedule: parser.parse(schedule), executors: resolver.resolve("Руководители школ"))
    }

    func municipal(_ id: String, _ schedule: String) -> ResolvedActivity {
        ResolvedActivity(
            link: ActivityLink(level: .municipality, activity: id),
            activity: Activity(id: id, title: "y", schedule: schedule), sectionTitle: "",
            schedule: parser.parse(schedule), executors: resolver.resolve("Отдел образования"))
    }

    @Test func withoutLeadOrTighteningTheVerbatimTextIsKept() {
        let result = SchedulePropagation.propagate(parent: regional("2", "01.02-15.05.2023"), leadDays: 0)
        #expect(result.text == "01.02-15.05.2023")
        #expect(result.origin.kind == .inherited)
        #expect(result.origin.from == [ActivityLink(level: .region, activity: "2")])
        #expect(result.origin.leadDays == nil)
    }

    @Test func leadTimeMovesTheDeadlineAndKeepsTheWindow() {
        let result = SchedulePropagation.propagate(parent: regional("2", "01.02-15.05.2023"), leadDays: 5)
        #expect(result.text == "01.02.2023–10.05.2023")
        #expect(result.origin.kind == .tightened)
        #expect(result.origin.leadDays == 5)
    }

    @Test func leadTimeOnADueDate() {
        let result = SchedulePropagation.propagate(parent: regional("1", "До 15.02.2023"), leadDays: 3)
        #expect(result.text == "до 12.02.2023")
    }

    @Test func aStricterMunicipalItemTightensTheWindow() {
        let result = SchedulePropagation.propagate(
            parent: regional("5", "15.04-15.05.2023"), leadDays: 0, tighteners: [municipal("2.1", "До 30.04.2023")])
        #expect(result.text == "15.04.2023–30.04.2023")
        #expect(result.origin.kind == .tightened)
        #expect(
            result.origin.from == [
                ActivityLink(level: .region, activity: "5"), ActivityLink(level: .municipality, activity: "2.1"),
            ])
        #expect(result.origin.note?.contains("municipality:2.1") == true)
    }

    @Test func aLaterMunicipalItemDoesNotLoosenTheParent() {
        let result = SchedulePropagation.propagate(
            parent: regional("5", "15.04-15.05.2023"), leadDays: 0, tighteners: [municipal("2.1", "До 31.05.2023")])
        #expect(result.text == "15.04-15.05.2023")
        #expect(result.origin.kind == .inherited)
    }

    @Test func schoolLeadAppliesAfterMunicipalTightening() {
        let result = SchedulePropagation.propagate(
            parent: regional("5", "15.04-15.05.2023"), leadDays: 2, tighteners: [municipal("2.1", "До 30.04.2023")],
            lowerLeadDays: 2)
        #expect(result.text == "15.04.2023–28.04.2023")
        #expect(result.origin.leadDays == 2)
    }

    @Test(arguments: ["По мере необходимости", "в соответствии с графиком", "когда-нибудь потом"])
    func conditionalAndUnknownSchedulesStayAsWritten(text: String) {
        let item = regional("19", text)
        #expect(item.schedule.kind == .conditional || item.schedule.kind == .unknown)
        let result = SchedulePropagation.propagate(parent: item, leadDays: 7)
        #expect(result.text == text)
        #expect(result.origin.kind == .inherited)
        #expect(result.occurrences.isEmpty)
    }

    @Test func aScheduledRecurringItemKeepsItsConditionNote() {
        // Item 19 of the plan: two half-year windows «в соответствии с графиком».
        let item = regional("19", "2023 в соответствии с графиком на первое, второе полугодие")
        let result = SchedulePropagation.propagate(parent: item, leadDays: 7)
        #expect(result.text.hasPrefix("01.01.2023–23.06.2023; 01.07.2023–24.12.2023"))
        #expect(result.text.hasSuffix("(в соответствии с графиком)"))
        #expect(parser.parse(result.text).occurrences == result.occurrences)
    }

    @Test func anAnnualMunicipalItemTightensWithItsOccurrenceInThePlanYear() {
        var annual = municipal("2.8", "До 31 мая ежегодно")
        annual.schedule = ScheduleParser(period: .multiYear(from: 2022, through: 2024)).parse("До 31 мая ежегодно")
        let result = SchedulePropagation.propagate(parent: regional("10", "30.06.2023"), leadDays: 0, tighteners: [annual])
        #expect(result.text == "до 31.05.2023")
        #expect(result.origin.from.last == ActivityLink(level: .municipality, activity: "2.8"))
    }

    @Test func recurringItemsKeepTheirOccurrences() throws {
        var item = regional("10", "30.06.2023, 30.11.2023")
        let june = try #require(LocalDate(year: 2023, month: 6, day: 30))
        let november = try #require(LocalDate(year: 2023, month: 11, day: 30))
        item.schedule = Schedule(
            text: item.activity.schedule, kind: .recurring, occurrences: [Occurrence(end: june), Occurrence(end: november)])
        let result = SchedulePropagation.propagate(parent: item, leadDays: 5)
        #expect(result.text == "до 25.06.2023; до 25.11.2023")
        #expect(result.occurrences.count == 2)
    }

    @Test func documentsAreRenamedByRuleOrKept() {
        let rules = CascadeRules.programmeDefaults
        #expect(rules.lowerDocumentName("Программы развития общеобразовательных организаций") == "Программа развития ОО")
        #expect(rules.lowerDocumentName("Рисковые профили") == "Рисковый профиль ОО")
        #expect(rules.lowerDocumentName("Аналитическая справка") == "Аналитическая справка")
    }

    @Test(
        arguments: [
            ("100% от числа школ участниц", nil), ("100% МОУО и ОО", nil), ("50 чел.", nil),
            ("Не менее 5 мероприятий", "Не менее 5 мероприятий"),
            ("Не менее 50% от общего числа учителей", "Не менее 50% от общего числа учителей"),
            ("Квота Академии Повышение квалификации по ФГОС, плановое", "Квота Академии Повышение квалификации по ФГОС, плановое"),
        ] as [(String, String?)])
    func indicatorsThatMeasureTheRegionAreNotCopied(indicator: String, expected: String?) {
        #expect(IndicatorApplicability.schoolIndicator(indicator) == expected)
    }
}
