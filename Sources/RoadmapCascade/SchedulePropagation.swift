/// Deadline propagation: a school's deadline is its parent's, moved earlier by the lead time of
/// each level below the parent, and tightened by a linked municipal item where that is stricter.
///
/// Propagation keeps what an item is: windows stay windows, recurring items keep every occurrence
/// and their recurrence, conditional and not-understood texts stay as written. A linked item
/// tightens a parent occurrence only with its own occurrence in that occurrence's window
/// (`OccurrenceWindows`); a parent occurrence it does not answer keeps its dates, and a lower
/// occurrence that falls in no window is reported (`mismatches`, `deadline-mismatch`), never
/// moved into another occurrence's window. When nothing changes the parent's value its verbatim
/// text is kept; otherwise the result is normalised Russian text («01.02.2023–15.05.2023»).
package enum SchedulePropagation {
    /// A propagated schedule text and where it came from.
    package struct Result: Hashable, Sendable {
        package var text: String
        package var origin: ValueOrigin
        /// The occurrences the text stands for (empty for conditional or not-understood texts).
        package var occurrences: [Occurrence]
        /// Linked items whose occurrences do not correspond to the parent's, each with what did
        /// not correspond (the parent's dates were kept there).
        package var mismatches: [Mismatch] = []
    }

    /// A linked item whose occurrences do not correspond to its parent's.
    package struct Mismatch: Hashable, Sendable {
        package var item: ActivityLink
        package var schedule: String
        /// Parent occurrences it does not answer, kept as the parent has them.
        package var unanswered: [Occurrence]
        /// Its own occurrences that fall in none of the parent's windows.
        package var strays: [Occurrence]

        /// «municipality:2.8 («декабрь, май»): нет своего срока для до 30.11.2024; срок 31.12.2024 вне окон …»
        package var russianText: String {
            var parts: [String] = []
            if !unanswered.isEmpty {
                parts.append("нет своего срока для " + unanswered.map(\.russianText).joined(separator: ", "))
            }
            if !strays.isEmpty {
                parts.append("сроки " + strays.map(\.russianText).joined(separator: ", ") + " не попадают ни в одно окно родителя")
            }
            return "\(item) («\(schedule)»): " + parts.joined(separator: "; ")
        }

        package var englishText: String {
            var parts: [String] = []
            if !unanswered.isEmpty {
                parts.append("no own deadline for " + unanswered.map(\.englishText).joined(separator: ", "))
            }
            if !strays.isEmpty {
                parts.append("deadlines " + strays.map(\.englishText).joined(separator: ", ") + " fall in none of the parent's windows")
            }
            return "\(item) (“\(schedule)”): " + parts.joined(separator: "; ")
        }
    }

    /// - Parameters:
    ///   - parent: the higher activity (regional or municipal).
    ///   - leadDays: days to move the parent's deadlines earlier by (the sum over the levels crossed).
    ///   - tighteners: linked municipal items with their own schedules; each parent occurrence is
    ///     tightened by the strictest of their occurrences in its window, less `lowerLeadDays`.
    ///   - lowerLeadDays: the part of `leadDays` that applies below the tightening level (the school's).
    ///   - checkpoints: monitoring dates that bound a due date's window (`OccurrenceWindows`).
    ///   - calendar: the workspace's term dates, a written text is read back with.
    package static func propagate(
        parent: ResolvedActivity, leadDays: Int, tighteners: [ResolvedActivity] = [], lowerLeadDays: Int = 0,
        checkpoints: [LocalDate] = [], calendar: SchoolCalendar = .standard
    ) -> Result {
        let verbatim = parent.activity.schedule
        let parentSchedule = parent.schedule
        guard parentSchedule.isMeasurable || parentSchedule.kind == .continuous, !parentSchedule.occurrences.isEmpty
        else {
            let note =
                parentSchedule.kind == .conditional
                ? "условный срок сохранён как есть" : "срок не распознан, перенесён как записан"
            return Result(
                text: verbatim, origin: ValueOrigin(kind: .inherited, from: [parent.link], note: note, value: verbatim),
                occurrences: [])
        }
        let upperLead = leadDays - lowerLeadDays
        var occurrences = shift(parentSchedule.occurrences, by: upperLead).sorted()
        var from = [parent.link]
        var notes: [String] = []
        var tightened = false
        var mismatches: [Mismatch] = []
        // Each tightener's occurrences matched against the parent's windows (inside the parent's
        // period: a 2022–2024 roadmap's «ежегодно» against a 2023 plan answers with 2023).
        var best: [(Occurrence, ActivityLink, String)?] = Array(repeating: nil, count: occurrences.count)
        for item in tighteners.sorted(by: { $0.link < $1.link }) {
            guard item.schedule.isMeasurable || item.schedule.kind == .continuous else { continue }
            let match = OccurrenceWindows.match(
                parent: occurrences, lower: item.schedule.occurrences, period: parent.period, lowerPeriod: item.period,
                checkpoints: checkpoints)
            if !match.corresponds {
                let unanswered = match.unanswered.map { occurrences[$0] }
                mismatches.append(
                    Mismatch(
                        item: item.link, schedule: item.activity.schedule, unanswered: unanswered, strays: match.strays))
            }
            for (i, answer) in match.answers.enumerated() {
                guard let answer, answer.end < occurrences[i].end else { continue }
                if let current = best[i], current.0.end <= answer.end { continue }
                best[i] = (answer, item.link, item.activity.schedule)
            }
        }
        var used: [(ActivityLink, String)] = []
        for i in occurrences.indices {
            guard let (answer, link, text) = best[i] else { continue }
            occurrences[i] = tighten(occurrences[i], by: answer)
            if !used.contains(where: { $0.0 == link }) { used.append((link, text)) }
            tightened = true
        }
        for (link, text) in used {
            from.append(link)
            notes.append("ужесточено пунктом \(link) (\(text))")
        }
        for mismatch in mismatches {
            notes.append("сроки не соответствуют, сохранены сроки \(parent.link) («\(verbatim)»): " + mismatch.russianText)
        }
        occurrences = shift(occurrences, by: lowerLeadDays)
        if leadDays != 0 { notes.append("опережение \(leadDays) дн.") }
        guard tightened || leadDays != 0 else {
            return Result(
                text: verbatim,
                origin: ValueOrigin(
                    kind: .inherited, from: from, note: notes.isEmpty ? nil : notes.joined(separator: "; "), value: verbatim
                ),
                occurrences: parentSchedule.occurrences, mismatches: mismatches)
        }
        let text = render(occurrences, like: parentSchedule, period: parent.period, calendar: calendar)
        return Result(
            text: text,
            origin: ValueOrigin(
                kind: .tightened, from: from, leadDays: leadDays == 0 ? nil : leadDays,
                note: notes.joined(separator: "; "), value: text),
            occurrences: occurrences, mismatches: mismatches)
    }

    /// Occurrences with every deadline moved `days` earlier; a window's start never passes its end.
    static func shift(_ occurrences: [Occurrence], by days: Int) -> [Occurrence] {
        guard days != 0 else { return occurrences }
        return occurrences.map { occurrence in
            let end = occurrence.end.adding(days: -days)
            let start = occurrence.start.map { min($0, end) }
            return Occurrence(start: start, end: end)
        }
    }

    /// One parent occurrence narrowed by the lower occurrence that answers it: the earlier deadline,
    /// the parent's own start (a due date stays a due date, a window keeps where it opens; a start
    /// after the new deadline is dropped).
    static func tighten(_ a: Occurrence, by b: Occurrence) -> Occurrence {
        let end = min(a.end, b.end)
        var start = a.start
        // A start on or after the new deadline leaves a due date («до …» reads back the same).
        if let s = start, s >= end { start = nil }
        return Occurrence(start: start, end: end)
    }

    /// «до 15.02.2023», «01.02.2023–15.05.2023»; several occurrences joined by «; ».
    package static func render(_ occurrences: [Occurrence]) -> String {
        occurrences.map(\.russianText).joined(separator: "; ")
    }

    /// The occurrences written the way `schedule` reads: its recurrence («ежегодно: …»), «в течение …»
    /// for a continuous span, and its condition in brackets; every occurrence listed. With `period`,
    /// the text must read back to the same occurrences: a recurrence word that would add
    /// occurrences of its own (a multi-year «ежегодно» next to tightened dates) is left out; it is
    /// read with `calendar`, the workspace's term dates.
    static func render(
        _ occurrences: [Occurrence], like schedule: Schedule, period: Period? = nil, calendar: SchoolCalendar = .standard
    ) -> String {
        let dates = render(occurrences)
        let condition = schedule.condition.map { " (\($0))" } ?? ""
        var body = dates
        switch schedule.kind {
        case .recurring:
            if let recurrence = schedule.recurrence { body = "\(recurrence.russianText): \(body)" }
        case .continuous:
            body = "в течение " + body
        default:
            break
        }
        guard let period, body != dates else { return body + condition }
        let parser = ScheduleParser(period: period, calendar: calendar)
        if parser.parse(body + condition).occurrences == occurrences.sorted() { return body + condition }
        return dates + condition
    }
}
