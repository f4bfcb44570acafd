import Foundation
import RoadmapKit

extension LinkCommand {
    /// `roadmap link WS --school ID --suggest | --apply A=region:N | --apply A=municipality:M`.
    static func runSchool(
        _ id: SchoolID, suggestOnly: Bool, pairs: [String], minimum: Double, workspace: Workspace, store: WorkspaceStore,
        engine: CascadeEngine, context: CommandContext
    ) throws -> Int32 {
        guard let school = workspace.school(id) else {
            context.error(ru: "школы «\(id)» нет в units.json", en: "school \"\(id)\" is not in units.json")
            return ExitCode.failure
        }
        guard var roadmap = workspace.schoolRoadmaps[id] else {
            context.error(
                ru: "у школы «\(id)» нет дорожной карты (импортируйте её: roadmap import ФАЙЛ --workspace … --school \(id))",
                en: "school \"\(id)\" has no roadmap (import it: roadmap import FILE --workspace … --school \(id))")
            return ExitCode.failure
        }
        if suggestOnly {
            let suggestions = SchoolLinks.suggest(engine: engine, school: school, roadmap: roadmap, minimum: minimum)
            for s in suggestions {
                let own = roadmap.activity(id: s.activity)?.title ?? ""
                let target =
                    (s.target.level == .region
                        ? engine.regionalItem(s.target.activity)?.activity.title
                        : engine.municipalItems(school.municipality).first { $0.link == s.target }?.activity.title) ?? ""
                let score = String(format: "%.2f", s.score)
                context.out(
                    "\(id) \(s.activity) → \(s.target)  \(score)  «\(short(own))» ↔ «\(short(target))» [\(s.shared.joined(separator: ", "))] \(s.levels.text(context.language))\n"
                )
            }
            context.err(
                context.text(
                    ru:
                        "предложено связей: \(suggestions.count); ничего не записано. Записать: roadmap link <папка> --school \(id) --apply A=region:N\n",
                    en:
                        "\(suggestions.count) link(s) suggested; nothing written. To record: roadmap link <workspace> --school \(id) --apply A=region:N\n"
                ))
            return ExitCode.success
        }
        var added: [(String, ActivityLink)] = []
        do throws(LinkSuggester.LinkError) {
            let links = try pairs.map { text throws(LinkSuggester.LinkError) in try LinkSuggester.parsePair(text) }
            added = try SchoolLinks.apply(links, to: &roadmap, engine: engine, school: school)
        } catch {
            context.error(error.message)
            return ExitCode.failure
        }
        if !added.isEmpty { try store.write(roadmap: roadmap) }
        for (activity, target) in added { context.out("\(id) \(activity) → \(target)\n") }
        context.err(context.text(ru: "записано связей: \(added.count)\n", en: "\(added.count) link(s) recorded\n"))
        return ExitCode.success
    }
}
