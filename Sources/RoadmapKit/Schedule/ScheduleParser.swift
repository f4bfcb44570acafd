import Foundation

/// Turns Russian deadline text into a `Schedule`, resolving undated months inside a period.
///
/// This first version understands exact dates («30.06.2023»), «до»-dates («До 15.02.2023») and
/// day ranges («01.02-15.05.2023»); everything else is `.unknown` with the text kept.
public struct ScheduleParser: Sendable {
    public let period: Period

    public init(period: Period) { self.period = period }

    /// Parses one deadline text.
    public func parse(_ text: String) -> Schedule {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var lower = trimmed.lowercased()
        var byDate = false
        for prefix in ["в срок до", "до"] where lower.hasPrefix(prefix) {
            lower = String(lower.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            byDate = true
            break
        }
        if let date = LocalDate(russian: lower) {
            return finish(Schedule(text: text, kind: .deadline, occurrences: [Occurrence(end: date)]))
        }
        if !byDate, let dash = lower.firstIndex(of: "-") {
            let left = lower[..<dash].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            let right = String(lower[lower.index(after: dash)...]).trimmingCharacters(in: .whitespaces)
            if let end = LocalDate(russian: right) {
                let parts = left.split(separator: ".").compactMap { Int($0) }
                if parts.count == 2, let start = LocalDate(year: end.year, month: parts[1], day: parts[0]) {
                    return finish(
                        Schedule(text: text, kind: .window, occurrences: [Occurrence(start: start, end: end)]))
                }
            }
        }
        let impossible = Self.impossibleDateWarnings(in: trimmed)
        if !impossible.isEmpty {
            return Schedule(text: text, kind: .unknown, leftover: trimmed, warnings: impossible)
        }
        return Schedule(
            text: text, kind: .unknown, leftover: trimmed,
            warnings: [
                ScheduleWarning(
                    .unparsed, ru: "срок не распознан: «\(trimmed)»", en: "deadline not understood: “\(trimmed)”")
            ])
    }

    func finish(_ schedule: Schedule) -> Schedule {
        var result = schedule
        for occurrence in schedule.occurrences where !period.contains(occurrence.end) {
            result.warnings.append(
                ScheduleWarning(
                    .outsidePeriod,
                    ru: "срок \(occurrence.end.russianString) вне периода дорожной карты (\(period.canonicalText))",
                    en: "deadline \(occurrence.end.russianString) is outside the roadmap's period (\(period.canonicalText))"))
        }
        return result
    }
}
