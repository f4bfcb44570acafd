import Foundation
import RoadmapKit

/// `roadmap progress form <workspace> --municipality ID [--school ID] --output DIR`: a form per
/// school to fill in and send back (`progress import` reads it).
enum ProgressFormCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["progress", "form"],
        summary: LocalizedText(
            ru: "Записать форму отчёта (xlsx или CSV) для каждой школы, чтобы заполнить и вернуть.",
            en: "Write a progress form (xlsx or CSV) per school to fill in and send back."),
        discussion: LocalizedText(
            ru: """
                Записывает <school-id>.xlsx (или .csv) в --output для каждой школы муниципалитета (или каждой
                --school): по строке на мероприятие дорожной карты школы и по строке на каждый срок
                повторяющегося мероприятия, с номером, содержанием, сроком и требуемыми документами; школа
                заполняет Статус (выпадающий список), Дата выполнения, Подтверждающий документ и
                Комментарий. Скрытые столбцы несут id школы и мероприятия, которые читает progress import
                (см. Docs/import.md, «Progress forms»). Школе нужна её дорожная карта в рабочей области
                (её делает roadmap skeleton). Существующая форма без --force не заменяется: школа могла её
                заполнить. Всё проверяется до любой записи; непрочитанный файл рабочей области
                останавливает запуск (код 1).
                """,
            en: """
                Writes <school-id>.xlsx (or .csv) into --output for every school of the municipality (or each
                --school): one row per activity of the school's roadmap, and one per occurrence of a recurring
                activity, with its number, content, deadline and required documents; the school fills
                Статус (a drop-down), Дата выполнения, Подтверждающий документ and Комментарий. Hidden
                columns carry the school and activity ids that progress import reads back (see
                Docs/import.md, «Progress forms»). A school needs its roadmap in the workspace (roadmap
                skeleton makes it). An existing form is never replaced without --force: a school may have
                filled it. Everything is checked before anything is written; a workspace file that cannot be
                read stops the run (exit 1).
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--municipality", value: "ID", ru: "Муниципалитет, школы которого получают формы (обязательно).",
                en: "The municipality whose schools get forms (required)."),
            OptionSpec("--school", value: "ID", repeatable: true, ru: "Только эта школа.", en: "Only this school."),
            OptionSpec(
                "--output", value: "DIR", ru: "Папка, куда записываются формы (обязательно).",
                en: "The directory the forms go to (required)."),
            OptionSpec(
                "--format", value: "xlsx|csv", ru: "Формат формы (по умолчанию: xlsx).", en: "Form format (default: xlsx)."),
            OptionSpec("--force", ru: "Заменить уже существующие формы.", en: "Replace forms that exist already."),
        ]
    )

    struct Options: Sendable {
        var workspace: String
        var municipality: MunicipalityID
        var schools: [SchoolID]
        var output: String
        var format: ProgressFormRun.Format
        var force: Bool
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let municipality = try arguments.required("--municipality", "ID")
        guard let output = arguments.value("--output"), output != "-" else {
            throw arguments.error(
                ru: "не указан параметр --output <DIR>: формы — это файлы, по одному на школу",
                en: "missing option --output <DIR>: forms are files, one per school")
        }
        return Options(
            workspace: arguments.positionals[0], municipality: MunicipalityID(municipality),
            schools: arguments.all("--school").map { SchoolID($0) }, output: output,
            format: try arguments.choice("--format", default: ProgressFormRun.Format.xlsx), force: arguments.flag("--force"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let municipality = options.municipality
        let output = options.output
        let path = options.workspace
        let project = try RoadmapProject.open(context.url(path))
        let errors = project.unreadableFiles
        if !errors.isEmpty {
            for finding in errors { context.err(finding.formatted(context.language) + "\n") }
            context.error(
                ru: "\(errors.count) файл(ов) рабочей папки не прочитано; формы не записаны",
                en: "\(errors.count) workspace file(s) could not be read; no form was written")
            return ExitCode.failure
        }
        let request = ProgressFormRun.Request(
            municipality: municipality, schools: options.schools, format: options.format, directory: context.url(output),
            force: options.force, language: context.language)
        // Temporaries a killed run left in the forms' directory (a live run's are kept).
        StaleTemporaries.remove(inDirectory: context.url(output))
        let outputs: [ProgressFormRun.Output]
        do throws(ProgressFormRun.Failure) { outputs = try project.writeProgressForms(request) } catch {
            if case .unknownMunicipality = error {
                try UnitArguments.checkMunicipality(municipality, in: project.workspace, spec: spec)
            }
            var failure = error
            if case .exists(let paths) = error {
                // Name the files as the user typed their directory.
                failure = .exists(paths.map { context.displayPath(URL(fileURLWithPath: $0)) })
            }
            context.err(
                CommandContext.errorPrefix(context.language) + failure.message.text(context.language) + hint(failure, context) + "\n")
            return ExitCode.failure
        }
        for form in outputs {
            context.out(
                context.text(
                    ru: "записано: \(context.displayPath(form.file)) (строк к заполнению: \(form.rows))\n",
                    en: "written: \(context.displayPath(form.file)) (\(form.rows) rows to fill)\n"))
        }
        if outputs.isEmpty {
            context.out(
                context.text(ru: "в муниципалитете нет школ; формы не записаны\n", en: "the municipality has no schools; no form written\n")
            )
        }
        return ExitCode.success
    }

    /// What to run or add on the command line after a refusal (the library's message names no command).
    static func hint(_ failure: ProgressFormRun.Failure, _ context: CommandContext) -> String {
        switch failure {
        case .noRoadmap(_, let municipality):
            context.text(
                ru: "; сначала: roadmap skeleton <папка> --municipality \(municipality)",
                en: "; first run: roadmap skeleton <workspace> --municipality \(municipality)")
        case .exists: context.text(ru: "; чтобы заменить их: --force", en: "; to replace them: --force")
        default: ""
        }
    }
}
