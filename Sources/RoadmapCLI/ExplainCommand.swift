import RoadmapKit

/// `roadmap explain <workspace> --school ID --activity N`: the chain behind one school activity.
enum ExplainCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["explain"], summary: "Show where a school activity's deadline and document come from.",
        discussion: """
            Prints the chain regional item → municipal item → school item with each deadline and
            document, and for the school's values whether they were inherited, tightened (by the
            municipal roadmap or a lead time) or set by the school. N is the activity's id (r5, m2.1,
            risk1) or its number in the school roadmap. Corrections recorded by `roadmap amend` for any
            item of the chain are listed after it (who, why, when, on which order).
            """,
        positionals: [PositionalSpec("workspace", help: "The workspace directory.")],
        options: [
            OptionSpec("--school", value: "ID", help: "The school (required)."),
            OptionSpec("--activity", value: "N", help: "The school activity's id or number (required)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let school = arguments.value("--school") else {
            throw UsageError("missing option --school <ID>", command: spec.name)
        }
        guard let activity = arguments.value("--activity") else {
            throw UsageError("missing option --activity <N>", command: spec.name)
        }
        let loaded = try WorkspaceStore(directory: context.url(arguments.positionals[0])).load()
        let workspace = loaded.workspace
        // A plan, register or roadmap that did not load is named as such, not reported as missing.
        if !loaded.findings.isEmpty {
            for finding in loaded.findings { context.err(finding.formatted(context.language) + "\n") }
            context.err(
                context.text(
                    ru: "error: файлов не прочитано: \(loaded.findings.count); объяснение не построено\n",
                    en: "error: \(loaded.findings.count) file(s) could not be read; no explanation given\n"))
            return ExitCode.failure
        }
        let schoolID = try UnitArguments.school(school, in: workspace, spec: spec, context: context)
        let amendments = try AmendmentLog.load(workspace: context.url(arguments.positionals[0]))
        do {
            let engine = try CascadeEngine(workspace: workspace)
            let explanation = try CascadeExplanation.explain(engine: engine, school: schoolID, activity: activity)
            context.out(explanation.render(context.language))
            let lines = amendments.concerning(explanation, municipality: workspace.school(schoolID)?.municipality)
            if !lines.isEmpty {
                context.out(context.text(ru: "Поправки:\n", en: "Amendments:\n"))
                for amendment in lines { context.out("  " + amendment.line(context.language) + "\n") }
            }
            return ExitCode.success
        } catch {
            context.err("error: \(error.message.text(context.language))\n")
            return ExitCode.failure
        }
    }
}
