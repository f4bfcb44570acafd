/// How often an item repeats («периодичность»): «ежегодно», «один раз в квартал», «не реже 1 раза в месяц».
///
/// Each repetition is one `Occurrence` of the schedule; `minimumTimes` is how many times per unit
/// the text asks for (it does not multiply the occurrences: one occurrence per unit is due).
package struct ScheduleRecurrence: Hashable, Sendable, Codable {
    /// The unit of repetition.
    package enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case week, month, quarter, halfYear = "half-year", year
    }

    package var unit: Unit
    /// «не реже 2 раз в месяц» → 2.
    package var minimumTimes: Int

    package init(unit: Unit, minimumTimes: Int = 1) {
        self.unit = unit
        self.minimumTimes = minimumTimes
    }

    /// «ежегодно», «ежемесячно», «не реже 2 раз в месяц».
    package var russianText: String {
        if minimumTimes <= 1 {
            switch unit {
            case .week: return "еженедельно"
            case .month: return "ежемесячно"
            case .quarter: return "ежеквартально"
            case .halfYear: return "раз в полугодие"
            case .year: return "ежегодно"
            }
        }
        let noun =
            switch unit {
            case .week: "неделю"
            case .month: "месяц"
            case .quarter: "квартал"
            case .halfYear: "полугодие"
            case .year: "год"
            }
        return "не реже \(minimumTimes) раз в \(noun)"
    }

    /// «yearly», «monthly», «at least 2 times a month».
    package var englishText: String {
        let noun =
            switch unit {
            case .week: "week"
            case .month: "month"
            case .quarter: "quarter"
            case .halfYear: "half-year"
            case .year: "year"
            }
        if minimumTimes <= 1 { return unit == .halfYear ? "every half-year" : "\(noun)ly" }
        return "at least \(minimumTimes) times a \(noun)"
    }
}
