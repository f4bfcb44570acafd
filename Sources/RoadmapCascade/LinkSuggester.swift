import Foundation

/// Proposes links from municipal activities to the regional items they probably implement, by
/// the words their titles and documents share. Suggestions are only printed; nothing is applied
/// unless the user names it (`roadmap link --apply`).
package enum LinkSuggester {
    /// One proposed link with its score (0…1, the Dice coefficient of the two word-stem sets).
    package struct Suggestion: Hashable, Sendable {
        package var municipality: MunicipalityID
        /// The municipal activity's id.
        package var activity: String
        package var target: ActivityLink
        package var score: Double
        /// The stems both share, for the reader to judge.
        package var shared: [String]
        /// The levels the lower activity's executors name and the levels the target is owed by
        /// (the level check every suggestion passed: they share one).
        package var levels: LevelCheck = LevelCheck(lower: [], target: [])
    }

    /// Which levels two linked items are carried by: a link is only suggested when they share one
    /// (a municipal roadmap's approval is not a school roadmap's approval).
    package struct LevelCheck: Hashable, Sendable {
        package var lower: [Level]
        package var target: [Level]

        /// The levels both carry.
        package var shared: [Level] { lower.filter(target.contains) }
        package var passes: Bool { !shared.isEmpty }

        /// «муниципалитет ↔ муниципалитет, школа: совпадает (школа)».
        package func text(_ language: Language) -> String {
            func names(_ levels: [Level]) -> String {
                levels.map { level in
                    switch level {
                    case .region: language == .ru ? "регион" : "region"
                    case .municipality: language == .ru ? "муниципалитет" : "municipality"
                    case .school: language == .ru ? "школа" : "school"
                    }
                }.joined(separator: ", ")
            }
            let verdict = language == .ru ? "уровень совпадает" : "level matches"
            return "\(names(lower)) ↔ \(names(target)): \(verdict) (\(names(shared)))"
        }
    }

    /// The levels a lower activity is carried at: those its executors name, else its roadmap's own.
    static func lowerLevels(_ item: ResolvedActivity, roadmapLevel: Level) -> [Level] {
        var levels = Level.allCases.filter { item.executors.levels.contains($0) && $0 >= roadmapLevel }
        if !item.activity.responsibleSchools.isEmpty, !levels.contains(.school) { levels.append(.school) }
        return levels.isEmpty ? [roadmapLevel] : levels
    }

    /// The levels below the region that owe a higher item.
    static func targetLevels(_ item: ResolvedActivity) -> [Level] {
        var levels = Level.allCases.filter { $0 != .region && item.executors.levels.contains($0) }
        if item.owedBySchools, !levels.contains(.school) { levels.append(.school) }
        return levels
    }

    /// Scores at or above this are printed.
    package static let defaultMinimum = 0.2

    /// Words too common in roadmaps to say anything about a match.
    static let stopStems: Set<String> = [
        "образ", "орган", "общео", "школ", "меропр", "обуча", "резул", "низки", "котор", "котор", "проек",
        "участ", "дорож", "карты", "карта", "реали", "качес", "работ", "урове", "также", "целях", "прове", "вопро", "повыш", "орган",
    ]

    /// Word stems of a text: lower-case words of 4+ letters cut to 5 letters, without common words.
    package static func stems(_ text: String) -> Set<String> {
        var result: Set<String> = []
        for word in NameTokens(text).normalized {
            let letters = word.filter(\.isLetter)
            guard letters.count >= 4 else { continue }
            let stem = String(letters.prefix(5))
            if !stopStems.contains(stem) && !stopStems.contains(String(letters.prefix(6))) { result.insert(stem) }
        }
        return result
    }

    /// Suggestions for a municipality's activities that link to nothing yet, best first per activity;
    /// a suggestion needs at least two shared stems.
    package static func suggest(
        engine: CascadeEngine, municipality: MunicipalityID, minimum: Double = defaultMinimum, perActivity: Int = 3
    ) -> [Suggestion] {
        let regional = engine.regional.map { item in
            (item, stems(([item.activity.title] + item.activity.documents).joined(separator: " ")))
        }
        var result: [Suggestion] = []
        for item in engine.municipalItems(municipality) where item.activity.implements.isEmpty {
            let own = stems(([item.activity.title] + item.activity.documents).joined(separator: " "))
            guard !own.isEmpty else { continue }
            var scored: [Suggestion] = []
            let lower = lowerLevels(item, roadmapLevel: .municipality)
            for (parent, words) in regional where !words.isEmpty {
                let shared = own.intersection(words)
                let score = 2 * Double(shared.count) / Double(own.count + words.count)
                guard shared.count >= 2, score >= minimum else { continue }
                let check = LevelCheck(lower: lower, target: targetLevels(parent))
                guard check.passes else { continue }
                scored.append(
                    Suggestion(
                        municipality: municipality, activity: item.activity.id, target: parent.link, score: score,
                        shared: shared.sorted(), levels: check))
            }
            scored.sort { ($1.score, $0.target) < ($0.score, $1.target) }
            result += scored.prefix(perActivity)
        }
        return result
    }

    /// Adds `implements` links to a municipal roadmap; returns the links that were new.
    /// Throws when an activity or a target does not exist.
    package static func apply(
        _ links: [(activity: String, target: ActivityLink)], to roadmap: inout Roadmap, engine: CascadeEngine
    ) throws(LinkError) -> [(String, ActivityLink)] {
        var added: [(String, ActivityLink)] = []
        for (activity, target) in links {
            guard target.level == .region, engine.regionalItem(target.activity) != nil else {
                throw .unknownTarget(target.text)
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

    /// A link the user named that cannot be applied.
    package enum LinkError: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownActivity(String)
        case unknownTarget(String)
        case malformed(String)

        package var description: String { message.en }

        package var message: LocalizedText {
            switch self {
            case .unknownActivity(let id):
                LocalizedText(
                    ru: "в муниципальной дорожной карте нет мероприятия «\(id)»",
                    en: "the municipal roadmap has no activity \"\(id)\"")
            case .unknownTarget(let link):
                LocalizedText(
                    ru: "«\(link)»: нет такого пункта регионального плана (ожидалось region:N)",
                    en: "\"\(link)\": no such item of the regional plan (expected region:N)")
            case .malformed(let text):
                LocalizedText(
                    ru: "«\(text)»: ожидалось МЕРОПРИЯТИЕ=region:N, например 2.8=region:2",
                    en: "\"\(text)\": expected ACTIVITY=region:N, e.g. 2.8=region:2")
            }
        }
    }

    /// Parses `2.8=region:2` (or `2.8=2`).
    package static func parsePair(_ text: String) throws(LinkError) -> (activity: String, target: ActivityLink) {
        guard let eq = text.firstIndex(of: "=") else { throw .malformed(text) }
        let activity = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        var target = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if !target.contains(":") { target = "region:" + target }
        guard !activity.isEmpty, let link = ActivityLink(parsing: target) else { throw .malformed(text) }
        return (activity, link)
    }
}
