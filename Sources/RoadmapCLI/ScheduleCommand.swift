import Foundation
import RoadmapKit

/// `roadmap schedule "<text>" --period 2023`: show how a deadline text is understood.
enum ScheduleCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["schedule"],
        summary: LocalizedText(
            ru: "Показать, как понимается текст срока («сроки») в периоде.",
            en: "Show how a deadline text («сроки») is understood in a period."),
        discussion: LocalizedText(
            ru: """
                Разбирает один текст срока так, как разбиралась бы ячейка дорожной карты, и выводит его вид,
                нормализованную форму, каждый срок, учитывается ли он в проценте выполнения, и предупреждения.
                Периоды: 2023 (календарный год), 2021-2022 (учебный год с 1 сентября),
                "2022-2025 гг." (несколько лет), 2023-01-01..2023-12-31 (явные даты).
                Код 0 — текст понят (дата вне периода — только предупреждение), 1 — часть текста не понята
                или дата невозможна, 2 — ошибка в командной строке.
                --format json выводит: text, period, kind, measurable, understood, normalized,
                finalDeadline, condition, leftover, recurrence {unit, minimumTimes},
                occurrences [{start, end}], warnings [{code, message}], notes, а с --as-of
                status {asOf, due, open, next}. Даты — ГГГГ-ММ-ДД; у срока «до» нет start.
                """,
            en: """
                Parses one deadline text as a roadmap cell would be parsed and prints its kind, the
                normalised form, every occurrence, whether it counts in compliance, and any warning.
                Periods: 2023 (calendar year), 2021-2022 (academic year from 1 September),
                "2022-2025 гг." (several years), 2023-01-01..2023-12-31 (explicit dates).
                Exit 0 when the text is understood (a date outside the period is only a warning),
                1 when part of it is not understood or a date is impossible, 2 on a usage error.
                --format json prints: text, period, kind, measurable, understood, normalized,
                finalDeadline, condition, leftover, recurrence {unit, minimumTimes},
                occurrences [{start, end}], warnings [{code, message}], notes, and with --as-of
                status {asOf, due, open, next}. Dates are YYYY-MM-DD; start is absent for a due date.
                """),
        positionals: [
            PositionalSpec(
                "text", ru: "Текст срока, например \"До 15.02.2023\" или \"ежегодно (июнь, декабрь)\".",
                en: "The deadline text, e.g. \"До 15.02.2023\" or \"ежегодно (июнь, декабрь)\".")
        ],
        options: [
            OptionSpec(
                "--period", value: "PERIOD", ru: "Период дорожной карты: 2023, 2021-2022, \"2022-2025 гг.\".",
                en: "The roadmap's period: 2023, 2021-2022, \"2022-2025 гг.\"."),
            OptionSpec(
                "--as-of", value: "DATE", ru: "Показать также, что наступило, открыто и следующее на эту дату (ГГГГ-ММ-ДД).",
                en: "Also show what is due, open and next on this date (YYYY-MM-DD)."),
            OptionSpec(
                "--workspace", value: "DIR",
                ru: "Читать четверти и триместры по датам workspace.json этой папки (schoolCalendar), а не по обычным.",
                en: "Read terms (четверти, триместры) with this workspace's dates (workspace.json schoolCalendar), not the usual ones."),
            OptionSpec(
                "--format", value: "text|json", ru: "Формат вывода (по умолчанию: text).", en: "Output format (default: text)."),
        ]
    )

    enum Format: String, CaseIterable, Sendable { case text, json }

    struct Options: Sendable {
        var text: String
        var period: Period
        var asOf: LocalDate?
        var format: Format
        /// The workspace whose school calendar terms are read with; the usual dates without one.
        var workspace: String? = nil
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        guard let period = try PeriodArgument.parse(arguments) else {
            throw arguments.error(
                ru: "не указан параметр --period (например, --period 2023)", en: "missing option '--period' (e.g. --period 2023)")
        }
        var asOf: LocalDate?
        if let text = arguments.value("--as-of") {
            guard let date = LocalDate(iso: text) ?? LocalDate(russian: text) else {
                throw arguments.error(
                    ru: "--as-of: ожидается дата в виде ГГГГ-ММ-ДД, получено «\(text)»",
                    en: "invalid --as-of '\(text)'; expected a date as YYYY-MM-DD")
            }
            asOf = date
        }
        return Options(
            text: arguments.positionals[0], period: period, asOf: asOf,
            format: try arguments.choice("--format", default: Format.text), workspace: arguments.value("--workspace"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let calendar = try options.workspace.map { try RoadmapProject.open(context.url($0)).workspace.settings.schoolCalendar }
        let schedule = ScheduleParser(period: options.period, calendar: calendar ?? .standard).parse(options.text)
        if options.format == .json {
            context.out(
                try ScheduleReport(schedule, period: options.period, asOf: options.asOf, language: context.language).json() + "\n")
        } else {
            context.out(render(schedule, period: options.period, asOf: options.asOf, context: context))
        }
        return schedule.isFullyUnderstood ? ExitCode.success : ExitCode.failure
    }

    static func render(_ schedule: Schedule, period: Period, asOf: LocalDate?, context: CommandContext) -> String {
        let language = context.language
        let t = context.text
        var lines: [String] = []
        func row(_ label: String, _ value: String) {
            let padded = label.count < 16 ? label + String(repeating: " ", count: 16 - label.count) : label + " "
            lines.append(padded + value)
        }
        row(t("текст:", "text:"), "«\(schedule.text.replacingOccurrences(of: "\n", with: "⏎"))»")
        row(t("период:", "period:"), period.canonicalText)
        row(t("вид:", "kind:"), schedule.kind.name(language))
        row(t("понято как:", "understood as:"), schedule.rendering(language))
        row(
            t("учёт:", "compliance:"),
            schedule.isMeasurable
                ? t("учитывается в проценте выполнения по каждому сроку", "counts in compliance, per occurrence")
                : t("учитывается только после выполнения", "counts only once done"))
        if let condition = schedule.condition { row(t("условие:", "condition:"), condition) }
        if let recurrence = schedule.recurrence {
            row(t("повтор:", "repeats:"), language == .ru ? recurrence.russianText : recurrence.englishText)
        }
        if let final = schedule.finalDeadline { row(t("итоговый срок:", "final deadline:"), final.russianString) }
        if let leftover = schedule.leftover { row(t("не распознано:", "not understood:"), "«\(leftover)»") }
        lines.append(t("сроки (\(schedule.occurrences.count)):", "occurrences (\(schedule.occurrences.count)):"))
        for (index, occurrence) in schedule.occurrences.enumerated() {
            lines.append("  \(index + 1). \(occurrence.text(language))")
        }
        if let asOf {
            let status = schedule.status(asOf: asOf)
            lines.append(t("на \(asOf.russianString):", "as of \(asOf.russianString):"))
            lines.append(
                "  " + t("наступили сроки: \(status.due.count)", "due: \(status.due.count)")
                    + (status.due.isEmpty ? "" : " (\(status.due.map { $0.text(language) }.joined(separator: "; ")))"))
            lines.append("  " + t("открыт: ", "open: ") + (status.open?.text(language) ?? "—"))
            lines.append("  " + t("следующий: ", "next: ") + (status.next?.text(language) ?? "—"))
        }
        for note in schedule.notes { lines.append(t("примечание: ", "note: ") + note.text(language)) }
        for warning in schedule.warnings {
            lines.append(t("предупреждение", "warning") + " [\(warning.code.rawValue)]: \(warning.message.text(language))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The JSON form of `roadmap schedule --format json` (fields documented in Docs/schedules.md).
struct ScheduleReport: Encodable {
    struct Window: Encodable {
        var start: LocalDate?
        var end: LocalDate
        init(_ o: Occurrence) {
            start = o.start
            end = o.end
        }
    }
    struct Warning: Encodable {
        var code: String
        var message: String
    }
    struct Status: Encodable {
        var asOf: LocalDate
        var due: [Window]
        var open: Window?
        var next: Window?
    }

    var text: String
    var period: String
    var kind: String
    var measurable: Bool
    var understood: Bool
    var normalized: String
    var finalDeadline: LocalDate?
    var condition: String?
    var leftover: String?
    var recurrence: ScheduleRecurrence?
    var occurrences: [Window]
    var warnings: [Warning]
    var notes: [String]
    var status: Status?

    init(_ schedule: Schedule, period: Period, asOf: LocalDate?, language: Language) {
        text = schedule.text
        self.period = period.canonicalText
        kind = schedule.kind.rawValue
        measurable = schedule.isMeasurable
        understood = schedule.isFullyUnderstood
        normalized = schedule.rendering(language)
        finalDeadline = schedule.finalDeadline
        condition = schedule.condition
        leftover = schedule.leftover
        recurrence = schedule.recurrence
        occurrences = schedule.occurrences.map(Window.init)
        warnings = schedule.warnings.map { Warning(code: $0.code.rawValue, message: $0.message.text(language)) }
        notes = schedule.notes.map { $0.text(language) }
        status = asOf.map { date in
            let s = schedule.status(asOf: date)
            return Status(asOf: date, due: s.due.map(Window.init), open: s.open.map(Window.init), next: s.next.map(Window.init))
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
