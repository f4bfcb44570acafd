import Foundation
import RoadmapKit

/// `roadmap link <workspace> --suggest | --apply A=region:N`: propose and record links from municipal
/// activities to the regional items they implement.
enum LinkCommand: RoadmapCommand {
    static let spec = CommandSpec(
        ["link"],
        summary: LocalizedText(
            ru: "Предложить или записать связи мероприятий муниципалитета с пунктами региона.",
            en: "Suggest or record links from municipal activities to regional items."),
        discussion: LocalizedText(
            ru: """
                --suggest выводит для каждого мероприятия муниципалитета без связей пункты региона, с
                названиями и документами которых у него больше всего общих слов, с оценкой от 0 до 1.
                Ничего не записывается. --apply 2.8=region:2 (можно повторять, нужен --municipality)
                записывает ровно названные связи. --apply-suggested записывает каждое предложение с
                оценкой не ниже --min-score, который тогда нужно указать явно. С --school ID так же
                связывается собственная дорожная карта школы — с пунктами региона (A=region:N) или её
                муниципалитета (A=municipality:M); одно мероприятие может выполнять несколько пунктов.
                Предложение никогда не связывает пункты разных уровней исполнителей. Код 0 — успешно,
                1 — названного мероприятия или пункта нет.
                """,
            en: """
                --suggest prints, for each municipal activity that links to nothing, the regional items whose
                titles and documents share the most words, with a score from 0 to 1. Nothing is written.
                --apply 2.8=region:2 (repeatable, needs --municipality) records exactly the links named.
                --apply-suggested records every suggestion scoring at least --min-score, which must then be
                given explicitly. With --school ID the school's own roadmap is linked the same way, to
                regional items (A=region:N) or its municipality's items (A=municipality:M); one activity may
                implement several items. A suggestion never pairs items carried by different levels. Exit 0 on success, 1 when a named activity or item does not exist.
                """),
        positionals: [PositionalSpec("workspace", ru: "Папка рабочей области.", en: "The workspace directory.")],
        options: [
            OptionSpec(
                "--suggest", ru: "Вывести предлагаемые связи; ничего не записывать.", en: "Print suggested links; write nothing."),
            OptionSpec(
                "--municipality", value: "ID", ru: "Только этот муниципалитет (обязательно для записи).",
                en: "Only this municipality (required to apply)."),
            OptionSpec(
                "--school", value: "ID",
                ru: "Связывать собственную карту этой школы (id или название; A=region:N или A=municipality:M), а не муниципальную.",
                en: "Link this school's own roadmap (its id or name; A=region:N or A=municipality:M) instead of a municipal one."),
            OptionSpec(
                "--apply", value: "ACTIVITY=region:N", repeatable: true, ru: "Записать эту связь.", en: "Record this link."),
            OptionSpec(
                "--apply-suggested", ru: "Записать каждое предложение с оценкой не ниже --min-score.",
                en: "Record every suggestion scoring at least --min-score."),
            OptionSpec(
                "--min-score", value: "X", ru: "Наименьшая оценка для вывода или записи (по умолчанию 0.2).",
                en: "Lowest score to print or apply (default 0.2)."),
        ]
    )

    struct Options: Sendable {
        var workspace: String
        var suggestOnly: Bool
        var pairs: [String]
        var applySuggested: Bool
        var minimum: Double
        var municipality: MunicipalityID?
        var school: SchoolID?
    }

    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options {
        let suggestOnly = arguments.flag("--suggest")
        let pairs = arguments.all("--apply")
        let applySuggested = arguments.flag("--apply-suggested")
        let modes = [suggestOnly, !pairs.isEmpty, applySuggested].filter { $0 }.count
        guard modes == 1 else {
            throw arguments.error(
                ru: "укажите ровно одно из: --suggest, --apply или --apply-suggested",
                en: "give exactly one of --suggest, --apply or --apply-suggested")
        }
        var minimum = LinkSuggester.defaultMinimum
        if let text = arguments.value("--min-score") {
            guard let value = Double(text), (0...1).contains(value) else {
                throw arguments.error(
                    ru: "--min-score: ожидается число от 0 до 1, получено «\(text)»",
                    en: "--min-score takes a number from 0 to 1, not '\(text)'")
            }
            minimum = value
        } else if applySuggested {
            throw arguments.error(
                ru: "для --apply-suggested нужен явный --min-score", en: "--apply-suggested needs an explicit --min-score")
        }
        let municipality = arguments.value("--municipality").map { MunicipalityID($0) }
        let school = arguments.value("--school").map { SchoolID($0) }
        if school != nil, municipality != nil || applySuggested {
            throw arguments.error(
                ru: "--school используется только с --suggest или --apply", en: "--school goes with --suggest or --apply only")
        }
        if !suggestOnly, municipality == nil, school == nil {
            throw arguments.error(ru: "для записи связей нужен --municipality <ID>", en: "applying links needs --municipality <ID>")
        }
        return Options(
            workspace: arguments.positionals[0], suggestOnly: suggestOnly, pairs: pairs, applySuggested: applySuggested,
            minimum: minimum, municipality: municipality, school: school)
    }

    static func run(_ options: Options, context: CommandContext) throws -> Int32 {
        let (suggestOnly, pairs, applySuggested, minimum) = (options.suggestOnly, options.pairs, options.applySuggested, options.minimum)
        let (municipality, school) = (options.municipality, options.school)
        // Recording links rewrites a municipal roadmap: locked and loaded strictly; suggesting only reads.
        let writer = suggestOnly ? nil : try context.openProjectForWriting(options.workspace)
        defer { writer?.release() }
        let store = writer?.store ?? WorkspaceStore(directory: context.url(options.workspace))
        let workspace = try writer?.project.workspace ?? store.load().workspace
        let engine: CascadeEngine
        do { engine = try CascadeEngine(workspace: workspace) } catch {
            context.error(error.message)
            return ExitCode.failure
        }
        if let school {
            let school = try UnitArguments.checkSchool(school, in: workspace, spec: spec)
            return try runSchool(
                school, suggestOnly: suggestOnly, pairs: pairs, minimum: minimum, workspace: workspace, store: store,
                engine: engine, context: context)
        }
        if let municipality, workspace.municipality(municipality) == nil {
            try UnitArguments.checkMunicipality(municipality, in: workspace, spec: spec)
            return ExitCode.failure
        }
        let targets = municipality.map { [$0] } ?? workspace.municipalRoadmaps.keys.sorted()
        if suggestOnly {
            var count = 0
            for id in targets {
                for s in LinkSuggester.suggest(engine: engine, municipality: id, minimum: minimum) {
                    count += 1
                    context.out(line(s, engine: engine, workspace: workspace, language: context.language))
                }
            }
            context.err(
                context.text(
                    ru:
                        "предложено связей: \(count); ничего не записано. Записать: roadmap link <папка> --municipality ID --apply M=region:N\n",
                    en:
                        "\(count) link(s) suggested; nothing written. To record: roadmap link <workspace> --municipality ID --apply M=region:N\n"
                ))
            return ExitCode.success
        }
        guard let municipality, var roadmap = workspace.municipalRoadmaps[municipality] else {
            context.error(ru: "у муниципалитета нет дорожной карты", en: "the municipality has no roadmap")
            return ExitCode.failure
        }
        var links: [(activity: String, target: ActivityLink)] = []
        var added: [(String, ActivityLink)] = []
        do throws(LinkSuggester.LinkError) {
            if applySuggested {
                links = LinkSuggester.suggest(engine: engine, municipality: municipality, minimum: minimum, perActivity: 1)
                    .map { ($0.activity, $0.target) }
            } else {
                links = try pairs.map { text throws(LinkSuggester.LinkError) in try LinkSuggester.parsePair(text) }
            }
            added = try LinkSuggester.apply(links, to: &roadmap, engine: engine)
        } catch {
            context.error(error.message)
            return ExitCode.failure
        }
        if !added.isEmpty { try store.write(roadmap: roadmap) }
        for (activity, target) in added { context.out("\(municipality) \(activity) → \(target)\n") }
        context.err(context.text(ru: "записано связей: \(added.count)\n", en: "\(added.count) link(s) recorded\n"))
        return ExitCode.success
    }

    static func line(
        _ s: LinkSuggester.Suggestion, engine: CascadeEngine, workspace: Workspace, language: Language = .ru
    ) -> String {
        let own = workspace.municipalRoadmaps[s.municipality]?.activity(id: s.activity)?.title ?? ""
        let target = engine.regionalItem(s.target.activity)?.activity.title ?? ""
        let score = String(format: "%.2f", s.score)
        return
            "\(s.municipality) \(s.activity) → \(s.target)  \(score)  «\(short(own))» ↔ «\(short(target))» [\(s.shared.joined(separator: ", "))] \(s.levels.text(language))\n"
    }

    static func short(_ text: String) -> String { text.count > 60 ? String(text.prefix(59)) + "…" : text }
}
