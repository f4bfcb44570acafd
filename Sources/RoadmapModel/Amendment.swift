/// A recorded correction of a roadmap activity (`roadmap amend`): what changed, who changed it,
/// why, on which order and when — instead of an unexplained edit of the JSON.
///
/// The date is an input (the CLI passes today's date or `--on`); the library reads no clock.
package struct Amendment: Hashable, Sendable, Codable {
    /// Whose roadmap holds the activity.
    package var owner: Owner
    /// The activity's id in that roadmap.
    package var activity: String
    /// The field changed (`schedule`).
    package var field: String
    /// The value before the amendment.
    package var previous: String
    /// The value after it.
    package var value: String
    /// Why (required).
    package var reason: String
    /// The order (приказ / распоряжение) behind the change, when given («№ 28/2 от 01.03.2023»).
    package var order: String?
    /// Who recorded it.
    package var by: String?
    /// When it was recorded.
    package var on: LocalDate

    package init(
        owner: Owner, activity: String, field: String, previous: String, value: String, reason: String,
        order: String? = nil, by: String? = nil, on: LocalDate
    ) {
        self.owner = owner
        self.activity = activity
        self.field = field
        self.previous = previous
        self.value = value
        self.reason = reason
        self.order = order
        self.by = by
        self.on = on
    }

    /// «region:30», «municipality:east:2», «school:e1:3»: how `roadmap amend --activity` names it.
    package var reference: String {
        switch owner {
        case .region: "region:\(activity)"
        case .municipality(let id): "municipality:\(id.rawValue):\(activity)"
        case .school(let id): "school:\(id.rawValue):\(activity)"
        }
    }

    /// Parses `region:N`, `municipality:ID:N` or `school:ID:N`; `nil` for anything else.
    package static func parseReference(_ text: String) -> (owner: Owner, activity: String)? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "region" where parts.count == 2 && !parts[1].isEmpty:
            return (.region, parts[1])
        case "region" where parts.count == 3 && !parts[2].isEmpty:
            return (.region, parts[1] + ":" + parts[2])
        case "municipality" where parts.count == 3 && !parts[1].isEmpty && !parts[2].isEmpty:
            return (.municipality(MunicipalityID(parts[1])), parts[2])
        case "school" where parts.count == 3 && !parts[1].isEmpty && !parts[2].isEmpty:
            return (.school(SchoolID(parts[1])), parts[2])
        default:
            return nil
        }
    }

    /// One line for a person: «30.11.2023: срок «…» → «…»; причина: …; приказ …; внёс …».
    package func line(_ language: Language) -> String {
        let ru = language == .ru
        var text = on.russianString + ": " + reference + ": "
        text += (ru ? "срок" : "schedule") + " «\(previous)» → «\(value)»"
        text += (ru ? "; причина: " : "; reason: ") + reason
        if let order { text += (ru ? "; приказ " : "; order ") + order }
        if let by { text += (ru ? "; внёс: " : "; by: ") + by }
        return text
    }
}
