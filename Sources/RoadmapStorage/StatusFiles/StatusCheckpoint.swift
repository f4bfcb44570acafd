/// A dated checkpoint for the flat status path: by `date`, at least `minimum` % of a unit's
/// activities must be done (red below), `target` % or more is green, in between yellow.
///
/// Written on the command line as `DATE:MIN[:TARGET]` (`2023-06-30:30:40`); without a target the
/// target equals the minimum (no yellow zone). Unlike `Checkpoint` (a day of the year that applies
/// in every year of a workspace's period), a flat file carries no period, so the date is absolute.
package struct StatusCheckpoint: Hashable, Sendable, Codable {
    package var date: LocalDate
    /// Below this percentage: red zone.
    package var minimum: Double
    /// At or above this percentage: green zone.
    package var target: Double

    package init(date: LocalDate, minimum: Double, target: Double? = nil) {
        self.date = date
        self.minimum = minimum
        self.target = target ?? minimum
    }

    /// Parses `DATE:MIN[:TARGET]`; `nil` when the text is not of that form, the date does not exist,
    /// or the bounds are not 0 ≤ MIN ≤ TARGET ≤ 100.
    package init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), let date = LocalDate(iso: parts[0]),
            let minimum = Double(parts[1]), (0...100).contains(minimum)
        else { return nil }
        var target = minimum
        if parts.count == 3 {
            guard let value = Double(parts[2]), (minimum...100).contains(value) else { return nil }
            target = value
        }
        self.init(date: date, minimum: minimum, target: target)
    }

    /// The programme's two checkpoints (30.06 ≥ 30 %, target 40 %; 30.11 ≥ 80 %, target 90 %) in a year.
    package static func programmeDefaults(year: Int) -> [StatusCheckpoint] {
        Checkpoint.programmeDefaults.compactMap { checkpoint in
            checkpoint.date(in: year).map {
                StatusCheckpoint(date: $0, minimum: checkpoint.minimum, target: checkpoint.target)
            }
        }
    }

    /// The zone a percentage falls in: red < minimum ≤ yellow < target ≤ green.
    package func zone(for percent: Double) -> StatusZone {
        if percent < minimum { return .red }
        if percent < target { return .yellow }
        return .green
    }
}

/// Зона контрольной точки: where a unit stands against a checkpoint.
package enum StatusZone: String, Hashable, Sendable, Codable {
    /// Below the minimum (красная зона).
    case red
    /// At or above the minimum, below the target (жёлтая зона).
    case yellow
    /// At or above the target (зелёная зона).
    case green
    /// The checkpoint date is after the as-of date: not judged yet (ожидается).
    case pending

    /// The word for reports.
    package func word(_ language: Language) -> String {
        switch (self, language) {
        case (.red, .ru): "красная"
        case (.yellow, .ru): "жёлтая"
        case (.green, .ru): "зелёная"
        case (.pending, .ru): "ожидается"
        case (_, .en): rawValue
        }
    }
}
