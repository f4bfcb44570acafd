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

func window(_ start: String, _ end: String) -> Occurrence { Occurrence(start: day(start), end: day(end)) }

func due(_ end: String) -> Occurrence { Occurrence(end: day(end)) }

/// The forms the issue lists, each with its period and expected result.
struct ScheduleCase: Sendable, CustomStringConvertible {
    var text: String
    var period: Period
    var kind: ScheduleKind
    var occurrences: [Occurrence]
    var normalized: String? = nil
    var condition: String? = nil
    var warnings: [ScheduleWarning.Code] = []
    var description: String { "«\(text)» in \(period)" }
}

@Suite struct ScheduleParserTests {
    static let y2023 = Period.calendarYear(2023)
    static let academic = Period.academicYear(startYear: 2021)
    static let multi = Period.multiYear(from: 2022, through: 2024)

    static let cases: [ScheduleCase] = [
        // Exact and «by» dates.
        ScheduleCase(text: "30.06.2023", period: y2023, kind: .deadline, occurrences: [due("2023-06-30")], normalized: "до 30.06.2023"),
        ScheduleCase(text: "До 15.02.2023", period: y2023, kind: .deadline, occurrences: [due("2023-02-15")], normalized: "до 15.02.2023"),
        ScheduleCase(text: "в срок до 30.06.2022", period: .calendarYear(2022), kind: .deadline, occurrences: [due("2022-06-30")]),
        ScheduleCase(text: "не позднее 01.09.2023.", period: y2023, kind: .deadline, occurrences: [due("2023-09-01")]),
        ScheduleCase(
            text: "До 31 мая ежегодно", period: multi, kind: .recurring,
            occurrences: [due("2022-05-31"), due("2023-05-31"), due("2024-05-31")],
            normalized: "ежегодно: до 31.05.2022; до 31.05.2023; до 31.05.2024"),
        ScheduleCase(text: "до 15 февраля", period: y2023, kind: .deadline, occurrences: [due("2023-02-15")]),
        // Ranges.
        ScheduleCase(
            text: "01.02-15.05.2023", period: y2023, kind: .window, occurrences: [window("2023-02-01", "2023-05-15")],
            normalized: "01.02.2023–15.05.2023"),
        ScheduleCase(text: "01.03.-20.05.2023", period: y2023, kind: .window, occurrences: [window("2023-03-01", "2023-05-20")]),
        ScheduleCase(text: "01.02.2023 — 15.05.2023", period: y2023, kind: .window, occurrences: [window("2023-02-01", "2023-05-15")]),
        ScheduleCase(text: "с 01.02 по 15.05.2023", period: y2023, kind: .window, occurrences: [window("2023-02-01", "2023-05-15")]),
        ScheduleCase(
            text: "01.11-31.01.2023", period: .academicYear(startYear: 2022), kind: .window,
            occurrences: [window("2022-11-01", "2023-01-31")]),
        ScheduleCase(text: "Май – июнь 2022 г.", period: multi, kind: .window, occurrences: [window("2022-05-01", "2022-06-30")]),
        ScheduleCase(text: "март-апрель 2023г", period: y2023, kind: .window, occurrences: [window("2023-03-01", "2023-04-30")]),
        ScheduleCase(
            text: "октябрь-ноябрь", period: .academicYear(startYear: 2020), kind: .window, occurrences: [window("2020-10-01", "2020-11-30")]
        ),
        ScheduleCase(
            text: "Март- апрель", period: .academicYear(startYear: 2020), kind: .window, occurrences: [window("2021-03-01", "2021-04-30")]),
        ScheduleCase(text: "ноябрь-февраль", period: academic, kind: .window, occurrences: [window("2021-11-01", "2022-02-28")]),
        ScheduleCase(
            text: "январь 2024 август 2025", period: .multiYear(from: 2022, through: 2025), kind: .window,
            occurrences: [window("2024-01-01", "2025-08-31")]),
        ScheduleCase(text: "с марта по май", period: y2023, kind: .window, occurrences: [window("2023-03-01", "2023-05-31")]),
        // Months and seasons without a year.
        ScheduleCase(text: "Август", period: y2023, kind: .window, occurrences: [window("2023-08-01", "2023-08-31")]),
        ScheduleCase(text: "октябрь", period: academic, kind: .window, occurrences: [window("2021-10-01", "2021-10-31")]),
        ScheduleCase(text: "март", period: academic, kind: .window, occurrences: [window("2022-03-01", "2022-03-31")]),
        ScheduleCase(text: "летом", period: y2023, kind: .window, occurrences: [window("2023-06-01", "2023-08-31")]),
        ScheduleCase(
            text: "Ежегодно май", period: multi, kind: .recurring,
            occurrences: [window("2022-05-01", "2022-05-31"), window("2023-05-01", "2023-05-31"), window("2024-05-01", "2024-05-31")]),
        // Several occurrences.
        ScheduleCase(
            text: "Сентябрь 2022/февраль 2023", period: .academicYear(startYear: 2022), kind: .recurring,
            occurrences: [window("2022-09-01", "2022-09-30"), window("2023-02-01", "2023-02-28")],
            normalized: "01.09.2022–30.09.2022; 01.02.2023–28.02.2023"),
        ScheduleCase(
            text: "ежегодно (июнь, декабрь)", period: y2023, kind: .recurring,
            occurrences: [window("2023-06-01", "2023-06-30"), window("2023-12-01", "2023-12-31")]),
        ScheduleCase(
            text: "Ежегодно (сентябрь, май)", period: academic, kind: .recurring,
            occurrences: [window("2021-09-01", "2021-09-30"), window("2022-05-01", "2022-05-31")]),
        ScheduleCase(
            text: "ежегодно (август-сентябрь)", period: multi, kind: .recurring,
            occurrences: [
                window("2022-08-01", "2022-09-30"), window("2023-08-01", "2023-09-30"), window("2024-08-01", "2024-09-30"),
            ]),
        ScheduleCase(
            text: "апрель, далее в течении года", period: .academicYear(startYear: 2020), kind: .recurring,
            occurrences: [window("2021-04-01", "2021-04-30"), window("2021-05-01", "2021-08-31")]),
        ScheduleCase(
            text: "Февраль 2022 г. – далее ежегодно", period: multi, kind: .recurring,
            occurrences: [window("2022-02-01", "2022-02-28"), window("2023-02-01", "2023-02-28"), window("2024-02-01", "2024-02-29")]),
        ScheduleCase(
            text: "в срок до 30.06.2022 далее - ежегодно", period: multi, kind: .recurring,
            occurrences: [due("2022-06-30"), due("2023-06-30"), due("2024-06-30")]),
        // Continuous and periodic.
        ScheduleCase(
            text: "В течение года", period: y2023, kind: .continuous, occurrences: [window("2023-01-01", "2023-12-31")],
            normalized: "в течение 01.01.2023–31.12.2023"),
        ScheduleCase(text: "в течении года", period: academic, kind: .continuous, occurrences: [window("2021-09-01", "2022-08-31")]),
        ScheduleCase(
            text: "в течение учебного года 2021-2022, до декабря 2022 года", period: academic, kind: .continuous,
            occurrences: [window("2021-09-01", "2022-11-30")], warnings: [.outsidePeriod]),
        ScheduleCase(
            text: "постоянно", period: multi, kind: .continuous,
            occurrences: [window("2022-01-01", "2022-12-31"), window("2023-01-01", "2023-12-31"), window("2024-01-01", "2024-12-31")]),
        ScheduleCase(
            text: "один раз в квартал", period: y2023, kind: .recurring,
            occurrences: [
                window("2023-01-01", "2023-03-31"), window("2023-04-01", "2023-06-30"), window("2023-07-01", "2023-09-30"),
                window("2023-10-01", "2023-12-31"),
            ]),
        ScheduleCase(
            text: "01.09-31.12.2023 не реже 1 раза в месяц", period: y2023, kind: .recurring,
            occurrences: [
                window("2023-09-01", "2023-09-30"), window("2023-10-01", "2023-10-31"), window("2023-11-01", "2023-11-30"),
                window("2023-12-01", "2023-12-31"),
            ]),
        ScheduleCase(text: "ежегодно", period: y2023, kind: .recurring, occurrences: [window("2023-01-01", "2023-12-31")]),
        // Conditional and external.
        ScheduleCase(
            text: "По мере необходимости", period: y2023, kind: .conditional, occurrences: [], normalized: "По мере необходимости",
            condition: "По мере необходимости"),
        ScheduleCase(text: "По графику", period: y2023, kind: .conditional, occurrences: [], condition: "По графику"),
        ScheduleCase(
            text: "В соответствии с графиком СКИРО ПК и ПРО", period: y2023, kind: .conditional, occurrences: [],
            condition: "В соответствии с графиком СКИРО ПК и ПРО"),
        ScheduleCase(
            text: "По плану мониторинга ШНОР КК ИПК: сентябрь 2022/февраль 2023", period: .academicYear(startYear: 2022),
            kind: .recurring, occurrences: [window("2022-09-01", "2022-09-30"), window("2023-02-01", "2023-02-28")],
            normalized: "01.09.2022–30.09.2022; 01.02.2023–28.02.2023 (По плану мониторинга ШНОР КК ИПК)",
            condition: "По плану мониторинга ШНОР КК ИПК"),
        ScheduleCase(
            text: "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ", period: academic, kind: .conditional, occurrences: [],
            condition: "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ"),
        ScheduleCase(
            text: "2023 в соответствии с графиком на первое, второе полугодие", period: y2023, kind: .recurring,
            occurrences: [window("2023-01-01", "2023-06-30"), window("2023-07-01", "2023-12-31")],
            condition: "в соответствии с графиком"),
        ScheduleCase(
            text: "В соответствии с графиком СКИРО ПК и ПРО октябрь 2023 г.", period: y2023, kind: .window,
            occurrences: [window("2023-10-01", "2023-10-31")], condition: "В соответствии с графиком СКИРО ПК и ПРО"),
        ScheduleCase(
            text: "до 20 числа каждого месяца", period: y2023, kind: .recurring,
            occurrences: (1...12).map {
                Occurrence(start: LocalDate.firstDay(year: 2023, month: $0), end: LocalDate(year: 2023, month: $0, day: 20)!)
            }),
        ScheduleCase(
            text: "01.03-31.05.2023, до 10 числа", period: y2023, kind: .recurring,
            occurrences: [window("2023-03-01", "2023-03-10"), window("2023-04-01", "2023-04-10"), window("2023-05-01", "2023-05-10")]),
        ScheduleCase(
            text: "каждый квартал", period: .academicYear(startYear: 2022), kind: .recurring,
            occurrences: [
                window("2022-09-01", "2022-09-30"), window("2022-10-01", "2022-12-31"), window("2023-01-01", "2023-03-31"),
                window("2023-04-01", "2023-06-30"), window("2023-07-01", "2023-08-31"),
            ]),
        ScheduleCase(
            text: "раз в полугодие", period: y2023, kind: .recurring,
            occurrences: [window("2023-01-01", "2023-06-30"), window("2023-07-01", "2023-12-31")]),
        ScheduleCase(
            text: "2 раза в год", period: multi, kind: .recurring,
            occurrences: [window("2022-01-01", "2022-12-31"), window("2023-01-01", "2023-12-31"), window("2024-01-01", "2024-12-31")],
            normalized: "не реже 2 раз в год: 01.01.2022–31.12.2022; 01.01.2023–31.12.2023; 01.01.2024–31.12.2024"),
        ScheduleCase(
            text: "в течение 10 дней после проведения ВПР", period: y2023, kind: .conditional, occurrences: [],
            condition: "в течение 10 дней после проведения ВПР"),
        ScheduleCase(text: "по запросу", period: y2023, kind: .conditional, occurrences: [], condition: "по запросу"),
        ScheduleCase(text: "при необходимости", period: y2023, kind: .conditional, occurrences: [], condition: "при необходимости"),
        ScheduleCase(text: "2-3 квартал 2023", period: y2023, kind: .window, occurrences: [window("2023-04-01", "2023-09-30")]),
        ScheduleCase(text: "до конца года", period: y2023, kind: .deadline, occurrences: [due("2023-12-31")]),
        ScheduleCase(text: "15.02", period: y2023, kind: .deadline, occurrences: [due("2023-02-15")]),
        ScheduleCase(text: "к 01.09.2023", period: y2023, kind: .deadline, occurrences: [due("2023-09-01")]),
        ScheduleCase(text: "01.02.23", period: y2023, kind: .deadline, occurrences: [due("2023-02-01")]),
        ScheduleCase(text: "до декабря 2023 года", period: y2023, kind: .deadline, occurrences: [due("2023-11-30")]),
        ScheduleCase(
            text: "в течение всего периода", period: multi, kind: .continuous, occurrences: [window("2022-01-01", "2024-12-31")]),
        ScheduleCase(text: "зима", period: academic, kind: .window, occurrences: [window("2021-12-01", "2022-02-28")]),
        ScheduleCase(text: "в марте 2023", period: y2023, kind: .window, occurrences: [window("2023-03-01", "2023-03-31")]),
        ScheduleCase(text: "сентябрь-май", period: academic, kind: .window, occurrences: [window("2021-09-01", "2022-05-31")]),
        ScheduleCase(text: "15 мая - 15 июня 2023", period: y2023, kind: .window, occurrences: [window("2023-05-15", "2023-06-15")]),
        ScheduleCase(text: "1-15 сентября", period: academic, kind: .window, occurrences: [window("2021-09-01", "2021-09-15")]),
        ScheduleCase(text: "с 15 мая по 15 июня", period: y2023, kind: .window, occurrences: [window("2023-05-15", "2023-06-15")]),
        ScheduleCase(text: "по окончании учебного года", period: academic, kind: .deadline, occurrences: [due("2022-08-31")]),
        ScheduleCase(text: "в конце года", period: y2023, kind: .deadline, occurrences: [due("2023-12-31")]),
        ScheduleCase(text: "3 кв. 2023", period: y2023, kind: .window, occurrences: [window("2023-07-01", "2023-09-30")]),
        ScheduleCase(text: "янв. 2023", period: y2023, kind: .window, occurrences: [window("2023-01-01", "2023-01-31")]),
        ScheduleCase(text: "ежедневно", period: y2023, kind: .continuous, occurrences: [window("2023-01-01", "2023-12-31")]),
        ScheduleCase(
            text: "2021-2022 уч. год", period: academic, kind: .window, occurrences: [window("2021-09-01", "2022-08-31")]),
        ScheduleCase(
            text: "не позднее 10 дней после проведения ВПР", period: y2023, kind: .conditional, occurrences: [],
            condition: "не позднее 10 дней после проведения ВПР"),
        ScheduleCase(
            text: "по итогам полугодия", period: y2023, kind: .conditional, occurrences: [], condition: "по итогам полугодия"),
        // Noise.
        ScheduleCase(text: "  до\n15.02.2023 г.;  ", period: y2023, kind: .deadline, occurrences: [due("2023-02-15")]),
        ScheduleCase(text: "2021 г.-", period: .calendarYear(2021), kind: .window, occurrences: [window("2021-01-01", "2021-12-31")]),
        ScheduleCase(text: "I квартал 2023 года", period: y2023, kind: .window, occurrences: [window("2023-01-01", "2023-03-31")]),
        ScheduleCase(text: "первое полугодие", period: academic, kind: .window, occurrences: [window("2021-09-01", "2021-12-31")]),
    ]

    @Test(arguments: cases)
    func parsesTheIssueForms(_ c: ScheduleCase) {
        let schedule = ScheduleParser(period: c.period).parse(c.text)
        #expect(schedule.kind == c.kind)
        #expect(schedule.occurrences == c.occurrences)
        #expect(schedule.leftover == nil)
        #expect(schedule.warnings.map(\.code) == c.warnings, "\(schedule.warnings.map(\.message.en))")
        if let normalized = c.normalized { #expect(schedule.normalizedText == normalized) }
        #expect(schedule.condition == c.condition)
    }

    @Test func anUndatedMonthInAMultiYearPlanGoesToTheFirstYearWithANote() {
        let schedule = ScheduleParser(period: .multiYear(from: 2022, through: 2025)).parse("март")
        #expect(schedule.occurrences == [window("2022-03-01", "2022-03-31")])
        #expect(schedule.notes.count == 1)
        #expect(schedule.notes.first?.ru.contains("2022") == true)
        #expect(ScheduleParser(period: .calendarYear(2023)).parse("март").notes.isEmpty)
    }

    @Test func measurableAndConditional() {
        let parser = ScheduleParser(period: .calendarYear(2023))
        #expect(parser.parse("До 15.02.2023").isMeasurable)
        #expect(parser.parse("В течение года").isMeasurable)
        #expect(parser.parse("один раз в квартал").isMeasurable)
        #expect(!parser.parse("По мере необходимости").isMeasurable)
        #expect(!parser.parse("непонятный текст").isMeasurable)
        #expect(parser.parse("В течение года в соответствии с графиком").isMeasurable)
    }

    @Test func answersAsOfQuestions() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("один раз в квартал")
        let status = schedule.status(asOf: day("2023-07-15"))
        #expect(status.due == [window("2023-01-01", "2023-03-31"), window("2023-04-01", "2023-06-30")])
        #expect(status.open == window("2023-07-01", "2023-09-30"))
        #expect(status.next == window("2023-10-01", "2023-12-31"))
        #expect(schedule.finalDeadline == day("2023-12-31"))
        let deadline = ScheduleParser(period: .calendarYear(2023)).parse("До 15.02.2023")
        #expect(deadline.due(asOf: day("2023-02-14")).isEmpty)
        #expect(deadline.due(asOf: day("2023-02-15")) == [due("2023-02-15")])
        #expect(deadline.open(asOf: day("2023-02-15")) == due("2023-02-15"))
        #expect(deadline.next(after: day("2023-01-01")) == due("2023-02-15"))
        #expect(deadline.next(after: day("2023-02-15")) == nil)
    }

    @Test func continuousItemsAreDueAtTheEndOfTheirYear() {
        let schedule = ScheduleParser(period: .academicYear(startYear: 2021)).parse("В течение года")
        #expect(schedule.due(asOf: day("2022-06-30")).isEmpty)
        #expect(schedule.open(asOf: day("2022-06-30")) == window("2021-09-01", "2022-08-31"))
        #expect(schedule.due(asOf: day("2022-08-31")).count == 1)
    }

    @Test func englishRendering() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("До 15.02.2023")
        #expect(schedule.rendering(.en) == "by 15.02.2023")
        #expect(ScheduleParser(period: .calendarYear(2023)).parse("ежегодно").rendering(.en) == "yearly: 01.01.2023–31.12.2023")
    }

    @Test func schedulesRoundTripThroughJSON() throws {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("ежегодно (июнь, декабрь), по графику")
        let data = try JSONEncoder().encode(schedule)
        #expect(try JSONDecoder().decode(Schedule.self, from: data) == schedule)
    }
}
