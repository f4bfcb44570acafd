/// A deadline text understood: its occurrences (each a window or a due date) and how it counts.
///
/// Built by `ScheduleParser` from the verbatim text («срок реализации») and the roadmap's period.
/// The text is always kept; what was not understood is in `leftover` and `warnings`, never silently
/// dropped. Assumptions the parser made (a month without a year placed in the first year of a
/// multi-year plan) are in `notes`. How each kind counts in compliance: Docs/schedules.md.
package struct Schedule: Hashable, Sendable, Codable {
    /// The original text, verbatim.
    package var text: String
    package var kind: ScheduleKind
    /// Occurrences in date order. A one-off item has one; a recurring item one per repetition; a
    /// continuous item one per year of the plan; a conditional item may have none.
    package var occurrences: [Occurrence]
    /// The condition or external reference kept as text («по мере необходимости», «в соответствии с графиком СКИРО ПК и ПРО»).
    package var condition: String?
    /// Parts of the text the parser did not understand.
    package var leftover: String?
    /// Problems met while parsing (impossible dates, dates outside the period, leftovers).
    package var warnings: [ScheduleWarning]
    /// How often the item repeats («ежегодно», «один раз в квартал», «не реже 1 раза в месяц»), if it does.
    package var recurrence: ScheduleRecurrence?
    /// Assumptions made while resolving the text (which year an undated month was placed in).
    package var notes: [LocalizedText]

    package init(
        text: String, kind: ScheduleKind, occurrences: [Occurrence] = [], condition: String? = nil,
        leftover: String? = nil, warnings: [ScheduleWarning] = [], recurrence: ScheduleRecurrence? = nil,
        notes: [LocalizedText] = []
    ) {
        self.text = text
        self.kind = kind
        self.occurrences = occurrences
        self.condition = condition
        self.leftover = leftover
        self.warnings = warnings
        self.recurrence = recurrence
        self.notes = notes
    }

    /// The last occurrence's deadline, if any.
    package var finalDeadline: LocalDate? { occurrences.last?.end }

    /// Whether the item counts in compliance percentages when not done. Conditional and
    /// not-understood items count only once done (see Docs/schedules.md).
    package var isMeasurable: Bool {
        switch kind {
        case .conditional, .unknown: false
        default: !occurrences.isEmpty
        }
    }

    /// Whether the text was fully understood: no leftover and no warning other than
    /// `date-outside-period` (which flags a real date kept as written).
    package var isFullyUnderstood: Bool {
        leftover == nil && kind != .unknown && warnings.allSatisfy { $0.code == .outsidePeriod }
    }

    /// Occurrences whose deadline is on or before `date`.
    package func due(asOf date: LocalDate) -> [Occurrence] { occurrences.filter { $0.end <= date } }

    /// The occurrence whose window contains `date`, if any.
    package func open(asOf date: LocalDate) -> Occurrence? {
        occurrences.first { ($0.start ?? $0.end) <= date && date <= $0.end }
    }

    /// The first occurrence that has not started (or, for due dates, is not yet due) by `date`.
    package func next(after date: LocalDate) -> Occurrence? {
        occurrences.first { ($0.start ?? $0.end) > date }
    }

    /// The three as-of answers at once: what is due, what is open, what comes next.
    package func status(asOf date: LocalDate) -> ScheduleStatus {
        ScheduleStatus(asOf: date, due: due(asOf: date), open: open(asOf: date), next: next(after: date))
    }
}

/// What a schedule says on a given day («на дату»).
package struct ScheduleStatus: Hashable, Sendable, Codable {
    /// The as-of date.
    package var asOf: LocalDate
    /// Occurrences whose deadline has passed or is today.
    package var due: [Occurrence]
    /// The occurrence whose window contains the date.
    package var open: Occurrence?
    /// The first occurrence that starts after the date.
    package var next: Occurrence?
}
