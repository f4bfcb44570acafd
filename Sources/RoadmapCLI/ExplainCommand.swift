import RoadmapKit

/// `roadmap explain <workspace> --school ID --activity N`: the chain behind one school activity.
enum ExplainCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["explain"],
        summary: LocalizedText(
            ru: "Показать, откуда у мероприятия школы срок и документ.",
            en: "Show where a school activity's deadline and document come from."),
        discussion: LocalizedText(
            ru: """
                Выводит цепочку пункт региона → пункт муниципалитета → пункт школы со сроком и документом
                каждого, а для значений школы — унаследованы ли они, ужесточены (муниципальной дорожной
                картой или упреждением) или заданы школой. N — id мероприятия (r5, m2.1, risk1) или его
                номер в дорожной карте школы. После цепочки перечисляются поправки, записанные командой
                `roadmap amend` для любого её пункта (кто, почему, когда, по какому приказу).
                """,
            en: """
                Prints the chain regional item → municipal item → school item with each deadline and
                document, and for the school's values whether they were inherited, tightened (by the
                municipal roadmap or a lead time) or set by the school. N is the activity's id (r5, m2.1,
                risk1) or its number in the school roadmap. Corrections recorded by `roadmap amend` for any
                item of the chain are listed after it (who, why, when, on which order).
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--school", value: "ID", ru: "Школа: id или название (полное, краткое) (обязательно).",
                en: "The school: its id or name (full or short) (required)."),
            OptionSpec(
                "--activity", value: "N", ru: "Id или номер мероприятия школы (обязательно).",
                en: "The school activity's id or number (required)."),
        ]
    )

    struct Options: Sendable {
        var workspace: String
        /// The school's id or a name people write (full, short or the usual short form).
        var school: String
        var activity: String
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        Options(
            workspace: arguments.positionals[0], school: try arguments.required("--school", "ID"),
            activity: try arguments.required("--activity", "N"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let project = try RoadmapProject.open(context.url(options.workspace))
        // A plan, register or roadmap that did not load is named as such, not reported as missing.
        if !project.loadFindings.isEmpty {
            for finding in project.loadFindings { context.err(finding.formatted(context.language) + "\n") }
            context.error(
                ru: "файлов не прочитано: \(project.loadFindings.count); объяснение не построено",
                en: "\(project.loadFindings.count) file(s) could not be read; no explanation given")
            return ExitCode.failure
        }
        let school: School
        do throws(UnknownUnit) { school = try project.school(named: options.school) } catch {
            throw UnitArguments.usage(error, spec: spec)
        }
        let explanation: CascadeExplanation
        do {
            explanation = try project.explain(school: school.id, activity: options.activity)
        } catch let error as CascadeError {
            context.error(error.message)
            return ExitCode.failure
        }
        let lines = try project.amendments(concerning: explanation)
        context.out(explanation.render(context.language))
        if !lines.isEmpty {
            context.out(context.text(ru: "Поправки:\n", en: "Amendments:\n"))
            for amendment in lines { context.out("  " + amendment.line(context.language) + "\n") }
        }
        return ExitCode.success
    }
}
