import RoadmapKit

/// `roadmap validate <workspace>`: load everything and report problems with stable codes.
enum ValidateCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["validate"], summary: "Check a workspace and report problems with stable codes.",
        discussion: """
            Loads every file of the workspace and prints one line per problem:
              path:line-or-field: error|warning: [code] message
            Exit 0 when there are no errors (warnings are printed), 1 when errors were found
            (or warnings, with --strict), 2 on a usage error.
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [OptionSpec("--strict", help: "Treat warnings as problems (exit 1).")]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let store = WorkspaceStore(directory: context.url(arguments.positionals[0]))
        let release = BackgroundRelease()
        let findings = try { () throws -> [Finding] in
            let loaded = try store.load()
            release.hold(loaded.workspace)
            return Validator.sorted(loaded.findings + Validator.validate(loaded.workspace))
        }()
        release.releaseInBackground()
        for finding in findings { context.out(finding.formatted(context.language) + "\n") }
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
