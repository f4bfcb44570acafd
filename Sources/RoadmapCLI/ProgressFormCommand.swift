import Foundation
import RoadmapKit

/// `roadmap progress form <workspace> --municipality ID [--school ID] --output DIR`: a form per
/// school to fill in and send back (`progress import` reads it).
enum ProgressFormCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["progress", "form"], summary: "Write a progress form (xlsx or CSV) per school to fill in and send back.",
        discussion: """
            Writes <school-id>.xlsx (or .csv) into --output for every school of the municipality (or each
            --school): one row per activity of the school's roadmap, and one per occurrence of a recurring
            activity, with its number, content, deadline and required documents; the school fills
            Статус (a drop-down), Дата выполнения, Подтверждающий документ and Комментарий. Hidden
            columns carry the school and activity ids that progress import reads back (see
            Docs/import.md, «Progress forms»). A school needs its roadmap in the workspace (roadmap
            skeleton makes it). An existing form is never replaced without --force: a school may have
            filled it. Everything is checked before anything is written; a workspace file that cannot be
            read stops the run (exit 1).
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--municipality", value: "ID", help: "The municipality whose schools get forms (required)."),
            OptionSpec("--school", value: "ID", repeatable: true, help: "Only this school."),
            OptionSpec("--output", value: "DIR", help: "The directory the forms go to (required)."),
            OptionSpec("--format", value: "xlsx|csv", help: "Form format (default: xlsx)."),
            OptionSpec("--force", help: "Replace forms that exist already."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let municipality = arguments.value("--municipality") else {
            throw UsageError("missing option --municipality <ID>", command: spec.name)
        }
        guard let output = arguments.value("--output"), output != "-" else {
            throw UsageError("missing option --output <DIR>: forms are files, one per school", command: spec.name)
        }
        let formatText = try ComplianceReportOptions.choice(
            arguments.value("--format") ?? "xlsx", option: "--format", among: ["xlsx", "csv"], spec: spec)
        let path = arguments.positionals[0]
        let loaded = try WorkspaceStore(directory: context.url(path)).load()
        let errors = loaded.findings.filter { $0.severity == .error }
        if !errors.isEmpty {
            for finding in errors { context.err(finding.formatted(context.language) + "\n") }
            context.err(
                context.text(
                    ru: "ошибка: \(errors.count) файл(ов) рабочей папки не прочитано; формы не записаны\n",
                    en: "error: \(errors.count) workspace file(s) could not be read; no form was written\n"))
            return ExitCode.failure
        }
        let request = ProgressFormRun.Request(
            municipality: MunicipalityID(municipality), schools: arguments.all("--school").map { SchoolID($0) },
            format: ProgressFormRun.Format(rawValue: formatText) ?? .xlsx, directory: context.url(output),
            force: arguments.flag("--force"), language: context.language)
        // Temporaries a killed run left in the forms' directory (a live run's are kept).
        StaleTemporaries.remove(inDirectory: context.url(output))
        let outputs: [ProgressFormRun.Output]
        do throws(ProgressFormRun.Failure) { outputs = try ProgressFormRun.run(request, workspace: loaded.workspace) } catch {
            if case .unknownMunicipality = error {
                try UnitArguments.checkMunicipality(municipality, in: loaded.workspace, spec: spec, context: context)
            }
            var failure = error
            if case .exists(let paths) = error {
                // Name the files as the user typed their directory.
                failure = .exists(paths.map { context.displayPath(URL(fileURLWithPath: $0)) })
            }
            context.err(context.text(ru: "ошибка: ", en: "error: ") + failure.message.text(context.language) + "\n")
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
}
