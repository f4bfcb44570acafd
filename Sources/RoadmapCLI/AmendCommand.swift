import Foundation
import RoadmapKit

/// `roadmap amend <workspace> --activity region:30 --schedule TEXT --reason TEXT`: a recorded
/// correction of an activity's deadline instead of a JSON edit.
enum AmendCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["amend"],
        summary: LocalizedText(
            ru: "Исправить срок мероприятия, записав, кто, почему и когда.",
            en: "Correct an activity's deadline, recording who, why and when."),
        discussion: LocalizedText(
            ru: """
                Заменяет срок («Сроки») одного мероприятия и дописывает поправку в amendments.json:
                прежний и новый текст, причину, приказ, кто внёс и дату. `roadmap explain` показывает
                поправки объясняемой цепочки. Мероприятие — region:N, municipality:ID:N или school:ID:N
                (N — id мероприятия). Дата — --on, иначе сегодня. Ничего не записывается, если в рабочей
                области есть непрочитанный файл. Код 0 — записано, 1 — отказ, 2 — ошибка в командной строке.
                """,
            en: """
                Replaces the schedule («Сроки») of one activity and appends the correction to
                amendments.json: the previous and new text, the reason, the order behind it, who made it
                and the date. `roadmap explain` shows the corrections of the chain it explains.
                The activity is region:N, municipality:ID:N or school:ID:N (N is the activity's id).
                The date is --on, else today. Nothing is written when the workspace has a file that
                cannot be read. Exit 0 when recorded, 1 when refused, 2 on a usage error.
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--activity", value: "REF", ru: "region:N, municipality:ID:N или school:ID:N (обязательно).",
                en: "region:N, municipality:ID:N or school:ID:N (required)."),
            OptionSpec(
                "--schedule", value: "TEXT", ru: "Новый срок так, как его пишет документ (обязательно).",
                en: "The new deadline as a document writes it (required)."),
            OptionSpec(
                "--reason", value: "TEXT", ru: "Почему меняется срок (обязательно).", en: "Why the deadline changes (required)."),
            OptionSpec(
                "--order", value: "TEXT", ru: "Приказ, на основании которого вносится изменение («№ 28/2 от 01.03.2023»).",
                en: "The order behind the change («№ 28/2 от 01.03.2023»)."),
            OptionSpec("--by", value: "TEXT", ru: "Кто вносит изменение.", en: "Who records the change."),
            OptionSpec(
                "--on", value: "YYYY-MM-DD", ru: "Дата изменения (по умолчанию: сегодня).",
                en: "The date of the change (default: today)."),
        ]
    )

    struct Options: Sendable {
        var workspace: String
        var owner: Owner
        var activity: String
        var schedule: String
        var reason: String
        var order: String?
        var by: String?
        /// `nil`: today (the CLI reads the clock, the library takes the date).
        var on: LocalDate?
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let text = try arguments.required("--activity", "region:N|municipality:ID:N|school:ID:N")
        guard let (owner, activity) = Amendment.parseReference(text) else {
            throw arguments.error(
                ru: "--activity: ожидается region:N, municipality:ID:N или school:ID:N, получено «\(text)»",
                en: "--activity takes region:N, municipality:ID:N or school:ID:N, found '\(text)'")
        }
        return Options(
            workspace: arguments.positionals[0], owner: owner, activity: activity,
            schedule: try arguments.required("--schedule", "TEXT"), reason: try arguments.required("--reason", "TEXT"),
            order: arguments.value("--order"), by: arguments.value("--by"), on: try arguments.date("--on"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let date: LocalDate
        if let on = options.on {
            date = on
        } else {
            // The CLI reads the clock; the library takes the date as an input.
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(iso: "1970-01-01")!
        }
        // Locked from the read to the write; a file that cannot be used stops it before writing.
        let writer = try context.openProjectForWriting(options.workspace)
        defer { writer.release() }
        let store = writer.store
        let log = try AmendmentLog.load(workspace: store.directory)
        do {
            let (roadmap, amendment) = try writer.project.workspace.amendingSchedule(
                of: options.owner, activity: options.activity, to: options.schedule, reason: options.reason,
                order: options.order, by: options.by, on: date)
            let parsed = ScheduleParser(period: roadmap.period, calendar: writer.project.workspace.settings.schoolCalendar)
                .parse(amendment.value)
            try store.record(amendment, roadmap: roadmap, log: log)
            context.out(context.text(ru: "записано: ", en: "recorded: ") + amendment.line(context.language) + "\n")
            if !parsed.isMeasurable {
                context.warning(
                    ru: "срок «\(amendment.value)» не задаёт проверяемой даты (см. roadmap schedule)",
                    en: "the schedule “\(amendment.value)” gives no date a checkpoint can measure (see roadmap schedule)")
            }
            return ExitCode.success
        } catch let error as Workspace.AmendError {
            // The library says what is wrong; the command line names the option to fix.
            let option: String
            switch error {
            case .emptyReason: option = " (--reason)"
            case .emptySchedule: option = " (--schedule)"
            default: option = ""
            }
            context.err(CommandContext.errorPrefix(context.language) + error.message.text(context.language) + option + "\n")
            return ExitCode.failure
        }
    }
}
