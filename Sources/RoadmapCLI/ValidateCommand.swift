import RoadmapKit

/// `roadmap validate <workspace>`: load everything and report problems with stable codes.
enum ValidateCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["validate"],
        summary: LocalizedText(
            ru: "Проверить рабочую область и вывести проблемы со стабильными кодами.",
            en: "Check a workspace and report problems with stable codes."),
        discussion: LocalizedText(
            ru: """
                Читает все файлы рабочей области и выводит её проблемы, сгруппированные по коду: у каждого
                кода — число и первые несколько примеров. --all выводит по строке на проблему:
                  путь:строка-или-поле: error|warning: [код] сообщение
                а --format json — массив для программ. Код 0 — ошибок нет (предупреждения выводятся),
                1 — найдены ошибки (или предупреждения, с --strict), 2 — ошибка в командной строке.
                """,
            en: """
                Loads every file of the workspace and prints its problems grouped by code: each code
                with its count and the first few examples. --all prints one line per problem:
                  path:line-or-field: error|warning: [code] message
                and --format json an array for tools. Exit 0 when there are no errors (warnings are
                printed), 1 when errors were found (or warnings, with --strict), 2 on a usage error.
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--strict", ru: "Считать предупреждения проблемами (код 1).", en: "Treat warnings as problems (exit 1)."),
            OptionSpec(
                "--all", ru: "Выводить каждую проблему отдельной строкой, без группировки по коду.",
                en: "Print every problem on its own line instead of grouping by code."),
            OptionSpec(
                "--format", value: "text|json", ru: "Формат вывода (по умолчанию: text).",
                en: "Output format (default: text)."),
        ]
    )

    enum Format: String, CaseIterable, Sendable { case text, json }

    struct Options: Sendable {
        var workspace: String
        var strict: Bool
        var all: Bool
        var format: Format
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        Options(
            workspace: arguments.positionals[0], strict: arguments.flag("--strict"), all: arguments.flag("--all"),
            format: try arguments.choice("--format", default: Format.text))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let release = BackgroundRelease()
        let findings = try { () throws -> [Finding] in
            let project = try RoadmapProject.open(context.url(options.workspace))
            release.hold(project)
            return project.validate()
        }()
        release.releaseInBackground()
        switch options.format {
        case .json: context.out(FindingsRenderer.json(findings, language: context.language))
        case .text:
            if options.all {
                context.out(FindingsRenderer.lines(findings, language: context.language))
            } else {
                let examples = 3
                context.out(FindingsRenderer.grouped(findings, examples: examples, language: context.language))
                if FindingsRenderer.groups(findings).contains(where: { $0.findings.count > examples }) {
                    context.err(
                        context.text(
                            ru: "все строки: roadmap validate \(options.workspace) --all\n",
                            en: "every line: roadmap validate \(options.workspace) --all\n"))
                }
            }
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        context.err(
            context.text(
                ru: "проверено: ошибок \(errors), предупреждений \(warnings)\n",
                en: "checked: \(errors) error(s), \(warnings) warning(s)\n"))
        if errors > 0 || (options.strict && warnings > 0) { return ExitCode.failure }
        return ExitCode.success
    }
}
