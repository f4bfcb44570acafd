/// One occurrence («срок исполнения»): a window from `start` to `end`, or a due date when `start` is `nil`.
package struct Occurrence: Hashable, Sendable, Codable, Comparable {
    package var start: LocalDate?
    /// The deadline: the occurrence must be done by this day.
    package var end: LocalDate

    package init(start: LocalDate? = nil, end: LocalDate) {
        self.start = start
        self.end = end
    }

    package static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
        (lhs.end, lhs.start ?? lhs.end) < (rhs.end, rhs.start ?? rhs.end)
    }

    /// «до 15.02.2023» or «01.02.2023–15.05.2023».
    package var russianText: String {
        if let start, start != end { return "\(start.russianString)–\(end.russianString)" }
        return "до \(end.russianString)"
    }

    /// «by 15.02.2023» or «01.02.2023–15.05.2023».
    package var englishText: String {
        if let start, start != end { return "\(start.russianString)–\(end.russianString)" }
        return "by \(end.russianString)"
    }

    /// The rendering in a language.
    package func text(_ language: Language) -> String { language == .ru ? russianText : englishText }
}
