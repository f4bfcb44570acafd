/// Links from a school's own activities (its imported roadmap) to the regional and municipal
/// items they implement: suggested by shared words among the items the school owes (so the level
/// check always holds), recorded only when named (`roadmap link --school ID --apply A=region:N`).
/// One activity may implement several items.
package enum SchoolLinks {
    /// One proposed link.
    package struct Suggestion: Hashable, Sendable {
        package var school: SchoolID
        package var activity: String
        package var target: ActivityLink
        package var score: Double
        package var shared: [String]
        package var levels: LinkSuggester.LevelCheck
    }

    /// The items a school owes: regional and its municipality's items naming schools (or this one).
    static func owedItems(engine: CascadeEngine, school: School) -> [ResolvedActivity] {
        let regional = engine.regional.filter { $0.owedBySchools && ($0.namedSchools?.contains(school.id) ?? true) }
        let municipal = engine.municipalItems(school.municipality).filter {
            $0.owedBySchools && ($0.namedSchools?.contains(school.id) ?? true)
        }
        return regional + municipal
    }

    /// Suggestions for the school's own activities that link to nothing yet, best first per activity.
    package static func suggest(
        engine: CascadeEngine, school: School, roadmap: Roadmap, minimum: Double = LinkSuggester.defaultMinimum,
        perActivity: Int = 3
    ) -> [Suggestion] {
        let owed = owedItems(engine: engine, school: school).map { item in
            (item, LinkSuggester.stems(([item.activity.title] + item.activity.documents).joined(separator: " ")))
        }
        var result: [Suggestion] = []
        for activity in roadmap.activities where activity.origin != .skeleton && activity.implements.isEmpty {
            let own = LinkSuggester.stems(([activity.title] + activity.documents).joined(separator: " "))
            guard !own.isEmpty else { continue }
            var scored: [Suggestion] = []
            for (item, words) in owed where !words.isEmpty {
                let shared = own.intersection(words)
                let score = 2 * Double(shared.count) / Double(own.count + words.count)
                guard shared.count >= 2, score >= minimum else { continue }
                let check = LinkSuggester.LevelCheck(lower: [.school], target: LinkSuggester.targetLevels(item))
                guard check.passes else { continue }
                scored.append(
                    Suggestion(
                        school: school.id, activity: activity.id, target: item.link, score: score, shared: shared.sorted(),
                        levels: check))
            }
            scored.sort { ($1.score, $0.target) < ($0.score, $1.target) }
            result += scored.prefix(perActivity)
        }
        return result
    }

    /// Adds the named links to the school's roadmap; returns the links that were new. A target must
    /// be an item of the regional plan or of the school's municipal roadmap.
    package static func apply(
        _ links: [(activity: String, target: ActivityLink)], to roadmap: inout Roadmap, engine: CascadeEngine,
        school: School
    ) throws(LinkSuggester.LinkError) -> [(String, ActivityLink)] {
        let municipal = engine.municipalItems(school.municipality)
        var added: [(String, ActivityLink)] = []
        for (activity, target) in links {
            switch target.level {
            case .region where engine.regionalItem(target.activity) != nil: break
            case .municipality where municipal.contains(where: { $0.link == target }): break
            default: throw .unknownTarget(target.text)
            }
            var found = false
            for s in roadmap.sections.indices {
                for a in roadmap.sections[s].activities.indices where roadmap.sections[s].activities[a].id == activity {
                    found = true
                    if !roadmap.sections[s].activities[a].implements.contains(target) {
                        roadmap.sections[s].activities[a].implements.append(target)
                        added.append((activity, target))
                    }
                }
            }
            guard found else { throw .unknownActivity(activity) }
        }
        return added
    }
}
