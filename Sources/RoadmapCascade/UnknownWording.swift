/// An executor wording a roadmap uses that the cascade rules do not know, with the exact
/// `rules.executors` line that teaches it: reported once per wording, not once per item.
package struct UnknownWording: Hashable, Sendable {
    /// The words as written («МКУ «АМЦСО»» appears as «МКУ АМЦСО»).
    package var phrase: String
    /// The items whose executor cells hold it, in document order.
    package var items: [String]
    /// The role suggested for the line: the level of the roadmap the wording appears in
    /// (`institution` in a regional plan, `municipality` in a municipal roadmap).
    package var role: ExecutorRole

    /// `{"phrase": "МКУ АМЦСО", "role": "municipality"}`: the line to add to `rules.executors`.
    package var line: String {
        let escaped = phrase.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "{\"phrase\": \"\(escaped)\", \"role\": \"\(role.rawValue)\"}"
    }

    /// The one-line warning in the user's language.
    package var message: LocalizedText {
        let itemList = items.joined(separator: ", ")
        return LocalizedText(
            ru:
                "исполнитель «\(phrase)» (\(RussianPlural.listed(items.count, singular: "пункт", plural: "пункты")) \(itemList)) не известен правилам каскада; чтобы учесть его, добавьте в workspace.json → rules.executors строку \(line) (role: region, institution, municipality или school)",
            en:
                "executor “\(phrase)” (\(RussianPlural.listed(items.count, singular: "item", plural: "items")) \(itemList)) is not in the cascade rules; to teach it, add to workspace.json → rules.executors the line \(line) (role: region, institution, municipality or school)"
        )
    }

    /// The unknown wordings of a roadmap's executor cells under `rules`, each once, in order of
    /// first appearance.
    package static func find(in roadmap: Roadmap, rules: CascadeRules, schools: [School] = []) -> [UnknownWording] {
        let resolver = ExecutorResolver(rules: rules, schools: schools)
        let role: ExecutorRole
        switch roadmap.owner.level {
        case .region: role = .institution
        case .municipality: role = .municipality
        case .school: role = .school
        }
        var result: [UnknownWording] = []
        var position: [String: Int] = [:]
        for activity in roadmap.activities {
            for phrase in resolver.resolve(activity.executors).unknown {
                let key = NameTokens.normalizedWords(phrase).joined(separator: " ")
                if let i = position[key] {
                    if !result[i].items.contains(activity.id) { result[i].items.append(activity.id) }
                } else {
                    position[key] = result.count
                    result.append(UnknownWording(phrase: phrase, items: [activity.id], role: role))
                }
            }
        }
        return result
    }
}
