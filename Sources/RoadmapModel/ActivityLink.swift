import Foundation

/// A reference from a lower activity to the higher activity it implements.
///
/// Written in JSON as `"region:5"` (item 5 of the regional plan) or `"municipality:2.1"` (item 2.1
/// of the roadmap of the school's own municipality). The part after the colon is the target
/// activity's `id`.
package struct ActivityLink: Hashable, Sendable, Comparable {
    /// The level of the roadmap the target activity belongs to.
    package var level: Level
    /// The target activity's id in that roadmap.
    package var activity: String

    package init(level: Level, activity: String) {
        self.level = level
        self.activity = activity
    }

    /// Parses `level:activity`; `nil` when the level is unknown or the activity is empty.
    package init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":"),
            let level = Level(rawValue: String(text[..<colon])),
            case let activity = String(text[text.index(after: colon)...]), !activity.isEmpty
        else { return nil }
        self.init(level: level, activity: activity)
    }

    package var text: String { "\(level.rawValue):\(activity)" }

    package static func < (lhs: ActivityLink, rhs: ActivityLink) -> Bool {
        if lhs.level != rhs.level { return lhs.level < rhs.level }
        return ActivityID.sortKey(lhs.activity).lexicographicallyPrecedes(ActivityID.sortKey(rhs.activity))
    }
}

extension ActivityLink: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let link = ActivityLink(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a link such as \"region:5\" or \"municipality:2.1\", found \"\(text)\"")
        }
        self = link
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension ActivityLink: CustomStringConvertible {
    package var description: String { text }
}

/// Activity ids: derived from the number as written («2.1.» → `2.1`), unique within a roadmap.
package enum ActivityID {
    /// The id an activity number gives: trims spaces and trailing dots («1.» → `1`, «2.1.» → `2.1`).
    package static func from(number: String) -> String {
        var s = Substring(number.trimmingCharacters(in: .whitespacesAndNewlines))
        while s.hasSuffix(".") { s = s.dropLast() }
        return String(s)
    }

    /// A key that sorts `2` before `10` and `2.9` before `2.10`.
    package static func sortKey(_ id: String) -> [Int] {
        id.split(whereSeparator: { !$0.isNumber }).map { Int($0) ?? 0 }
    }
}
