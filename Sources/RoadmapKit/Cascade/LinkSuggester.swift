import Foundation

/// Proposes links from municipal activities to the regional items they probably implement, by
/// the words their titles and documents share. Suggestions are only printed; nothing is applied
/// unless the user names it (`roadmap link --apply`).
public enum LinkSuggester {
    /// One proposed link with its score (0…1, the Dice coefficient of the two word-stem sets).
    public struct Suggestion: Hashable, Sendable {
        public var municipality: MunicipalityID
        /// The municipal activity's id.
        public var activity: String
        public var target: ActivityLink
        public var score: Double
        /// The stems both share, for the reader to judge.
        public var shared: [String]
    }

    /// Scores at or above this are printed.
    public static let defaultMinimum = 0.2

    /// Words too common in roadmaps to say anything about a match.
    static let stopStems: Set<String> = [
        "образ", "орган", "общео", "школ", "меропр", "обуча", "резул", "низки", "котор", "котор", "проек",
        "участ", "дорож", "карты", "карта", "реали", "качес", "работ", "урове", "также", "целях", "прове", "вопро", "повыш", "орган",
    ]

    /// Word stems of a text: lower-case words of 4+ letters cut to 5 letters, without common words.
    public static func stems(_ text: String) -> Set<String> {
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
    public static func suggest(
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
            for (parent, words) in regional where !words.isEmpty {
                let shared = own.intersection(words)
                let score = 2 * Double(shared.count) / Double(own.count + words.count)
                guard shared.count >= 2, score >= minimum else { continue }
                scored.append(
                    Suggestion(
                        municipality: municipality, activity: item.activity.id, target: parent.link, score: score,
                        shared: shared.sorted()))
            }
            scored.sort { ($1.score, $0.target) < ($0.score, $1.target) }
            result += scored.prefix(perActivity)
        }
        return result
    }

    /// Adds `implements` links to a municipal roadmap; returns the links that were new.
    /// Throws when an activity or a target does not exist.
    public static func apply(
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
    public enum LinkError: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownActivity(String)
        case unknownTarget(String)
        case malformed(String)

        public var description: String { message.en }

        public var message: LocalizedText {
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
    public static func parsePair(_ text: String) throws(LinkError) -> (activity: String, target: ActivityLink) {
        guard let eq = text.firstIndex(of: "=") else { throw .malformed(text) }
        let activity = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        var target = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if !target.contains(":") { target = "region:" + target }
        guard !activity.isEmpty, let link = ActivityLink(parsing: target) else { throw .malformed(text) }
        return (activity, link)
    }
}
