/// Целевой показатель: a value planned per year, with the actual values reported so far.
///
/// From `000_…`: «Снижение доли школ с низкими результатами … до | % | 28% | 21% | 14%».
package struct TargetIndicator: Hashable, Sendable, Codable {
    /// Whether the indicator should rise or fall to meet its target.
    package enum Direction: String, Hashable, Sendable, Codable {
        /// Met when actual ≥ target (доля, число, повышение).
        case atLeast
        /// Met when actual ≤ target (снижение, вакантные ставки).
        case atMost
    }

    package var name: String
    /// Единица измерения as written: «%», «ед.».
    package var unit: String
    package var direction: Direction
    /// Planned values by year.
    package var targets: [YearValue]
    /// Reported actual values by year.
    package var actuals: [YearValue]

    package init(name: String, unit: String, direction: Direction, targets: [YearValue], actuals: [YearValue] = []) {
        self.name = name
        self.unit = unit
        self.direction = direction
        self.targets = targets
        self.actuals = actuals
    }

    enum CodingKeys: String, CodingKey { case name, unit, direction, targets, actuals }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        direction = try c.decodeIfPresent(Direction.self, forKey: .direction) ?? .atLeast
        targets = try c.decodeIfPresent([YearValue].self, forKey: .targets) ?? []
        actuals = try c.decodeIfPresent([YearValue].self, forKey: .actuals) ?? []
    }

    /// The direction a name implies: «Снижение …», «Количество вакантных ставок» fall; the rest rise.
    package static func direction(forName name: String) -> Direction {
        let lower = name.lowercased()
        if lower.hasPrefix("снижение") || lower.contains("уменьшение") || lower.contains("вакантн") {
            return .atMost
        }
        return .atLeast
    }
}

/// A value for one calendar year.
package struct YearValue: Hashable, Sendable, Codable {
    package var year: Int
    package var value: Double

    package init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}
