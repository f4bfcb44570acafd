import Foundation
import RoadmapKit

/// `roadmap amend <workspace> --activity region:30 --schedule TEXT --reason TEXT`: a recorded
/// correction of an activity's deadline instead of a JSON edit.
enum AmendCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["amend"], summary: "Correct an activity's deadline, recording who, why and when.",
        discussion: """
            Replaces the schedule («Сроки») of one activity and appends the correction to
            amendments.json: the previous and new text, the reason, the order behind it, who made it
            and the date. `roadmap explain` shows the corrections of the chain it explains.
            The activity is region:N, municipality:ID:N or school:ID:N (N is the activity's id).
            The date is --on, else today. Nothing is written when the workspace has a file that
            cannot be read. Exit 0 when recorded, 1 when refused, 2 on a usage error.
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--activity", value: "REF", help: "region:N, municipality:ID:N or school:ID:N (required)."),
            OptionSpec("--schedule", value: "TEXT", help: "The new deadline as a document writes it (required)."),
            OptionSpec("--reason", value: "TEXT", help: "Why the deadline changes (required)."),
            OptionSpec("--order", value: "TEXT", help: "The order behind the change («№ 28/2 от 01.03.2023»)."),
            OptionSpec("--by", value: "TEXT", help: "Who records the change."),
            OptionSpec("--on", value: "YYYY-MM-DD", help: "The date of the change (default: today)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let text = arguments.value("--activity") else {
            throw UsageError("missing option --activity <region:N|municipality:ID:N|school:ID:N>", command: spec.name)
        }
        guard let (owner, activity) = Amendment.parseReference(text) else {
            throw UsageError(
                "--activity takes region:N, municipality:ID:N or school:ID:N, found '\(text)'", command: spec.name)
        }
        guard let schedule = arguments.value("--schedule") else {
            throw UsageError("missing option --schedule <TEXT>", command: spec.name)
        }
        guard let reason = arguments.value("--reason") else {
            throw UsageError("missing option --reason <TEXT>", command: spec.name)
        }
        let date: LocalDate
        if let on = arguments.value("--on") {
            guard let parsed = LocalDate(iso: on) else {
                throw UsageError("--on takes a date as YYYY-MM-DD that exists, found '\(on)'", command: spec.name)
            }
            date = parsed
        } else {
            // The CLI reads the clock; the library takes the date as an input.
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(iso: "1970-01-01")!
        }
        let store = WorkspaceStore(directory: context.url(arguments.positionals[0]))
        let loaded = try store.load()
        let unreadable = loaded.findings.filter { $0.severity == .error }
        if !unreadable.isEmpty {
            for finding in unreadable { context.err(finding.formatted(context.language) + "\n") }
            context.err(
                context.text(
                    ru: "ошибка: рабочая область прочитана не полностью; поправка не записана\n",
                    en: "error: the workspace could not be read in full; nothing was written\n"))
            return ExitCode.failure
        }
        let log = try AmendmentLog.load(workspace: store.directory)
        do {
            let (roadmap, amendment) = try loaded.workspace.amendingSchedule(
                of: owner, activity: activity, to: schedule, reason: reason, order: arguments.value("--order"),
                by: arguments.value("--by"), on: date)
            let parsed = ScheduleParser(period: roadmap.period).parse(amendment.value)
            try store.record(amendment, roadmap: roadmap, log: log)
            context.out(context.text(ru: "записано: ", en: "recorded: ") + amendment.line(context.language) + "\n")
            if !parsed.isMeasurable {
                context.err(
                    context.text(
                        ru: "предупреждение: срок «\(amendment.value)» не задаёт проверяемой даты (см. roadmap schedule)\n",
                        en: "warning: the schedule “\(amendment.value)” gives no date a checkpoint can measure (see roadmap schedule)\n"))
            }
            return ExitCode.success
        } catch let error as Workspace.AmendError {
            context.err("error: \(error.message.text(context.language))\n")
            return ExitCode.failure
        }
    }
}
