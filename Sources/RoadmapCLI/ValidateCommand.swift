import RoadmapKit

/// `roadmap validate <workspace>`: load everything and report problems with stable codes.
enum ValidateCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["validate"], summary: "Check a workspace and report problems with stable codes.",
        discussion: """
            Loads every file of the workspace and prints its problems grouped by code: each code
            with its count and the first few examples. --all prints one line per problem:
              path:line-or-field: error|warning: [code] message
            and --format json an array for tools. Exit 0 when there are no errors (warnings are
            printed), 1 when errors were found (or warnings, with --strict), 2 on a usage error.
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--strict", help: "Treat warnings as problems (exit 1)."),
            OptionSpec("--all", help: "Print every problem on its own line instead of grouping by code."),
            OptionSpec("--format", value: "text|json", help: "Output format (default: text)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError(
                context.text(
                    ru: "--format: «\(format)» не поддерживается; возможны text или json",
                    en: "--format: '\(format)' is not supported; use text or json"),
                command: spec.name)
        }
        let store = WorkspaceStore(directory: context.url(arguments.positionals[0]))
        let release = BackgroundRelease()
        let findings = try { () throws -> [Finding] in
            let loaded = try store.load()
            release.hold(loaded.workspace)
            return Validator.sorted(loaded.findings + Validator.validate(loaded.workspace))
        }()
        release.releaseInBackground()
        switch format {
        case "json": context.out(FindingsRenderer.json(findings, language: context.language))
        case "text":
            if arguments.flag("--all") {
                context.out(FindingsRenderer.lines(findings, language: context.language))
            } else {
                let examples = 3
                context.out(FindingsRenderer.grouped(findings, examples: examples, language: context.language))
                if FindingsRenderer.groups(findings).contains(where: { $0.findings.count > examples }) {
                    context.err(
                        context.text(
                            ru: "все строки: roadmap validate \(arguments.positionals[0]) --all\n",
                            en: "every line: roadmap validate \(arguments.positionals[0]) --all\n"))
                }
            }
        default: break  // checked before loading
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        context.err(
            context.text(
                ru: "проверено: ошибок \(errors), предупреждений \(warnings)\n",
                en: "checked: \(errors) error(s), \(warnings) warning(s)\n"))
        if errors > 0 || (arguments.flag("--strict") && warnings > 0) { return ExitCode.failure }
        return ExitCode.success
    }
}
