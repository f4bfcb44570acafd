import Foundation
import RoadmapKit

/// `roadmap skeleton <workspace> --municipality ID`: generate school roadmap skeletons from the
/// regional plan and the municipal roadmap.
enum SkeletonCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["skeleton"],
        summary: LocalizedText(
            ru: "Сформировать заготовки дорожных карт школ по региональной и муниципальной картам.",
            en: "Generate school roadmap skeletons from the regional and municipal roadmaps."),
        discussion: LocalizedText(
            ru: """
                Для каждой школы муниципалитета (или каждой --school) записывает дорожную карту со всеми
                мероприятиями, которые она должна выполнить: пункты региона (id r<N>), пункты муниципалитета
                (m<M>) и по одному мероприятию антирисковой программы на выбранное рисковое направление
                (risk<k>), у каждого срок, ответственный, документ, связи и происхождение. json (по
                умолчанию) записывает roadmaps/schools/<id>.json в рабочей области или <id>.json в --output;
                md, csv и html — печатную «Дорожную карту ОО» (в стандартный вывод, если школа одна и
                --output не указан).
                Повторный запуск сохраняет мероприятия, добавленные школой, её отчёты и значения, заданные
                ею самой; унаследованные значения обновляются; о местном сроке позже унаследованного
                сообщается. Пункты, которые выполняет мероприятие собственной карты школы (roadmap link
                --school), повторно не добавляются; нумерация школы сохраняется. Карта школы другого периода
                остаётся как есть, о ней сообщается (period-mismatch), если не указан --carry-forward.
                Файлы, содержимое которых не меняется, не перезаписываются. Непрочитанный файл школы или
                нужный файл отчётов останавливает запуск до любой записи (код 1).
                """,
            en: """
                For each school of the municipality (or each --school) writes a roadmap with every activity
                it owes: regional items (ids r<N>), municipal items (m<M>) and one anti-risk programme
                activity per chosen risk direction (risk<k>), each with its deadline, responsible role,
                document, links and provenance. json (default) writes roadmaps/schools/<id>.json in the
                workspace, or <id>.json in --output; md, csv and html write a printable «Дорожная карта ОО»
                (to standard output when there is one school and no --output).
                Re-running keeps activities the school added, its progress and values it set itself;
                inherited values are refreshed; a local deadline later than the inherited one is reported.
                Owed items an activity of the school's own roadmap implements (roadmap link --school) are
                not added again; the school's own numbering is kept. A school roadmap of another period is
                kept as it is and reported (period-mismatch) unless --carry-forward is given.
                Files whose content does not change are not rewritten. A school file that cannot be read,
                or a progress file needed to decide what to drop that cannot be read, stops the run before
                anything is written (exit 1).
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--municipality", value: "ID", ru: "Муниципалитет, для школ которого формировать.",
                en: "The municipality whose schools to generate."),
            OptionSpec(
                "--all", ru: "Школы всех муниципалитетов (вместо --municipality).",
                en: "Every municipality's schools (instead of --municipality)."),
            OptionSpec(
                "--school", value: "ID", repeatable: true, ru: "Только эта школа (id или название).",
                en: "Only this school (its id or name)."),
            OptionSpec(
                "--output", value: "DIR", ru: "Записать в эту папку, а не в рабочую область.",
                en: "Write into this directory instead of the workspace."),
            OptionSpec(
                "--format", value: "FORMAT", ru: "json (по умолчанию), md, csv, html или xlsx (для xlsx нужен --output).",
                en: "json (default), md, csv, html or xlsx (xlsx needs --output)."),
            OptionSpec(
                "--carry-forward",
                ru: "Перенести карту школы другого периода в период плана (с пересчётом её собственных сроков).",
                en: "Carry a school roadmap of another period into the plan's period (re-dating its own deadlines)."),
        ]
    )

    struct Options: Sendable {
        var workspace: String
        /// `nil` with `--all`.
        var municipality: MunicipalityID?
        var schools: [SchoolID]
        var output: String?
        var format: SkeletonRun.Format
        var carryForward: Bool
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let municipality = arguments.value("--municipality").map { MunicipalityID($0) }
        guard (municipality == nil) == arguments.flag("--all") else {
            throw arguments.error(ru: "укажите либо --municipality <ID>, либо --all", en: "give either --municipality <ID> or --all")
        }
        let format = try arguments.choice("--format", default: SkeletonRun.Format.json)
        if format == .xlsx, arguments.value("--output") == nil {
            throw arguments.error(
                ru: "--format xlsx записывает двоичные книги, нужен --output <DIR>",
                en: "--format xlsx writes binary workbooks and needs --output <DIR>")
        }
        return Options(
            workspace: arguments.positionals[0], municipality: municipality,
            schools: arguments.all("--school").map { SchoolID($0) }, output: arguments.value("--output"), format: format,
            carryForward: arguments.flag("--carry-forward"))
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let municipality = options.municipality
        let format = options.format
        let output = options.output.map { context.url($0) }
        let directory = context.url(options.workspace)
        // School roadmaps and progress are read school by school during the run (`SchoolFiles`).
        // Into the workspace: locked from the read to the commit. Either way every file read is read
        // strictly: a plan or register that does not load stops the run before anything is written.
        let writer = output == nil ? try context.openProjectForWriting(options.workspace, skipping: .schoolFiles) : nil
        // The workspace's temporaries are the writer's to clean; an output directory's are cleaned here.
        if let output { StaleTemporaries.remove(inDirectory: output) }
        defer { writer?.release() }
        let store = writer?.store ?? WorkspaceStore(directory: directory)
        let project =
            try writer?.project ?? RoadmapProject(workspace: try store.loadStrictly(skipping: .schoolFiles), directory: directory)
        if let municipality { try UnitArguments.checkMunicipality(municipality, in: project.workspace, spec: spec) }
        var schools: [SchoolID] = []
        for school in options.schools { schools.append(try UnitArguments.checkSchool(school, in: project.workspace, spec: spec)) }
        let inScope = municipality.map { project.workspace.schools(in: $0).count } ?? project.workspace.units.schools.count
        if format != .json, output == nil, schools.count != 1 && inScope != 1 {
            throw UsageError(
                ru: "--format \(format.rawValue) для нескольких школ требует --output <DIR>",
                en: "--format \(format.rawValue) for several schools needs --output <DIR>", command: spec.name)
        }
        let request = SkeletonRun.Request(
            municipality: municipality, schools: schools, format: format, outputDirectory: output, returnsRoadmaps: false,
            carryForward: options.carryForward)
        let outputs: [SkeletonRun.Output]
        switch Result(catching: { () throws(SkeletonRun.Failure) in
            try project.writeSkeletons(request, schoolFiles: SchoolFiles(store: store))
        }) {
        case .success(let value): outputs = value
        case .failure(let failure):
            context.error(failure.message)
            return ExitCode.failure
        }
        // Freeing a national workspace takes one core a noticeable while; do it beside the report.
        let release = BackgroundRelease()
        release.hold(consume project)
        release.releaseInBackground()
        var unchanged = 0
        for output in outputs {
            let result = output.result
            if !output.changed, result.keptActivities.isEmpty, result.keptValues.isEmpty, result.conflicts.isEmpty,
                result.renamedActivities.isEmpty,
                outputs.count > 20
            {
                unchanged += 1
                continue
            }
            if let text = output.text {
                context.out(text)
                continue
            }
            let count = output.activityCount
            let path = output.file.map { context.displayPath($0) } ?? ""
            var line = context.text(
                ru: "\(output.changed ? "записано" : "без изменений"): \(path) (мероприятий: \(count)",
                en: "\(output.changed ? "written" : "unchanged"): \(path) (\(count) activities")
            if !result.keptActivities.isEmpty {
                line += context.text(
                    ru: "; сохранены мероприятия школы: \(result.keptActivities.joined(separator: ", "))",
                    en: "; kept the school's activities: \(result.keptActivities.joined(separator: ", "))")
            }
            if !result.keptValues.isEmpty {
                line += context.text(
                    ru: "; сохранены значения школы: \(result.keptValues.joined(separator: ", "))",
                    en: "; kept the school's values: \(result.keptValues.joined(separator: ", "))")
            }
            if !result.removedActivities.isEmpty {
                line += context.text(
                    ru: "; удалены больше не требуемые: \(result.removedActivities.joined(separator: ", "))",
                    en: "; removed, no longer owed: \(result.removedActivities.joined(separator: ", "))")
            }
            if !result.renamedActivities.isEmpty {
                line += context.text(
                    ru: "; id занят мероприятием школы, созданному дан другой: \(result.renamedActivities.joined(separator: ", "))",
                    en:
                        "; id taken by the school's own activity, the generated one renamed: \(result.renamedActivities.joined(separator: ", "))"
                )
            }
            line += SkeletonCommand.schoolRoadmapNotes(result, context: context)
            context.out(line + ")\n")
            if let kept = result.keptPeriod {
                context.warning(SkeletonCommand.periodWarning(result, kept: kept))
            }
            for conflict in result.conflicts {
                context.warning(
                    LocalizedText(
                        ru: "[deadline-conflict] " + conflict.message.ru, en: "[deadline-conflict] " + conflict.message.en))
            }
        }
        if unchanged > 0 {
            context.out(context.text(ru: "без изменений: \(unchanged) файлов\n", en: "unchanged: \(unchanged) files\n"))
        }
        return ExitCode.success
    }
}
