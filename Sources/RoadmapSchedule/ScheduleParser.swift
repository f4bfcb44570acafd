/// Turns Russian deadline text («сроки реализации») into a `Schedule`, resolving undated months
/// inside the roadmap's period.
///
/// One pass over Unicode scalars (`ScheduleLexer`), a hand-written grammar (`ScheduleScanner`) and
/// period resolution (`ScheduleResolver`); no regular expressions or Foundation in the hot path.
/// Every accepted form, with its result, is listed in Docs/schedules.md. For bulk use, ask a
/// `ScheduleIndex`, which parses each (text, period) once.
package struct ScheduleParser: Sendable {
    package let period: Period
    /// The school terms («I четверть», «по триместрам») and the school year's study time
    /// («в течение учебного года» in a calendar-year plan) are read with.
    package let calendar: SchoolCalendar

    package init(period: Period, calendar: SchoolCalendar = .standard) {
        self.period = period
        self.calendar = calendar
    }

    /// Parses one deadline text. Never fails: what is not understood is kept in `leftover` and
    /// reported in `warnings`.
    package func parse(_ text: String) -> Schedule {
        plainForm(text) ?? parseFully(text)
    }

    /// `parse(_:)` through the lexer, scanner and resolver, for every form (the plain forms too).
    func parseFully(_ text: String) -> Schedule {
        var scanner = ScheduleScanner(text)
        if scanner.tokens.allSatisfy(\.isPunctuation) {
            return Schedule(
                text: text, kind: .unknown,
                warnings: [ScheduleWarning(.unparsed, ru: "срок не указан", en: "no deadline given")])
        }
        scanner.scan()
        var resolver = ScheduleResolver(period: period, calendar: calendar)
        let occurrences = resolver.occurrences(
            of: scanner.pieces, annual: scanner.annual, recurrence: scanner.recurrence)
        var warnings = scanner.warnings + resolver.warnings
        let leftover = scanner.leftover()
        if let leftover {
            let shown = leftover.count > 80 ? String(leftover.prefix(80)) + "…" : leftover
            warnings.append(
                ScheduleWarning(
                    .unparsed, ru: "не распознано: «\(shown)»", en: "not understood: “\(shown)”"))
        }
        let condition = scanner.conditions.isEmpty ? nil : scanner.conditions.joined(separator: "; ")
        var recurrence = scanner.recurrence
        if recurrence == nil, scanner.annual || scanner.pieces.contains(where: \.repeatsAnnually) {
            recurrence = ScheduleRecurrence(unit: .year)
        }
        let kind: ScheduleKind
        let spans = scanner.pieces.filter { !$0.closesSpan }
        if scanner.mostlyNotUnderstood {
            kind = .unknown
        } else if occurrences.isEmpty {
            kind = condition != nil ? .conditional : .unknown
        } else if recurrence != nil {
            kind = .recurring
        } else if !spans.isEmpty, spans.allSatisfy(\.continuous) {
            kind = .continuous
        } else if occurrences.count > 1 {
            kind = .recurring
        } else {
            kind = occurrences[0].start == nil ? .deadline : .window
        }
        for occurrence in occurrences {
            let outside = [occurrence.start, occurrence.end].compactMap { $0 }.filter { !period.contains($0) }
            guard !outside.isEmpty else { continue }
            let dates = (outside.count == 2 || outside[0] == occurrence.end ? occurrence.end : outside[0]).russianString
            warnings.append(
                ScheduleWarning(
                    .outsidePeriod,
                    ru: "срок \(dates) вне периода дорожной карты (\(period.canonicalText))",
                    en: "deadline \(dates) is outside the roadmap's period (\(period.canonicalText))"))
        }
        return Schedule(
            text: text, kind: kind, occurrences: occurrences, condition: condition, leftover: leftover,
            warnings: warnings, recurrence: recurrence, notes: resolver.notes)
    }
}
