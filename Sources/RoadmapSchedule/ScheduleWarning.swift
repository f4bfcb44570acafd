/// A problem in a deadline text, with a stable code.
package struct ScheduleWarning: Hashable, Sendable, Codable {
    package enum Code: String, Hashable, Sendable, Codable {
        /// A date that does not exist: «31.02.2023», «15.13.2023».
        case impossibleDate = "impossible-date"
        /// A date outside the roadmap's period (kept as written).
        case outsidePeriod = "date-outside-period"
        /// Text that was not understood.
        case unparsed = "unparsed-schedule"
        /// A range whose end is before its start.
        case reversedRange = "reversed-range"
        /// «в течение учебного года» in a roadmap whose period is not an academic year.
        case academicYearInCalendarPlan = "academic-year-in-calendar-plan"
    }

    package var code: Code
    package var message: LocalizedText

    package init(_ code: Code, ru: String, en: String) {
        self.code = code
        self.message = LocalizedText(ru: ru, en: en)
    }
}
