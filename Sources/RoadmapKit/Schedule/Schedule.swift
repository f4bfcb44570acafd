/// A deadline text understood: its occurrences (each a window or a due date) and how it counts.
///
/// Built by `ScheduleParser` from the verbatim text and the roadmap's period. The text is always
/// kept; what was not understood is in `leftover` and `warnings`, never silently dropped.
public struct Schedule: Hashable, Sendable {
    /// The original text, verbatim.
    public var text: String
    public var kind: ScheduleKind
    /// Occurrences in date order. A one-off item has one; a recurring item one per period; a
    /// conditional item may have none.
    public var occurrences: [Occurrence]
    /// The condition or external reference kept as text («по мере необходимости», «в соответствии с графиком СКИРО ПК и ПРО»).
    public var condition: String?
    /// Parts of the text the parser did not understand.
    public var leftover: String?
    /// Problems met while parsing (impossible dates, dates outside the period, leftovers).
    public var warnings: [ScheduleWarning]

    public init(
        text: String, kind: ScheduleKind, occurrences: [Occurrence] = [], condition: String? = nil,
        leftover: String? = nil, warnings: [ScheduleWarning] = []
    ) {
        self.text = text
        self.kind = kind
        self.occurrences = occurrences
        self.condition = condition
        self.leftover = leftover
        self.warnings = warnings
    }

    /// The last occurrence's deadline, if any.
    public var finalDeadline: LocalDate? { occurrences.last?.end }

    /// Whether the item counts in compliance percentages when not done. Conditional and
    /// not-understood items count only once done (see Docs/schedules.md).
    public var isMeasurable: Bool {
        switch kind {
        case .conditional, .unknown: false
        default: !occurrences.isEmpty
        }
    }

    /// Occurrences whose deadline is on or before `date`.
    public func due(asOf date: LocalDate) -> [Occurrence] { occurrences.filter { $0.end <= date } }

    /// The occurrence whose window contains `date`, if any.
    public func open(asOf date: LocalDate) -> Occurrence? {
        occurrences.first { ($0.start ?? $0.end) <= date && date <= $0.end }
    }

    /// The first occurrence that has not started (or, for due dates, is not yet due) by `date`.
    public func next(after date: LocalDate) -> Occurrence? {
        occurrences.first { ($0.start ?? $0.end) > date }
    }
}

/// What kind of deadline a text expresses.
public enum ScheduleKind: String, Hashable, Sendable, Codable {
    /// A single date: «30.06.2023», «До 15.02.2023».
    case deadline
    /// A single window: «01.02-15.05.2023», «Август», «Май – июнь 2022 г.».
    case window
    /// Several occurrences: «Сентябрь 2022/февраль 2023», «ежегодно (июнь, декабрь)», «не реже 1 раза в месяц».
    case recurring
    /// Throughout a span: «В течение года», «постоянно».
    case continuous
    /// Depends on something outside the roadmap: «По мере необходимости», «По графику».
    case conditional
    /// Not understood at all; the text is kept and flagged.
    case unknown
}

/// One occurrence: a window from `start` to `end`, or a due date when `start` is `nil`.
public struct Occurrence: Hashable, Sendable, Codable, Comparable {
    public var start: LocalDate?
    /// The deadline: the occurrence must be done by this day.
    public var end: LocalDate

    public init(start: LocalDate? = nil, end: LocalDate) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
        (lhs.end, lhs.start ?? lhs.end) < (rhs.end, rhs.start ?? rhs.end)
    }

    /// «до 15.02.2023» or «01.02.2023–15.05.2023».
    public var russianText: String {
        if let start, start != end { return "\(start.russianString)–\(end.russianString)" }
        return "до \(end.russianString)"
    }
}

/// A problem in a deadline text.
public struct ScheduleWarning: Hashable, Sendable {
    public enum Code: String, Hashable, Sendable, Codable {
        /// A date that does not exist: «31.02.2023», «15.13.2023».
        case impossibleDate = "impossible-date"
        /// A date outside the roadmap's period (kept as written).
        case outsidePeriod = "date-outside-period"
        /// Text that was not understood.
        case unparsed = "unparsed-schedule"
        /// A range whose end is before its start.
        case reversedRange = "reversed-range"
    }

    public var code: Code
    public var message: LocalizedText

    public init(_ code: Code, ru: String, en: String) {
        self.code = code
        self.message = LocalizedText(ru: ru, en: en)
    }
}
