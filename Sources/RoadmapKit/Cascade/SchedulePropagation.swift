/// Deadline propagation: a school's deadline is its parent's, moved earlier by the lead time of
/// each level below the parent, and tightened by a linked municipal item when that is stricter.
///
/// Windows stay windows, recurring items keep their occurrences, conditional and not-understood
/// texts stay as written. When nothing changes the parent's value its verbatim text is kept;
/// otherwise the result is normalised Russian text («01.02.2023–15.05.2023», «до 15.02.2023»).
public enum SchedulePropagation {
    /// A propagated schedule text and where it came from.
    public struct Result: Hashable, Sendable {
        public var text: String
        public var origin: ValueOrigin
        /// The occurrences the text stands for (empty for conditional or not-understood texts).
        public var occurrences: [Occurrence]
    }

    /// - Parameters:
    ///   - parent: the higher activity (regional or municipal).
    ///   - leadDays: days to move the parent's deadlines earlier by (the sum over the levels crossed).
    ///   - tighteners: linked municipal items with their own schedules; the strictest one that ends
    ///     before the (lead-adjusted) parent deadline tightens it, less `lowerLeadDays`.
    ///   - lowerLeadDays: the part of `leadDays` that applies below the tightening level (the school's).
    public static func propagate(
        parent: ResolvedActivity, leadDays: Int, tighteners: [ResolvedActivity] = [], lowerLeadDays: Int = 0
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
        var occurrences = shift(parentSchedule.occurrences, by: upperLead)
        var from = [parent.link]
        var notes: [String] = []
        var tightened = false
        // A tightener counts with its occurrences inside the parent's period (a 2022–2024 municipal
        // roadmap's «ежегодно» against a 2023 plan compares its 2023 occurrence).
        let candidates = tighteners.compactMap { item -> (ResolvedActivity, [Occurrence])? in
            let inside = item.schedule.occurrences.filter { parent.period.contains($0.end) }
            return inside.isEmpty ? nil : (item, inside)
        }
        let strictest = candidates.min { ($0.1.last!.end, $0.0.link) < ($1.1.last!.end, $1.0.link) }
        if let (item, inside) = strictest, let current = occurrences.last?.end, inside.last!.end < current {
            occurrences = tighten(occurrences, by: inside)
            from.append(item.link)
            notes.append("ужесточено пунктом \(item.link) (\(item.activity.schedule))")
            tightened = true
        }
        occurrences = shift(occurrences, by: lowerLeadDays)
        if leadDays != 0 { notes.append("опережение \(leadDays) дн.") }
        guard tightened || leadDays != 0 else {
            return Result(
                text: verbatim,
                origin: ValueOrigin(kind: .inherited, from: from, value: verbatim),
                occurrences: parentSchedule.occurrences)
        }
        let text = render(occurrences, like: parentSchedule)
        return Result(
            text: text,
            origin: ValueOrigin(
                kind: .tightened, from: from, leadDays: leadDays == 0 ? nil : leadDays,
                note: notes.joined(separator: "; "), value: text),
            occurrences: occurrences)
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

    /// A single window or date narrowed by a stricter one (latest start, earliest end); several
    /// occurrences are replaced by the stricter item's own.
    static func tighten(_ occurrences: [Occurrence], by stricter: [Occurrence]) -> [Occurrence] {
        guard occurrences.count == 1, stricter.count == 1 else { return stricter }
        let a = occurrences[0]
        let b = stricter[0]
        let end = min(a.end, b.end)
        var start: LocalDate?
        switch (a.start, b.start) {
        case (let x?, let y?): start = max(x, y)
        case (let x?, nil): start = x
        case (nil, let y?): start = y
        case (nil, nil): start = nil
        }
        if let s = start, s > end { start = nil }
        return [Occurrence(start: start, end: end)]
    }

    /// «до 15.02.2023», «01.02.2023–15.05.2023»; several occurrences joined by «; ».
    public static func render(_ occurrences: [Occurrence]) -> String {
        occurrences.map(\.russianText).joined(separator: "; ")
    }

    /// The occurrences written the way `schedule` reads: its recurrence («ежегодно: …»), «в течение …»
    /// for a continuous span, and its condition in brackets; every occurrence listed.
    static func render(_ occurrences: [Occurrence], like schedule: Schedule) -> String {
        var body = render(occurrences)
        switch schedule.kind {
        case .recurring:
            if let recurrence = schedule.recurrence { body = "\(recurrence.russianText): \(body)" }
        case .continuous:
            body = "в течение " + body
        default:
            break
        }
        if let condition = schedule.condition { body += " (\(condition))" }
        return body
    }
}
