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

/// Documents in shapes the seeds do not have: the pipeline recognises columns by name in any
/// order, continues rows across page breaks and reads plain lists without a header.
@Suite struct LayoutImportTests {
    static func importText(_ text: String, period: Period? = nil) throws -> ImportedDocument {
        try RoadmapImporter.importDocument(text: text, fileName: "doc.txt", owner: .school("s1"), period: period)
    }

    @Test func markdownColumnsInAnotherOrderAcrossAPageBreak() throws {
        let text = """
            Дорожная карта МБОУ СОШ № 3 в 2024 году

            | № п/п | Сроки | Мероприятие | Исполнители | Форма отчетных документов |
            |---|---|---|---|---|
            | 1. Организационный раздел | | | | |
            | 1.1. | до 01.02.2024 | Назначить ответственного | Директор | <p>Приказ</p> |
            | 1.2. | март 2024 | Провести анализ результатов ВПР по | Заместитель | Справка; |
            Страница 2
            | № п/п | Сроки | Мероприятие | Исполнители | Форма отчетных документов |
            |---|---|---|---|---|
            | | | математике и русскому языку | директора по УВР | протокол педсовета |
            | 1.3. | 30.11.2024 | Отчёт о реализации | Директор | Отчёт |
            """
        let imported = try Self.importText(text)
        let roadmap = imported.roadmap
        #expect(roadmap.period == .calendarYear(2024))
        #expect(roadmap.sections.map(\.title) == ["1. Организационный раздел"])
        let a = roadmap.activities
        #expect(a.map(\.id) == ["1.1", "1.2", "1.3"])
        #expect(a[0].documents == ["Приказ"])
        #expect(a[0].schedule == "до 01.02.2024")
        #expect(a[1].title == "Провести анализ результатов ВПР по математике и русскому языку")
        #expect(a[1].executors == "Заместитель директора по УВР")
        #expect(a[1].documents == ["Справка", "протокол педсовета"])
        #expect(imported.report.count(.header) == 2)
        // The page marker is kept as a fragment, not taken for a heading.
        #expect(imported.report.fragments == [ImportFragment(line: 8, text: "Страница 2")])
    }

    @Test func tabSeparatedWithScheduleFirstAndWrappedCells() throws {
        let text = """
            УТВЕРЖДАЮ
            План мероприятий на 2023-2024 учебный год

            Срок\tНаименование мероприятия\tОтветственные\tПоказатель
            Раздел 1. Диагностика\t\t\t
            Сентябрь 2023\tВходная диагностика обучающихся\tУчителя-\t100% обучающихся
            \tпятых классов\tпредметники\t
            Октябрь 2023\tАнализ результатов\tЗаместитель директора\tСправка
            """
        let roadmap = try Self.importText(text).roadmap
        #expect(roadmap.period == .academicYear(startYear: 2023))
        #expect(roadmap.title == "План мероприятий на 2023-2024 учебный год")
        #expect(roadmap.sections.first?.title == "Раздел 1. Диагностика")
        let a = roadmap.activities
        #expect(a.count == 2)
        #expect(a[0].id == "a1")
        #expect(a[0].number == nil)
        #expect(a[0].title == "Входная диагностика обучающихся пятых классов")
        #expect(a[0].executors == "Учителя-предметники")
        #expect(a[0].indicator == "100% обучающихся")
        #expect(a[1].schedule == "Октябрь 2023")
    }

    @Test func aPlainNumberedListWithoutHeader() throws {
        let text = """
            Дорожная карта школы на 2023-2024 учебный год

            1. Анализ результатов ГИА
            до 01.10.2023
            2. Разработка программы повышения качества
            образования
            ноябрь-декабрь
            2. Мониторинг программы май
            """
        let imported = try Self.importText(text)
        let a = imported.roadmap.activities
        #expect(imported.report.layout == .plainText)
        #expect(a.map(\.id) == ["1", "2", "2-2"])
        #expect(a.map(\.number) == ["1.", "2.", "2."])
        #expect(a[1].title == "Разработка программы повышения качества образования")
        #expect(a.map(\.schedule) == ["до 01.10.2023", "ноябрь-декабрь", "май"])
    }

    @Test func byteOrderMarkAndWindowsLineEndingsChangeNothing() throws {
        let text = try Fixture.text(Fixture.Seed.kaliningrad.path)
        let plain = try Self.importText(text)
        let windows = try Self.importText("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windows.roadmap == plain.roadmap)
        #expect(windows.report.lineUses == plain.report.lineUses)
    }

    @Test func noActivityColumnIsAnErrorNamingTheFile() {
        let text = "| Школа | Адрес |\n|---|---|\n| СОШ № 1 | ул. Мира, 1 |\n"
        #expect(throws: ImportError.noActivityColumn(fileName: "doc.txt")) {
            try Self.importText(text, period: .calendarYear(2023))
        }
        #expect(throws: ImportError.empty(fileName: "doc.txt")) { try Self.importText("\n  \n") }
    }

    @Test(arguments: [
        ("Мероприятие", ColumnRole.activity), ("Мероприятия", .activity), ("Наименование мероприятия", .activity),
        ("Описание действия", .activity), ("Содержание деятельности", .activity),
        ("Мероприятие (содержание деятельности)", .activity), ("Сроки", .schedule), ("Сроки реализации", .schedule),
        ("Сроки исполнения", .schedule), ("Срок", .schedule), ("Ответственный", .executors),
        ("Ответственные", .executors), ("Исполнители", .executors), ("Показатель", .indicator),
        ("Показатель реализации", .indicator), ("Показатели выполнения", .indicator),
        ("Региональный показатель реализации", .indicator), ("Результат", .indicator),
        ("Форма отчетных документов", .documents), ("Формы отчетных документов", .documents),
        ("Форма предъявления", .documents), ("Информационное сопровождение проекта", .documents),
        ("Информационное сопровождение мероприятий", .documents), ("№", .number), ("№ п/п", .number),
        ("№ пп", .number), ("Задача", .task), ("Наименование целевого показателя", .targetName),
        ("Единица измерения", .unit), ("2024", .year(2024)), ("Контрольная точка", .other),
    ])
    func columnNames(_ header: String, _ role: ColumnRole) {
        #expect(ColumnRole.recognise(header) == role)
    }

    @Test(arguments: [
        ("2.1. Диагностика", "2.1.", "Диагностика"), ("1.1 Анализ", "1.1", "Анализ"),
        ("1.Аналитико-прогностические", "1.", "Аналитико-прогностические"), ("10.", "10.", ""),
    ])
    func numbersPrefixingText(_ text: String, _ number: String, _ rest: String) throws {
        let split = try #require(ActivityNumber.split(text))
        #expect(split.number == number)
        #expect(split.rest == rest)
    }

    @Test(arguments: ["2023 в соответствии с графиком", "01.02-15.05.2023", "30.06.2023", "100% от числа школ", "Итоги"])
    func notNumbers(_ text: String) {
        #expect(ActivityNumber.split(text) == nil)
    }

    @Test(arguments: [
        ("Об утверждении плана на 2022 – 2024 годы", Period.multiYear(from: 2022, through: 2024)),
        ("Дорожная карта на 2021-2022 учебный год", .academicYear(startYear: 2021)),
        ("оказание помощи в 2023 году", .calendarYear(2023)),
        ("в Андроповском муниципальном округе на 2022-2025 гг.", .multiYear(from: 2022, through: 2025)),
    ])
    func periodPhrases(_ text: String, _ period: Period) {
        #expect(PreambleReader.period(in: text)?.period == period)
    }

    @Test(arguments: [
        ("« 13 » января 2023 года", LocalDate(year: 2023, month: 1, day: 13)),
        ("17.01.2022 г.", LocalDate(year: 2022, month: 1, day: 17)),
        ("от 27 апреля 2020 г.", LocalDate(year: 2020, month: 4, day: 27)),
        ("От « 03 » 06 2022 года", LocalDate(year: 2022, month: 6, day: 3)),
        ("приказом УО от 17.01.22 № 33/1", LocalDate(year: 2022, month: 1, day: 17)),
    ])
    func orderDates(_ text: String, _ date: LocalDate?) {
        #expect(RussianDateText.firstDate(in: text) == date)
    }

    @Test(arguments: [
        ("… различных форм апрель", "апрель"), ("… учреждений в В течении года", "В течении года"),
        ("Разработка программ на уровне школ. март", "март"),
    ])
    func trailingDeadlines(_ text: String, _ schedule: String) {
        #expect(SchedulePhrase.splitTrailing(text)?.schedule == schedule)
    }

    @Test func deadlineLinesAndWrappedDeadlines() {
        #expect(SchedulePhrase.isScheduleLine("Март- апрель"))
        #expect(SchedulePhrase.isScheduleLine("апрель, далее в"))
        #expect(SchedulePhrase.isDangling("апрель, далее в"))
        #expect(SchedulePhrase.isScheduleLine("течении года"))
        #expect(!SchedulePhrase.isScheduleLine("Сетевое взаимодействие"))
        #expect(!SchedulePhrase.isScheduleLine("3"))
    }
}
