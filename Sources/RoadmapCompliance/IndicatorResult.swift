/// A regional activity's indicator (показатель) evaluated from the levels below.
package struct IndicatorResult: Hashable, Sendable, Codable {
    /// How the indicator was understood.
    package enum Kind: String, Hashable, Sendable, Codable {
        case share, count, persons, frequency, text
    }

    /// The regional activity's id and number.
    package var activity: String
    package var number: String?
    package var title: String
    /// The indicator as written.
    package var indicator: String
    package var kind: Kind
    /// The required value: a percentage, a number, occurrences per period.
    package var required: Double?
    /// The value found; `nil` when it cannot be evaluated.
    package var actual: Double?
    /// Whether `actual` reaches `required`; `nil` when not evaluable.
    package var met: Bool?
    /// What was counted, or why it cannot be evaluated, for a person.
    package var note: LocalizedText

    package init(
        activity: String, number: String?, title: String, indicator: String, kind: Kind, required: Double?,
        actual: Double?, met: Bool?, note: LocalizedText
    ) {
        self.activity = activity
        self.number = number
        self.title = title
        self.indicator = indicator
        self.kind = kind
        self.required = required
        self.actual = actual
        self.met = met
        self.note = note
    }

    /// Whether the indicator could be evaluated from the data.
    package var isEvaluable: Bool { actual != nil }
}

/// A multi-year target indicator (целевой показатель) compared for the as-of year.
package struct TargetResult: Hashable, Sendable, Codable {
    /// Whose roadmap states it.
    package var owner: Owner
    package var name: String
    package var unit: String
    package var direction: TargetIndicator.Direction
    package var year: Int
    /// The target for `year`; `nil` when the roadmap plans none for it.
    package var target: Double?
    /// The actual reported for `year`.
    package var actual: Double?
    /// actual ≥ target (atLeast) or actual ≤ target (atMost); `nil` without both values.
    package var met: Bool?

    package init(
        owner: Owner, name: String, unit: String, direction: TargetIndicator.Direction, year: Int, target: Double?,
        actual: Double?, met: Bool?
    ) {
        self.owner = owner
        self.name = name
        self.unit = unit
        self.direction = direction
        self.year = year
        self.target = target
        self.actual = actual
        self.met = met
    }
}
