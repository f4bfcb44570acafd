/// A regional activity's indicator (показатель) evaluated from the levels below.
public struct IndicatorResult: Hashable, Sendable, Codable {
    /// How the indicator was understood.
    public enum Kind: String, Hashable, Sendable, Codable {
        case share, count, persons, frequency, text
    }

    /// The regional activity's id and number.
    public var activity: String
    public var number: String?
    public var title: String
    /// The indicator as written.
    public var indicator: String
    public var kind: Kind
    /// The required value: a percentage, a number, occurrences per period.
    public var required: Double?
    /// The value found; `nil` when it cannot be evaluated.
    public var actual: Double?
    /// Whether `actual` reaches `required`; `nil` when not evaluable.
    public var met: Bool?
    /// What was counted, or why it cannot be evaluated, for a person.
    public var note: LocalizedText

    public init(
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
    public var isEvaluable: Bool { actual != nil }
}

/// A multi-year target indicator (целевой показатель) compared for the as-of year.
public struct TargetResult: Hashable, Sendable, Codable {
    /// Whose roadmap states it.
    public var owner: Owner
    public var name: String
    public var unit: String
    public var direction: TargetIndicator.Direction
    public var year: Int
    /// The target for `year`; `nil` when the roadmap plans none for it.
    public var target: Double?
    /// The actual reported for `year`.
    public var actual: Double?
    /// actual ≥ target (atLeast) or actual ≤ target (atMost); `nil` without both values.
    public var met: Bool?

    public init(
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
